#!/usr/bin/env python3
"""Turn _build/NNN.spec into gold/NNN.json and check it against articles/NNN.txt."""
import json, re, sys, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {"U.S.", "U.N.", "Mr.", "Mrs.", "Gen.", "Dr.", "St.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Lt.", "Col.", "Rep.", "Sen.", "No."}
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'(?<=[.!?])(["”’)]?)\s+(?=["“‘(]?[A-Z0-9])', line):
            end = m.start() + len(m.group(1))
            prev = line[start:end].split()[-1] if line[start:end].split() else ""
            if prev in ABBR or re.fullmatch(r"[A-Z]\.", prev):
                continue
            out.append(line[start:end]); start = m.end()
        out.append(line[start:])
    return out
def build(stem):
    text = open(f"{base}/articles/{stem}.txt", encoding="utf-8").read()
    sents = sentences(text)
    ents, rels, errs = [], [], []
    names = {}
    roles = set(); triples = set()
    for ln in open(f"{base}/_build/{stem}.spec", encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        kind, rest = ln.split(" ", 1)
        p = [x.strip() for x in rest.split("|")]
        if kind == "E":
            name, typ, al = p
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in ("person", "country", "organization", "location"): errs.append(f"type {typ}")
            if name in names: errs.append(f"dup entity {name}")
            for a in aliases:
                if a not in text: errs.append(f"alias not in text: {a!r}")
            names[name] = 1
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            s, act, cameo, o, frag = p
            for x in (s, o):
                if x not in names: errs.append(f"unknown entity {x!r}")
            if not (cameo == "role" or re.fullmatch(r"(0[1-9]|1[0-9]|20)", cameo)): errs.append(f"cameo {cameo}")
            if (s, act, o) in triples: errs.append(f"dup triple {(s, act, o)}")
            triples.add((s, act, o))
            if cameo == "role":
                if (s, o) in roles: errs.append(f"two roles {(s, o)}")
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: errs.append(f"evidence {frag!r}: {len(hits)} sentences"); ev = frag
            else: ev = hits[0]
            if ev not in text: errs.append("evidence not verbatim")
            rels.append({"subject": s, "action": act, "object": o, "cameo": cameo, "evidence": ev})
    json.dump({"doc": f"{stem}.txt", "entities": ents, "relations": rels},
              open(f"{base}/gold/{stem}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    words = len(text.split())
    na = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{stem}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})")
    for e in errs: print("  ERROR", e)
    return not errs
ok = all([build(s) for s in sys.argv[1:]])
sys.exit(0 if ok else 1)
