#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (adapted for tuning set 47 from the builder of tuning set 46).

Spec lines:
  B headline line                    (web pages only: first line of the article proper)
  END prefix of the share line       (web pages only: the article proper ends before it)
  E name|type|alias; alias; ...
  R subject|action|cameo|object|evidence fragment
Run from anywhere: python3 eval/tune-news-47/_build/build.py [-v]
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.")
VERBOSE = "-v" in sys.argv


def sentences(text):
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


def norm(text):
    # the same normalisation as score.py
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def has_word(text, alias):
    return re.search(r'(?<![\w])' + re.escape(alias) + r'(?![\w])', text) is not None


ok = True
tot = Counter()
types_total = Counter()
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
    head = [ln[2:] for ln in lines if ln.startswith("B ")]
    end = [ln[4:] for ln in lines if ln.startswith("END ")]

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    if head or end:
        if not (head and end):
            err("web page needs both B and END")
            proper = full
        else:
            i = full.find("\n" + head[0] + "\n")
            j = full.find("\n" + end[0])
            if i < 0 or j < 0 or j < i:
                err("B or END line not found")
                proper = full
            else:
                proper = full[i + 1:j]
    else:
        proper = full
    sents = sentences(proper)
    words = len(full.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    ents, rels, names, alias_owner = [], [], {}, {}
    seen, roles, used = set(), set(), set()
    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            if len(f) != 3:
                err("bad E line " + ln)
                continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if name in names:
                err("dup entity " + name)
            if len(set(aliases)) != len(aliases):
                err("dup alias in " + name)
            for a in aliases:
                if not has_word(proper, a):
                    err("alias not in article proper: " + a)
            for a in sorted({norm(x) for x in aliases + [name]}):
                other = alias_owner.get(a)
                if other is not None and other != name:
                    pair = {names[other], typ}
                    if pair not in ({"country", "location"}, {"organization", "location"}):
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner.setdefault(a, name)
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln)
                continue
            s, a, c, o, frag = f
            if s not in names:
                err("no subject " + s)
            if o not in names:
                err("no object " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("dup triple " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles:
                    err("two roles " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence %d hits: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            used.update((s, o))
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                  ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    pairs = len({(r["subject"], r["object"]) for r in rels})
    tc = Counter(e["type"] for e in ents)
    types_total.update(tc)
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact}) pairs {pairs}")
    if VERBOSE:
        print("   without relations:", ", ".join(e["name"] for e in ents if e["name"] not in used))
    tot.update(entities=len(ents), relations=len(rels), actions=nact, pairs=pairs)
print("TOTAL entities", tot["entities"], dict(sorted(types_total.items())),
      "relations", tot["relations"], "actions", tot["actions"],
      "roles", tot["relations"] - tot["actions"], "pairs", tot["pairs"])
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
