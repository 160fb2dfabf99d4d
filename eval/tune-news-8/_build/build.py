#!/usr/bin/env python3
"""Build gold JSON from a compact spec: E name|type|alias;alias  /  R subj|action|cameo|obj|fragment"""
import json, re, sys, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {"U.S.", "Mr.", "Mrs.", "Gen.", "Lt.", "Col.", "St.", "No.", "Dr.", "Sgt.", "Capt.", "Rev.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
def sentence(text, frag):
    i = text.find(frag)
    if i < 0: raise SystemExit(f"fragment not found: {frag!r}")
    if text.find(frag, i + 1) >= 0: print(f"  warn: fragment occurs twice: {frag!r}")
    def is_boundary(p):  # boundary right after position p (p is index of . ? !)
        if text[p] == "\n": return True
        if text[p] not in ".?!": return False
        q = p + 1
        while q < len(text) and text[q] in "\"'”’)": q += 1
        if q >= len(text): return True
        if text[q] == "\n": return True
        if text[q] != " ": return False
        nxt = text[q + 1:q + 2]
        if not (nxt.isupper() or nxt in "\"“'"): return False
        tok = text[:p + 1].split()[-1] if text[:p + 1].split() else ""
        tok = tok.lstrip("(\"“")
        if tok in ABBR: return False
        if re.fullmatch(r"(?:[A-Z]\.)+", tok): return False
        return True
    s = i
    while s > 0:
        if text[s - 1] == "\n": break
        if text[s - 1] == " " and s - 2 >= 0:
            # find end punct before spaces
            p = s - 2
            while p >= 0 and text[p] in "\"'”’)": p -= 1
            if p >= 0 and text[p] in ".?!" and is_boundary(p): break
        s -= 1
    e = i + len(frag)
    while e < len(text):
        if text[e] == "\n": break
        if text[e] in ".?!" and is_boundary(e):
            e += 1
            while e < len(text) and text[e] in "\"'”’)": e += 1
            break
        e += 1
    return text[s:e].strip()
def build(stem):
    text = open(f"{BASE}/articles/{stem}.txt").read()
    ents, rels, seen = [], [], set()
    for ln, line in enumerate(open(f"{BASE}/_build/{stem}.spec"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        kind, rest = line.split(" ", 1)
        parts = [p.strip() for p in rest.split("|")]
        if kind == "E":
            name, typ, al = parts
            assert typ in ("person", "country", "organization", "location"), line
            aliases = [a.strip() for a in al.split(";") if a.strip()] if al else [name]
            for a in aliases:
                if a not in text: raise SystemExit(f"{stem}: alias not in text: {a!r}")
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            s, act, cam, o, frag = parts
            names = {e["name"] for e in ents}
            if s not in names or o not in names: raise SystemExit(f"{stem}:{ln}: unknown end {s!r} / {o!r}")
            assert cam == "role" or re.fullmatch(r"(0[1-9]|1\d|20)", cam), line
            key = (s, act, o)
            if key in seen: raise SystemExit(f"{stem}: duplicate {key}")
            seen.add(key)
            ev = sentence(text, frag)
            assert ev in text
            rels.append({"subject": s, "action": act, "cameo": cam, "object": o, "evidence": ev})
        else: raise SystemExit(line)
    names = [e["name"] for e in ents]
    assert len(names) == len(set(names)), "duplicate entity"
    json.dump({"doc": stem + ".txt", "entities": ents, "relations": rels},
              open(f"{BASE}/gold/{stem}.json", "w"), indent=2, ensure_ascii=False)
    na = sum(r["cameo"] != "role" for r in rels)
    print(f"{stem}: words={len(text.split())} entities={len(ents)} relations={len(rels)} ({na} + {len(rels)-na})")
    return len(text.split()), len(ents), len(rels), na
if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(f"{BASE}/_build") if f.endswith(".spec"))
    for st in stems: build(st)
