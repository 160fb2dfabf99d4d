#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 16)."""
import json, re, sys, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.", "Gen.", "Lt.", "Col.")
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
totals = [0, 0, 0]
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt")).read()
    sents = sentences(text)
    ents, rels, names = [], [], {}
    seen = set(); roles = set()
    def err(msg):
        global ok; ok = False; print(base, "ERROR", msg)
    for ln in open(spec):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in ("person", "country", "organization", "location"): err("type " + ln)
            for a in aliases:
                if a not in text: err("alias not in text: " + a)
            if name in names: err("dup entity " + name)
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            s, a, c, o, frag = f
            if s not in names: err("no subj " + s)
            if o not in names: err("no obj " + o)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)): err("cameo " + ln)
            if (s, a, o) in seen: err("dup triple " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles: err("two roles " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: err("evidence %d hits: %s" % (len(hits), frag)); ev = frag
            else: ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
    json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
              open(os.path.join(ROOT, "gold", base + ".json"), "w"), indent=2, ensure_ascii=False)
    nact = sum(1 for r in rels if r["cameo"] != "role")
    words = len(text.split())
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels)-nact})")
    totals[0] += len(ents); totals[1] += len(rels); totals[2] += nact
print("TOTAL entities", totals[0], "relations", totals[1], "actions", totals[2], "roles", totals[1]-totals[2])
print("OK" if ok else "FAILED")
