#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 32).

Spec lines:
  P first line of the article proper|start of the first furniture line after it   (web pages only)
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment (a piece of exactly one sentence)
Run from anywhere: python3 eval/tune-news-32/_build/build.py
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
    return re.search(r'(?<![\w])' + re.escape(alias) + r'(?![\w])', text) is not None


ok = True
totals = {"ents": 0, "rels": 0, "acts": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    words = len(full.split())
    lines = [ln for ln in open(spec, encoding="utf-8").read().split("\n")]
    proper = full
    errs = []

    def err(msg):
        errs.append(msg)

    for ln in lines:
        if ln.startswith("P "):
            first, end = ln[2:].split("|")
            tl = full.split("\n")
            i = tl.index(first)
            j = next(k for k in range(i + 1, len(tl)) if tl[k].startswith(end))
            proper = "\n".join(tl[i:j])
    sents = sentences(proper)
    if not 300 <= words <= 380:
        err("word count %d" % words)
    ents, rels, names, alias_owner = [], [], {}, {}
    seen, roles = set(), set()
    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("P "):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            if len(f) != 3:
                err("bad E line: " + ln); continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if name in names:
                err("entity listed twice: " + name)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice in " + name)
            for a in aliases:
                if not whole_word(a, proper):
                    err("alias not in article proper: %s (%s)" % (a, name))
                if a in alias_owner:
                    other = alias_owner[a]
                    if {names[other], typ} != {"country", "location"}:
                        err("alias %s names %s and %s" % (a, other, name))
                alias_owner[a] = name
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line: " + ln); continue
            s, a, c, o, frag = f
            if s not in names:
                err("no subject entity: " + s)
            if o not in names:
                err("no object entity: " + o)
            if s == o:
                err("self relation: " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case: " + a)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("triple listed twice: " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles:
                    err("two roles for one pair: " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence fragment in %d sentences: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line: " + ln)
    for e in errs:
        ok = False
        print(base, "ERROR", e)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                  ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals["ents"] += len(ents); totals["rels"] += len(rels); totals["acts"] += nact
print("TOTAL entities %d relations %d (%d + %d)" % (totals["ents"], totals["rels"], totals["acts"],
                                                  totals["rels"] - totals["acts"]))
print("OK" if ok else "FAILED")
