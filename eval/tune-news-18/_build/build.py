import json, re, sys, os, glob
base = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(base)
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        parts = re.split(r'(?<=[a-z0-9)"\'’”][.!?])\s+(?=[A-Z"“])|(?<=[a-z0-9][.!?]["”])\s+(?=[A-Z"“])', line)
        out.extend(p.strip() for p in parts if p.strip())
    return out
ok = True
tot_e = tot_r = tot_a = tot_role = 0
names = sys.argv[1:] or [os.path.basename(p)[:-5] for p in sorted(glob.glob(base + "/*.spec"))]
for name in names:
    spec = open(f"{base}/{name}.spec").read()
    text = open(f"{root}/articles/{name}.txt").read()
    sents = sentences(text)
    ents, rels, seen, roles = [], [], set(), set()
    enames = set()
    for ln in spec.split("\n"):
        ln = ln.strip()
        if not ln or ln.startswith("#"): continue
        kind, rest = ln.split(" ", 1)
        f = [x.strip() for x in rest.split("|")]
        if kind == "E":
            n, t, al = f
            al = [a.strip() for a in al.split(";") if a.strip()]
            assert t in ("person", "country", "organization", "location"), ln
            for a in al:
                if a not in text: print(name, "ALIAS MISSING", a); ok = False
            if n in enames: print(name, "DUP ENTITY", n); ok = False
            enames.add(n)
            ents.append({"name": n, "type": t, "aliases": al})
        else:
            s, a, c, o, frag = f
            for x in (s, o):
                if x not in enames: print(name, "NO ENTITY", x, "|", ln); ok = False
            assert c == "role" or (len(c) == 2 and 1 <= int(c) <= 20), ln
            if (s, a, o) in seen: print(name, "DUP", s, a, o); ok = False
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles: print(name, "TWO ROLES", s, o); ok = False
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: print(name, "EVIDENCE", len(hits), frag); ok = False; continue
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": hits[0]})
    json.dump({"doc": name + ".txt", "entities": ents, "relations": rels},
              open(f"{root}/gold/{name}.json", "w"), indent=2, ensure_ascii=False)
    na = sum(1 for r in rels if r["cameo"] != "role")
    words = len(text.split())
    print(f"{name}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})")
    tot_e += len(ents); tot_r += len(rels); tot_a += na
print("TOTAL", tot_e, tot_r, tot_a, tot_r - tot_a, "OK" if ok else "ERRORS")
