#!/usr/bin/env python3
"""Build gold JSON from compact specs and check them.
spec lines: E name|type|alias;alias   R subject|action|cameo|object|evidence fragment"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
ABBR = r"(?<!\bU\.S)(?<!\bU\.N)(?<!\bMr)(?<!\bGen)(?<!\bLt)(?<!\bSt)(?<!\bDr)(?<!\bNo)(?<!\bU\.K)(?<!\bMaj)"
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        parts = re.split(ABBR + r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])', line)
        # re.split with lookbehind drops closing quotes; redo manually
        idx = 0; cur = []
        for m in re.finditer(ABBR + r'[.!?]["\u201d]?(?=\s+["\u201c]?[A-Z])', line):
            out.append(line[idx:m.end()].strip()); idx = m.end()
        out.append(line[idx:].strip())
    return [s for s in out if s]
def build(name):
    art = open(os.path.join(SET, "articles", name + ".txt")).read()
    sents = sentences(art)
    ents, rels, errs = [], [], []
    for ln in open(os.path.join(HERE, name + ".spec")):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        kind, body = ln[0], ln[2:]
        f = body.split("|")
        if kind == "E":
            n, t, al = f
            al = [a.strip() for a in al.split(";") if a.strip()]
            if t not in ("person", "country", "organization", "location"): errs.append("type " + ln)
            for a in al:
                if a not in art: errs.append("alias not in text: " + a)
            if any(e["name"] == n for e in ents): errs.append("dup entity " + n)
            ents.append({"name": n, "type": t, "aliases": al})
        elif kind == "R":
            s, a, c, o, frag = f
            names = {e["name"] for e in ents}
            for x in (s, o):
                if x not in names: errs.append("unknown entity %r in %s" % (x, ln))
            if not (c == "role" or re.fullmatch(r"(0[1-9]|1[0-9]|20)", c)): errs.append("cameo " + ln)
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: errs.append("fragment in %d sentences: %s" % (len(hits), frag)); ev = frag
            else: ev = hits[0]
            if any((r["subject"], r["action"], r["object"]) == (s, a, o) for r in rels): errs.append("dup triple " + ln)
            if c == "role" and any(r["cameo"] == "role" and r["subject"] == s and r["object"] == o for r in rels):
                errs.append("two roles " + ln)
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else: errs.append("bad line " + ln)
    d = {"doc": name + ".txt", "entities": ents, "relations": rels}
    json.dump(d, open(os.path.join(SET, "gold", name + ".json"), "w"), indent=1, ensure_ascii=False)
    words = len(art.split())
    na = sum(r["cameo"] != "role" for r in rels)
    print("%s words=%d ents=%d rels=%d (%d + %d)" % (name, words, len(ents), len(rels), na, len(rels) - na))
    for e in errs: print("  ERROR", e)
    return d
def selfgraph(ds):
    nodes, edges = [], []
    for d in ds:
        ids = {}
        for e in d["entities"]:
            i = len(nodes); ids[e["name"]] = i
            nodes.append({"id": i, "name": e["name"], "type": e["type"], "aliases": e["aliases"], "documents": [d["doc"]]})
        for r in d["relations"]:
            edges.append({"source": ids[r["subject"]], "target": ids[r["object"]], "action": r["action"], "cameo": r["cameo"], "document": d["doc"]})
    json.dump({"nodes": nodes, "edges": edges}, open("/tmp/held7_self.json", "w"))
if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".spec"))
    ds = [build(n) for n in names]
    selfgraph(ds)
