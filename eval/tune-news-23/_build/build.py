#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 23).

Spec lines:  E name|type|alias;alias;...
             R subject|action|cameo|object|evidence fragment (unique within one sentence)
Run from anywhere: python3 eval/tune-news-23/_build/build.py   (rewrites gold/)
"""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.",
        "Gen.", "Lt.", "Col.")


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
                err("bad E line " + ln); continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            for a in aliases:
                if not re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w-])', text):
                    err("alias not in text as a whole word: " + a)
                k = a.lower()
                if k in alias_owner and alias_owner[k][0] != name:
                    other, otyp = alias_owner[k]
                    if {otyp, typ} != {"country", "location"}:
                        err(f"alias {a!r} names both {other} and {name}")
                alias_owner.setdefault(k, (name, typ))
            if name in types:
                err("entity listed twice " + name)
            types[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln); continue
            s, a, c, o, frag = f
            if s not in types:
                err("no subject entity " + s)
            if o not in types:
                err("no object entity " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("triple listed twice " + ln)
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
            err("bad line " + ln)
    words = len(text.split())
    if not 300 <= words <= 380:
        err(f"{words} words")
    json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
              open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
    nact = sum(1 for r in rels if r["cameo"] != "role")
    rows.append((base, words, len(ents), len(rels), nact))

for base, w, e, r, a in rows:
    print(f"{base:70} words {w:3}  entities {e:3}  relations {r:3} ({a} + {r - a})")
print("TOTAL entities", sum(x[2] for x in rows), "relations", sum(x[3] for x in rows),
      "actions", sum(x[4] for x in rows), "roles", sum(x[3] - x[4] for x in rows))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
