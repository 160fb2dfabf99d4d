#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them.
spec lines:  E name|type|alias;alias;...   R subject|action|cameo|object|evidence fragment"""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ABBR = r"(?:U\.S|U\.N|U\.K|Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|St|No|Jr)\."
def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para: continue
        prot = re.sub(ABBR, lambda m: m.group(0).replace(".", "\x00"), para)
        for s in re.split(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])', prot):
            pass
        parts = []; start = 0
        for m in re.finditer(r'[.!?]["\u201d]?\s+(?=["\u201c]?[A-Z])', prot):
            parts.append(prot[start:m.end()].strip()); start = m.end()
        parts.append(prot[start:].strip())
        out += [p.replace("\x00", ".") for p in parts if p]
    return out
def main(only=None):
    bad = 0; tot_e = tot_r = tot_a = tot_role = 0; rows = []
    for spec in sorted(glob.glob(os.path.join(HERE, "*.spec"))):
        base = os.path.basename(spec)[:-5]
        if only and not base.startswith(only): continue
        art = os.path.join(ROOT, "articles", base + ".txt")
        text = open(art, encoding="utf-8").read(); sents = sentences(text)
        ents, rels = [], []; names = {}; seen = set(); rolepairs = set()
        for ln, line in enumerate(open(spec, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"): continue
            kind, rest = line[:2], line[2:]
            f = rest.split("|")
            if kind == "E ":
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in ("person", "country", "organization", "location"): print(base, ln, "bad type", typ); bad += 1
                if name in names: print(base, ln, "dup entity", name); bad += 1
                for a in aliases:
                    if a not in text: print(base, ln, "alias not in text:", a); bad += 1
                names[name] = 1; ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R ":
                s, a, c, o, frag = f
                for x in (s, o):
                    if x not in names: print(base, ln, "unknown entity", x); bad += 1
                if not (c == "role" or re.fullmatch(r"(0[1-9]|1\d|20)", c)): print(base, ln, "bad cameo", c); bad += 1
                key = (s, a.lower(), o)
                if key in seen: print(base, ln, "dup triple", key); bad += 1
                seen.add(key)
                if c == "role":
                    if (s, o) in rolepairs: print(base, ln, "two roles", s, o); bad += 1
                    rolepairs.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1: print(base, ln, "evidence hits", len(hits), frag); bad += 1; ev = frag
                else: ev = hits[0]
                rels.append({"subject": s, "action": a, "cameo": c, "object": o, "evidence": ev})
            else: print(base, ln, "bad line"); bad += 1
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
                  open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
        na = sum(r["cameo"] != "role" for r in rels); words = len(text.split())
        rows.append((base, words, len(ents), len(rels), na, len(rels) - na))
        tot_e += len(ents); tot_r += len(rels); tot_a += na
    for r in rows: print("%s words=%d ents=%d rels=%d (%d+%d)" % r)
    print("TOTAL ents=%d rels=%d (%d+%d) problems=%d" % (tot_e, tot_r, tot_a, tot_r - tot_a, bad))
if __name__ == "__main__": main(sys.argv[1] if len(sys.argv) > 1 else None)
