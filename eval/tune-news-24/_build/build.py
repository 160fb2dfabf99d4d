#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 24).

Spec lines:  E name|type|alias;alias;...     R subject|action|cameo|object|evidence fragment
The fragment must occur in exactly one sentence of the article; that whole sentence is the evidence.
Run from anywhere: python3 eval/tune-news-24/_build/build.py   (rewrites gold/)
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
    return re.search(r'(?<![\w-])' + re.escape(alias) + r'(?![\w-])', text) is not None


ok = True
totals = {"entities": 0, "relations": 0, "actions": 0, "roles": 0, "words": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    sents = sentences(text)
    ents, rels, types = [], [], {}
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
                err("bad E line: " + ln); continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if name in types:
                err("dup entity " + name)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice in " + name)
            for a in aliases:
                if not whole_word(a, text):
                    err("alias not in text as a whole word: " + a)
                key = a.lower()
                if key in alias_owner and alias_owner[key] != name:
                    other = alias_owner[key]
                    # a capital that is both a state's voice and a place is the only allowed sharing
                    if {types[other], typ} != {"country", "location"}:
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner.setdefault(key, name)
            types[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line: " + ln); continue
            s, a, c, o, frag = f
            if s not in types:
                err("no subject " + s)
            if o not in types:
                err("no object " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case: " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("dup triple " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles:
                    err("two roles for one pair " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence fragment in %d sentences: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    words = len(text.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
              open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8"),
              indent=2, ensure_ascii=False)
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals["entities"] += len(ents); totals["relations"] += len(rels)
    totals["actions"] += nact; totals["roles"] += len(rels) - nact; totals["words"] += words
print("TOTAL", totals)
print("OK" if ok else "FAILED")
