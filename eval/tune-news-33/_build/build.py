#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 33).

Spec lines:
  B <headline line>            web pages only: the article proper starts at this line
  END <start of a line>        web pages only: the article proper ends before this line
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.")


def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z0-9])', para):
            pre = para[start:m.start()].rstrip('"\u201d')
            if any(pre.endswith(a) for a in ABBR) or re.search(r'\b[A-Z]\.$', pre):
                continue
            out.append(para[start:m.start()] + para[m.start():m.end()].strip())
            start = m.end()
        out.append(para[start:])
    return [s.strip() for s in out if s.strip()]


def has_word(text, alias):
    return re.search(r'(?<![\w])' + re.escape(alias) + r'(?![\w])', text) is not None


ok = True
tot = {"ent": 0, "rel": 0, "act": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    lines = open(spec, encoding="utf-8").read().split("\n")
    begin = [l[2:] for l in lines if l.startswith("B ")]
    end = [l[4:] for l in lines if l.startswith("END ")]
    proper = full
    if base.endswith("_webpage"):
        fl = full.split("\n")
        i = [k for k, l in enumerate(fl) if l.strip() == begin[0].strip()]
        j = [k for k, l in enumerate(fl) if l.startswith(end[0])]
        assert len(i) == 1 and len(j) == 1, (base, i, j)
        proper = "\n".join(fl[i[0]:j[0]])
    sents = sentences(proper)
    ents, rels, types = [], [], {}
    alias_owner = {}
    seen, roles = set(), set()

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if name in types:
                err("duplicate entity " + name)
            for a in aliases:
                if not has_word(proper, a):
                    err("alias not in article proper: " + a)
                if a in alias_owner:
                    other = alias_owner[a]
                    if {typ, types[other]} != {"country", "location"}:
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner.setdefault(a, name)
            types[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln)
                continue
            s, a, c, o, frag = f
            if s not in types:
                err("no subject entity " + s)
            if o not in types:
                err("no object entity " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a.strip():
                err("action not lower case " + ln)
            if not (c == "role" or re.fullmatch(r"(0[1-9]|1[0-9]|20)", c)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("duplicate triple " + ln)
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
    words = len(full.split())
    if not 300 <= words <= 380:
        err("words %d" % words)
    used = {r["subject"] for r in rels} | {r["object"] for r in rels}
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
    tot["ent"] += len(ents); tot["rel"] += len(rels); tot["act"] += nact
    if "-v" in sys.argv:
        print(base, "entities without relations:", sorted(set(types) - used))
for r in rows:
    print("%s: words %d entities %d relations %d (%d + %d)" % r)
print("TOTAL entities %d relations %d (%d + %d)" % (tot["ent"], tot["rel"], tot["act"], tot["rel"] - tot["act"]))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
