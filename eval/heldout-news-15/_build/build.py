#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 15).

Spec lines:
  B first line of the article proper        (web pages only: the headline line)
  END prefix of the first furniture line after the article proper  (web pages only)
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment
Lines starting with # are comments.
"""
import glob
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Mr.", "Dr.", "St.", "No.")


def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r'([.!?]["\u201d]?)\s+(?=["\u201c]?[A-Z0-9$])', para):
            pre = para[start:m.end(1)]
            if any(pre.endswith(a) for a in ABBR):
                continue
            out.append(pre.strip())
            start = m.end()
        out.append(para[start:].strip())
    return out


def whole_word(alias, text):
    return re.search(r'(?<![\w])' + re.escape(alias) + r'(?![\w])', text) is not None


def main():
    ok = True
    totals = defaultdict(int)
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        lines = [l.rstrip("\n") for l in open(spec, encoding="utf-8")]
        begin = [l[2:] for l in lines if l.startswith("B ")]
        end = [l[4:] for l in lines if l.startswith("END ")]
        text = full
        if base.endswith("_webpage"):
            if len(begin) != 1 or len(end) != 1:
                print(base, "ERROR web page needs one B and one END line"); ok = False; continue
            flines = full.split("\n")
            i = flines.index(begin[0])
            j = next(k for k in range(i + 1, len(flines)) if flines[k].startswith(end[0]))
            text = "\n".join(flines[i:j])
        elif begin or end:
            print(base, "ERROR B/END only for web pages"); ok = False
        sents = sentences(text)

        def err(msg):
            nonlocal ok
            ok = False
            print(base, "ERROR", msg)

        ents, rels, etype = [], [], {}
        alias_owner = defaultdict(set)
        seen, roles = set(), set()
        for ln in lines:
            if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
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
                if not aliases:
                    err("no alias " + name)
                if len(set(aliases)) != len(aliases):
                    err("alias listed twice " + name)
                for a in aliases:
                    if not whole_word(a, text):
                        err("alias not in article proper: %s (%s)" % (a, name))
                    alias_owner[a.lower()].add(name)
                if name in etype:
                    err("entity listed twice " + name)
                etype[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad R line " + ln); continue
                s, a, c, o, frag = f
                if s not in etype:
                    err("subject not an entity: " + s)
                if o not in etype:
                    err("object not an entity: " + o)
                if s == o:
                    err("self relation " + ln)
                if a != a.lower() or not a.strip():
                    err("action not lower case " + ln)
                if not (c == "role" or re.fullmatch(r"(0[1-9]|1[0-9]|20)", c)):
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
                    err("evidence fragment in %d sentences: %s" % (len(hits), frag)); ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line " + ln)
        for a, owners in alias_owner.items():
            if len(owners) > 1:
                kinds = sorted(etype[n] for n in owners)
                if not (len(owners) == 2 and kinds == ["country", "location"]):
                    err("alias %r names %s" % (a, sorted(owners)))
        words = len(full.split())
        if not 300 <= words <= 380:
            err("word count %d" % words)
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as out:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, out, indent=2, ensure_ascii=False)
            out.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
        totals["entities"] += len(ents)
        totals["relations"] += len(rels)
        totals["actions"] += nact
        totals["roles"] += len(rels) - nact
    for r in rows:
        print("%s: words %d entities %d relations %d (%d + %d)" % r)
    print("TOTAL entities %(entities)d relations %(relations)d (%(actions)d + %(roles)d)" % totals)
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
