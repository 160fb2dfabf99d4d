#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 16).

Spec lines (one per line, '#' starts a comment):
  B headline line          web pages only: first line of the article proper
  END prefix               web pages only: prefix of the share line, where the furniture starts again
  E name|type|alias; alias; ...
  R subject|action|cameo|object|evidence fragment

Checks: every relation's ends are entities of the file; every alias occurs verbatim as a whole word
in the article proper (for web pages, from the headline to the line before the share line); types
are among the four; cameo is a root code 01-20 or `role`; actions are lower case; no entity or
triple is listed twice; no (subject, entity) pair has two roles; no alias names two entities,
except a capital that is both a state's voice and a place; each evidence fragment lies in exactly
one sentence of the article proper, and that whole sentence is the evidence; each article has 300
to 380 words (whole file). Run from anywhere; it rewrites gold/.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Mrs.", "Dr.", "St.", "No.", "Gen.", "Lt.", "Col.", "Jan.", "Feb.",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


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
            out.append(para[start:m.end()].strip())
            start = m.end()
        out.append(para[start:].strip())
    return [s for s in out if s]


def norm(a):
    return re.sub(r"\s+", " ", re.sub(r"'s\b", "", a.lower())).strip()


def main():
    ok = True
    totals = {"entities": 0, "actions": 0, "roles": 0}
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        words = len(text.split())

        def err(msg):
            nonlocal ok
            ok = False
            print(f"{base}: ERROR {msg}")

        lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
        head = [ln[2:] for ln in lines if ln.startswith("B ")]
        end = [ln[4:] for ln in lines if ln.startswith("END ")]
        proper = text
        if head or end:
            tl = text.split("\n")
            try:
                i = tl.index(head[0])
                j = next(k for k in range(i, len(tl)) if tl[k].startswith(end[0]))
            except (ValueError, StopIteration, IndexError):
                err("headline or share line not found")
                continue
            proper = "\n".join(tl[i:j])
        sents = sentences(proper)
        if not 300 <= words <= 380:
            err(f"{words} words")

        ents, rels, types = [], [], {}
        alias_owner = {}
        triples, roles = set(), set()
        for ln in lines:
            if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
                continue
            kind, rest = ln.split(" ", 1)
            f = rest.split("|")
            if kind == "E":
                if len(f) != 3:
                    err("bad line " + ln)
                    continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type " + ln)
                if name in types:
                    err("entity listed twice: " + name)
                for a in aliases:
                    if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", proper):
                        err(f"alias not in article proper: {a!r}")
                    n = norm(a)
                    if n in alias_owner and alias_owner[n][0] != name:
                        other, otyp = alias_owner[n]
                        if {otyp, typ} != {"country", "location"}:
                            err(f"alias {a!r} names {other} and {name}")
                    alias_owner.setdefault(n, (name, typ))
                types[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad line " + ln)
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
                if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                    err("cameo " + ln)
                if (s, a, o) in triples:
                    err("triple listed twice " + ln)
                triples.add((s, a, o))
                if c == "role":
                    if (s, o) in roles:
                        err("two roles for one pair " + ln)
                    roles.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err(f"evidence fragment in {len(hits)} sentences: {frag!r}")
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line " + ln)
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                      ensure_ascii=False)
            fh.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        nrole = len(rels) - nact
        totals["entities"] += len(ents)
        totals["actions"] += nact
        totals["roles"] += nrole
        rows.append((base, words, len(ents), len(rels), nact, nrole))
    for base, w, e, r, a, ro in rows:
        print(f"{base}: words {w}, entities {e}, relations {r} ({a} + {ro})")
    print(f"TOTAL entities {totals['entities']}, relations {totals['actions'] + totals['roles']} "
          f"({totals['actions']} + {totals['roles']})")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
