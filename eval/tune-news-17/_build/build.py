#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them.
Spec lines: E name|type|alias;alias   R subject|action|cameo|object|evidence fragment"""
import json, re, sys, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ("U.S.", "U.N.", "Mr.", "Mrs.", "Gen.", "Lt.", "Col.", "Dr.", "St.", "Sgt.", "Maj.", "Capt.")
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\']?\s+(?=["\u201c]?[A-Z])', line):
            seg = line[start:m.end()].rstrip()
            if any(seg.endswith(a) for a in ABBR) or re.search(r'(^|[\s.])[A-Z]\.$', seg): continue
            out.append(seg); start = m.end()
        out.append(line[start:].strip())
    return out
ok = True
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt")).read()
    sents = sentences(text)
    ents, rels, names, triples, roles = [], [], set(), set(), set()
    def err(m):
        global ok; ok = False; print(base, "ERROR", m)
    for ln in open(spec):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        kind, rest = ln.split(" ", 1)
        p = rest.split("|")
        if kind == "E":
            name, typ, al = p[0].strip(), p[1].strip(), [a.strip() for a in p[2].split(";") if a.strip()]
            if typ not in ("person", "country", "organization", "location"): err("type " + ln)
            if name in names: err("dup entity " + name)
            names.add(name)
            for a in al:
                if a not in text: err("alias not in text: %r (%s)" % (a, name))
            ents.append({"name": name, "type": typ, "aliases": al})
        elif kind == "R":
            s, act, cam, o, frag = [x.strip() for x in p[:5]]
            if s not in names or o not in names: err("unknown end " + ln)
            if cam != "role" and not re.fullmatch(r"(0[1-9]|1[0-9]|20)", cam): err("cameo " + ln)
            if (s, act, o) in triples: err("dup triple " + ln)
            triples.add((s, act, o))
            if cam == "role":
                if (s, o) in roles: err("two roles " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: err("evidence %d hits: %r" % (len(hits), frag)); continue
            rels.append({"subject": s, "action": act, "object": o, "cameo": cam, "evidence": hits[0]})
        else: err("bad line " + ln)
    words = len(text.split())
    na = sum(1 for r in rels if r["cameo"] != "role")
    print("%s words=%d entities=%d relations=%d (%d + %d)" % (base, words, len(ents), len(rels), na, len(rels) - na))
    json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
              open(os.path.join(ROOT, "gold", base + ".json"), "w"), indent=1, ensure_ascii=False)
sys.exit(0 if ok else 1)
