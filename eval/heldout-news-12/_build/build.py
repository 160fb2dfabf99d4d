#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 12).

Spec lines:  E name|type|alias;alias;...   R subject|action|cameo|object|evidence fragment
The fragment must occur in exactly one sentence of the article; that whole sentence becomes the
evidence. Run from anywhere: python3 eval/heldout-news-12/_build/build.py
"""
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.",
        "No.", "Gen.", "Lt.", "Col.")


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
totals = [0, 0, 0]
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    sents = sentences(text)
    ents, rels, names = [], [], {}
    seen, roles, alias_owner = set(), set(), {}

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
            if name in names:
                err("dup entity " + name)
            names[name] = typ
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            for a in aliases:
                if not whole_word(a, text):
                    err("alias not in text as a whole word: " + a)
                key = a.lower()
                if key in alias_owner and alias_owner[key] != name:
                    other = alias_owner[key]
                    if {typ, names[other]} != {"country", "location"}:
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner[key] = name
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
                err("evidence %d hits: %s" % (len(hits), frag)); ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                  ensure_ascii=False)
    words = len(text.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals[0] += len(ents); totals[1] += len(rels); totals[2] += nact
print("TOTAL entities", totals[0], "relations", totals[1], "actions", totals[2], "roles", totals[1] - totals[2])
print("OK" if ok else "FAILED")
