#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 20).

Spec lines:  E name|type|alias; alias; ...
             R subject|action|cameo|object|evidence fragment (must lie in exactly one sentence)
"""
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Gen.", "Lt.", "St.", "No.")
TYPES = ("person", "country", "organization", "location")


def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c\']?[A-Z0-9])', para):
            pre = para[start:m.start()]
            if any(pre.endswith(a) for a in ABBR) or re.search(r'\b[A-Z]\.$', pre):
                continue
            out.append(para[start:m.start()])
            start = m.end()
        out.append(para[start:])
    return out


ok = True
tot = {"ents": 0, "rels": 0, "acts": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    sents = sentences(text)
    ents, rels, names = [], [], {}
    seen, roles = set(), set()

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    for ln in open(spec, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            if len(f) != 3:
                err("bad E line " + ln); continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            for a in aliases:
                if a not in text:
                    err("alias not in text: " + a)
            if name in names:
                err("entity listed twice " + name)
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln); continue
            s, a, c, o, frag = f
            if s not in names:
                err("subject not an entity: " + s)
            if o not in names:
                err("object not an entity: " + o)
            if s == o:
                err("self relation " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if c != "role" and a != a.lower():
                err("action not lower case " + ln)
            if (s, a, o) in seen:
                err("triple listed twice " + ln)
            seen.add((s, a, o))
            if c == "role":
                if names.get(s) == "person" and (s, o) in roles:
                    err("two roles for one (person, entity) pair " + ln)
                if (s, o) in roles:
                    err("two roles for one pair " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence in %d sentences: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as g:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, g, indent=2, ensure_ascii=False)
        g.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    words = len(text.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    unused = [e["name"] for e in ents if not any(e["name"] in (r["subject"], r["object"]) for r in rels)]
    rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})"
          f"  entities without relations: {', '.join(unused) or '-'}")
    tot["ents"] += len(ents); tot["rels"] += len(rels); tot["acts"] += nact
print("TOTAL entities", tot["ents"], "relations", tot["rels"], "actions", tot["acts"], "roles", tot["rels"] - tot["acts"])
print("OK" if ok else "FAILED")
