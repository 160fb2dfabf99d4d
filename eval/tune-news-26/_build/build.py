#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 26).

Spec lines:  E name|type|alias;alias;...   and   R subject|action|cameo|object|evidence fragment
The fragment must occur in exactly one sentence of the article; that whole sentence becomes the
evidence. Run from anywhere: python3 eval/tune-news-26/_build/build.py
"""
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.")


def sentences(text):
    """Split into sentences: each line is split at . ! ? (optionally closed by a quote) followed by
    a space and a capital or digit, except after known abbreviations and single initials."""
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z0-9])', para):
            pre = para[start:m.start()]
            if any(pre.endswith(a) for a in ABBR) or re.search(r'\b[A-Z]\.$', pre):
                continue
            out.append(para[start:m.start()])
            start = m.end()
        out.append(para[start:])
    return out


def whole_word(alias, text):
    return re.search(r'(?<!\w)' + re.escape(alias) + r'(?!\w)', text) is not None


def main():
    ok = True
    tot = {"ents": 0, "rels": 0, "acts": 0, "files": 0}
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        sents = sentences(text)
        ents, rels, types = [], [], {}
        alias_owner = {}
        triples, role_pairs = set(), set()

        def err(msg):
            nonlocal ok
            ok = False
            print(base, "ERROR", msg)

        for n, ln in enumerate(open(spec, encoding="utf-8"), 1):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            kind, rest = ln.split(" ", 1)
            f = [x.strip() for x in rest.split("|")]
            if kind == "E":
                if len(f) != 3:
                    err(f"line {n}: bad entity line")
                    continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err(f"type {typ!r} of {name}")
                if name in types:
                    err("entity listed twice: " + name)
                if len(set(aliases)) != len(aliases):
                    err("alias repeated in " + name)
                for a in aliases:
                    if not whole_word(a, text):
                        err(f"alias not in text as a whole word: {a!r} ({name})")
                    if a in alias_owner:
                        other = alias_owner[a]
                        if {types[other], typ} != {"country", "location"}:
                            err(f"alias {a!r} names two entities: {other}, {name}")
                    alias_owner[a] = name
                types[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err(f"line {n}: bad relation line")
                    continue
                s, a, c, o, frag = f
                if s not in types:
                    err("subject is not an entity: " + s)
                if o not in types:
                    err("object is not an entity: " + o)
                if s == o:
                    err("relation to itself: " + ln)
                if a != a.lower():
                    err("action not lower case: " + a)
                if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                    err("cameo " + c)
                if (s, a, o) in triples:
                    err("triple listed twice: " + ln)
                triples.add((s, a, o))
                if c == "role":
                    if (s, o) in role_pairs:
                        err("two roles for one pair: " + ln)
                    role_pairs.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err(f"evidence fragment in {len(hits)} sentences: {frag!r}")
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err(f"line {n}: unknown line kind {kind!r}")
        words = len(text.split())
        if not 300 <= words <= 380:
            err(f"{words} words, outside 300-380")
        used = {r["subject"] for r in rels} | {r["object"] for r in rels}
        out = {"doc": base + ".txt", "entities": ents, "relations": rels}
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        idle = [e["name"] for e in ents if e["name"] not in used]
        rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
        print(f"{base}: words {words}, entities {len(ents)}, relations {len(rels)} "
              f"({nact} + {len(rels) - nact}); entities without relations: {', '.join(idle) or '-'}")
        tot["ents"] += len(ents); tot["rels"] += len(rels); tot["acts"] += nact; tot["files"] += 1
    print(f"TOTAL {tot['files']} files: entities {tot['ents']}, relations {tot['rels']} "
          f"({tot['acts']} + {tot['rels'] - tot['acts']})")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
