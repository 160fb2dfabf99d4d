#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 22).

Spec lines:  E name|type|alias;alias;...      R subject|action|cameo|object|evidence fragment
Lines starting with # are comments. The fragment must occur in exactly one sentence of the
article; that whole sentence becomes the evidence.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.", "K.")


def sentences(text):
    """Split each line (paragraph) at sentence ends, keeping abbreviations together."""
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
    tot = {"ents": 0, "acts": 0, "roles": 0}
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        with open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8") as f:
            text = f.read()
        sents = sentences(text)
        ents, rels, types = [], [], {}
        triples, role_pairs = set(), set()

        def err(msg):
            nonlocal ok
            ok = False
            print(f"{base}: ERROR {msg}")

        with open(spec, encoding="utf-8") as f:
            lines = [ln.rstrip("\n") for ln in f]
        for ln in lines:
            if not ln.strip() or ln.startswith("#"):
                continue
            kind, rest = ln.split(" ", 1)
            fields = rest.split("|")
            if kind == "E":
                if len(fields) != 3:
                    err("bad entity line: " + ln)
                    continue
                name, typ, al = fields
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type: " + ln)
                if name in types:
                    err("entity listed twice: " + name)
                if len(set(aliases)) != len(aliases):
                    err("alias listed twice: " + name)
                for a in aliases:
                    if a not in text:
                        err(f"alias not in article: {a!r} ({name})")
                types[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(fields) != 5:
                    err("bad relation line: " + ln)
                    continue
                s, a, c, o, frag = fields
                if s not in types:
                    err("subject not an entity: " + s)
                if o not in types:
                    err("object not an entity: " + o)
                if s == o:
                    err("self relation: " + ln)
                if not (c == "role" or (re.fullmatch(r"\d\d", c) and 1 <= int(c) <= 20)):
                    err("cameo: " + ln)
                if a != a.lower() and c != "role":
                    err("action not lower case: " + ln)
                key = (s, a.lower(), o)
                if key in triples:
                    err("triple listed twice: " + ln)
                triples.add(key)
                if c == "role":
                    if (s, o) in role_pairs:
                        err("two roles for one pair: " + ln)
                    role_pairs.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err(f"evidence fragment in {len(hits)} sentences: {frag!r}")
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "cameo": c, "object": o, "evidence": ev})
            else:
                err("unknown line: " + ln)
        words = len(text.split())
        if not 300 <= words <= 380:
            err(f"article has {words} words")
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as f:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, f,
                      indent=2, ensure_ascii=False)
            f.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        print(f"{base}: words {words}, entities {len(ents)}, relations {len(rels)} "
              f"({nact} + {len(rels) - nact})")
        tot["ents"] += len(ents)
        tot["acts"] += nact
        tot["roles"] += len(rels) - nact
    print(f"TOTAL entities {tot['ents']}, relations {tot['acts'] + tot['roles']} "
          f"({tot['acts']} + {tot['roles']})")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
