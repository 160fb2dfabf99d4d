#!/usr/bin/env python3
"""Train the name typer: an averaged perceptron that tells what an unknown capitalized name is
(person, location, organization or none) from its words and the words around it.

usage: python3 scripts/train_name_typer.py [SHARED_DIR] [--eval-dev]   (default: ../shared)

Training data: the entity layer of UD English GUM train (CC BY 4.0), the genres the held-out
evaluation uses (news, interview, bio, speech, voyage, textbook). Candidates are cut the way the
extractor cuts them (runs of capitalized words, split at everyday words); a candidate whose span
is exactly a GUM person, place or organization takes that type, any other is `none`.
Writes Sources/KGExtraction/Resources/Lexicons/name_typer.tsv (feature<TAB>label<TAB>weight).
The feature templates must match Sources/KGExtraction/Entities/NameTyper.swift.
"""
import os
import random
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
SHARED = args[0] if args else os.path.join(ROOT, "..", "shared")
LEX = os.path.join(ROOT, "Sources", "KGExtraction", "Resources", "Lexicons")
GENRES = {"news", "interview", "bio", "speech", "voyage", "textbook"}
LABELS = ["none", "person", "location", "organization"]
TYPES = {"person": "person", "place": "location", "organization": "organization"}


def word_list(name):
    out = set()
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t")[0].rstrip("\n"))
    return out


COMMON = word_list("common_words.txt")
FIRST = word_list("first_names.txt")


def sentences(split):
    """(tokens, entity spans {(start, end): type}) per sentence of the chosen genres."""
    path = os.path.join(SHARED, "data", "ud-english-gum", f"en_gum-ud-{split}.conllu")
    genre = None
    tokens, spans, open_ = [], {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                genre = line.split("= ")[1].split("_")[1]
                continue
            if not line:
                if tokens and genre in GENRES:
                    yield tokens, spans
                tokens, spans, open_ = [], {}, {}
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            i = len(tokens)
            tokens.append(cols[1])
            m = re.search(r"Entity=([^|]*)", cols[9])
            if not m:
                continue
            value = m.group(1)
            for part in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|$|\d+\))|(\d+)\)", value):
                if part.group(1):
                    eid, etype = part.group(1), part.group(2)
                    if part.group(3):
                        spans[(i, i + 1)] = etype
                    else:
                        open_.setdefault(eid, []).append((i, etype))
                else:
                    eid = part.group(4)
                    if open_.get(eid):
                        start, etype = open_[eid].pop()
                        spans[(start, i + 1)] = etype


def is_cap(w):
    return w[:1].isupper()


def candidates(tokens):
    """Runs of capitalized words split at everyday words, as the extractor cuts them."""
    out, run = [], []
    for i, w in enumerate(tokens):
        if is_cap(w) and w[:1].isalpha() and not (w.lower() in COMMON and w not in FIRST):
            run.append(i)
            continue
        if run:
            out.append((run[0], run[-1] + 1))
            run = []
    if run:
        out.append((run[0], run[-1] + 1))
    return out


def features(tokens, start, end):
    words = [w.lower() for w in tokens[start:end]]
    prev = tokens[start - 1].lower() if start > 0 else "<s>"
    prev2 = tokens[start - 2].lower() if start > 1 else "<s>"
    nxt = tokens[end].lower() if end < len(tokens) else "</s>"
    last = words[-1]
    f = ["bias", "f:" + words[0], "l:" + last, "n:" + str(min(end - start, 3)), "s3:" + last[-3:],
         "p:" + prev, "p2:" + prev2, "x:" + nxt, "px:" + prev + "|" + nxt]
    f += ["w:" + w for w in words]
    if tokens[start] in FIRST:
        f.append("fn")
    if all(t.isupper() for t in tokens[start:end]):
        f.append("caps")
    if start == 0:
        f.append("initial")
    return f


def examples(split):
    out = []
    for tokens, spans in sentences(split):
        for start, end in candidates(tokens):
            gold = spans.get((start, end))
            label = TYPES.get(gold, "none")
            out.append((features(tokens, start, end), LABELS.index(label)))
    return out


def train(data, iterations=10, seed=1):
    weights = defaultdict(lambda: [0.0] * len(LABELS))
    totals = defaultdict(lambda: [0.0] * len(LABELS))
    stamps = defaultdict(lambda: [0] * len(LABELS))
    step = 0
    rng = random.Random(seed)
    data = list(data)
    for _ in range(iterations):
        rng.shuffle(data)
        for feats, gold in data:
            step += 1
            scores = [0.0] * len(LABELS)
            for ft in feats:
                if ft in weights:
                    w = weights[ft]
                    for k in range(len(LABELS)):
                        scores[k] += w[k]
            guess = max(range(len(LABELS)), key=lambda k: (scores[k], -k))
            if guess != gold:
                for ft in feats:
                    for k, delta in ((gold, 1.0), (guess, -1.0)):
                        totals[ft][k] += (step - stamps[ft][k]) * weights[ft][k]
                        stamps[ft][k] = step
                        weights[ft][k] += delta
    averaged = {}
    for ft, w in weights.items():
        row = []
        for k in range(len(LABELS)):
            total = totals[ft][k] + (step - stamps[ft][k]) * w[k]
            row.append(total / step)
        averaged[ft] = row
    return averaged


def predict(model, feats):
    scores = [0.0] * len(LABELS)
    for ft in feats:
        if ft in model:
            for k, v in enumerate(model[ft]):
                scores[k] += v
    return max(range(len(LABELS)), key=lambda k: (scores[k], -k))


def main():
    data = examples("train")
    model = train(data)
    if "--eval-dev" in sys.argv:
        dev = examples("dev")
        right = sum(predict(model, f) == g for f, g in dev)
        print(f"dev candidates: {len(dev)}, accuracy {right / len(dev):.3f}")
    path = os.path.join(LEX, "name_typer.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.write("# feature<TAB>label<TAB>weight | origin: averaged perceptron trained on UD English GUM train entities "
                  "(CC BY 4.0) | generated by scripts/train_name_typer.py\n")
        for ft in sorted(model):
            for k, v in enumerate(model[ft]):
                if abs(v) >= 0.05:
                    out.write(f"{ft}\t{LABELS[k]}\t{v:.3f}\n")
    print(f"{len(data)} training candidates -> {path}")


if __name__ == "__main__":
    main()
