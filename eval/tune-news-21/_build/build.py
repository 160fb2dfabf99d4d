#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 21).

Spec lines:  E name|type|alias;alias;...     R subject|action|cameo|object|evidence fragment
Checks: every relation's ends are entities of the file, every alias occurs verbatim in the
article, types are among the four, cameo is a root code 01-20 or `role`, no entity or triple is
listed twice, no (person, entity) pair has two roles, each evidence fragment lies in exactly one
sentence of the article (that whole sentence becomes the evidence), each article has 300 to 380
words.
"""
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.", "W.")
TYPES = ("person", "country", "organization", "location")


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


ok = True
totals = dict(ents=0, rels=0, acts=0)
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
            if not aliases:
                err("no alias " + ln)
            if typ not in TYPES:
                err("type " + ln)
            for a in aliases:
                if a not in text:
                    err("alias not in text: " + a)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            if name in names:
                err("dup entity " + name)
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln); continue
            s, a, c, o, frag = f
            if s not in names:
                err("no subj " + s)
            if o not in names:
                err("no obj " + o)
            if s == o:
                err("self relation " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case " + ln)
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
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    words = len(text.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as g:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, g, indent=2,
                  ensure_ascii=False)
        g.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals["ents"] += len(ents)
    totals["rels"] += len(rels)
    totals["acts"] += nact
print("TOTAL entities", totals["ents"], "relations", totals["rels"], "actions", totals["acts"],
      "roles", totals["rels"] - totals["acts"])
print("OK" if ok else "FAILED")
