#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 19).

Spec lines:  E name|type|alias;alias;...     R subject|action|cameo|object|evidence fragment
Checks: every relation's ends are entities of the file; every alias occurs verbatim in the article;
types are among the four allowed; cameo is a root code 01-20 or `role`; no entity or triple is
listed twice; no (person, entity) pair has two roles; each evidence fragment lies in exactly one
sentence of the article, and that whole sentence becomes the evidence.
"""
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.")


def sentences(text):
    """Split each non-empty line (paragraph) into sentences."""
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
            out.append(para[start:m.end()].strip())
            start = m.end()
        out.append(para[start:].strip())
    return out


def main():
    ok = True
    grand = {"entities": 0, "relations": 0, "actions": 0, "roles": 0}
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        sents = sentences(text)
        ents, rels, types = [], [], {}
        triples, role_pairs = set(), set()

        def err(msg):
            nonlocal ok
            ok = False
            print(f"{base}: ERROR {msg}")

        for ln in open(spec, encoding="utf-8"):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            kind, rest = ln.split(" ", 1)
            f = rest.split("|")
            if kind == "E":
                if len(f) != 3:
                    err("bad entity line: " + ln); continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type: " + ln)
                if len(set(aliases)) != len(aliases):
                    err("alias listed twice: " + ln)
                for a in aliases:
                    if a not in text:
                        err("alias not in text: " + a)
                if name in types:
                    err("entity listed twice: " + name)
                types[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad relation line: " + ln); continue
                s, a, c, o, frag = f
                for end in (s, o):
                    if end not in types:
                        err("relation end is not an entity: " + end)
                if s == o:
                    err("self relation: " + ln)
                if not (c == "role" or re.fullmatch(r"(0[1-9]|1[0-9]|20)", c)):
                    err("cameo: " + ln)
                if a != a.lower() or not a.strip():
                    err("action not lower case: " + ln)
                if (s, a, o) in triples:
                    err("triple listed twice: " + ln)
                triples.add((s, a, o))
                if c == "role":
                    if (s, o) in role_pairs:
                        err("two roles for one pair: " + ln)
                    role_pairs.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err(f"evidence fragment in {len(hits)} sentences: {frag}")
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line: " + ln)
        # an alias may not be listed under two entities of the same type
        seen = {}
        for e in ents:
            for a in e["aliases"]:
                key = (a.lower(), e["type"])
                if key in seen and seen[key] != e["name"]:
                    err(f"alias {a} under two {e['type']} entities")
                seen[key] = e["name"]
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as out:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, out,
                      indent=2, ensure_ascii=False)
            out.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        words = len(text.split())
        if not 300 <= words <= 380:
            err(f"word count {words} outside 300-380")
        rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
        grand["entities"] += len(ents); grand["relations"] += len(rels)
        grand["actions"] += nact; grand["roles"] += len(rels) - nact
    for base, w, e, r, a, ro in rows:
        print(f"{base}: words {w} entities {e} relations {r} ({a} + {ro})")
    print("TOTAL entities {entities} relations {relations} ({actions} + {roles})".format(**grand))
    print("OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
