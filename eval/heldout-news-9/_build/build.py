#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 9).

Spec lines:  E name|type|alias;alias;...      R subject|action|cameo|object|evidence fragment
Checks: every relation's ends are entities of the file, every alias occurs verbatim in the article,
types are among the four, cameo is a root code 01-20 or `role`, no entity or triple is listed twice,
no (person, entity) pair has two roles, each evidence fragment lies in exactly one sentence of the
article and the evidence written is that whole sentence.
"""
import glob
import json
import os
import re
import sys

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


def main():
    ok = True
    totals = {"entities": 0, "relations": 0, "actions": 0}
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        sents = sentences(text)
        ents, rels, names = [], [], {}
        seen, roles = set(), set()

        def err(msg):
            nonlocal ok
            ok = False
            print(base, "ERROR", msg)

        for n, ln in enumerate(open(spec, encoding="utf-8"), 1):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            kind, rest = ln.split(" ", 1)
            f = rest.split("|")
            if kind == "E":
                if len(f) != 3:
                    err("bad E line %d: %s" % (n, ln)); continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type " + ln)
                for a in aliases:
                    if a not in text:
                        err("alias not in text: " + a)
                if name in names:
                    err("dup entity " + name)
                names[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad R line %d: %s" % (n, ln)); continue
                s, a, c, o, frag = f
                if s not in names:
                    err("no subject entity: " + s)
                if o not in names:
                    err("no object entity: " + o)
                if s == o:
                    err("self relation " + ln)
                if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                    err("cameo " + ln)
                if a != a.lower():
                    err("action not lower case " + ln)
                if (s, a, o) in seen:
                    err("dup triple " + ln)
                seen.add((s, a, o))
                if c == "role":
                    if (s, o) in roles:
                        err("two roles " + ln)
                    roles.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err("evidence in %d sentences: %s" % (len(hits), frag))
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line %d: %s" % (n, ln))
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                      ensure_ascii=False)
            fh.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        words = len(text.split())
        rows.append((base, words, len(ents), len(rels), nact))
        print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
        totals["entities"] += len(ents)
        totals["relations"] += len(rels)
        totals["actions"] += nact
    print("TOTAL entities %d relations %d (%d + %d)" % (totals["entities"], totals["relations"],
          totals["actions"], totals["relations"] - totals["actions"]))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
