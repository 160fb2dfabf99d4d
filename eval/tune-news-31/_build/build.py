#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 31).

Spec lines (one per line, '#' starts a comment):
  B first line of the article proper          (web pages only: the headline)
  END first furniture line after the article  (web pages only: the share line)
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment
The article proper is the whole file for wire copy, and the lines from B up to (not including) END
for web pages, so that no alias and no evidence comes from the page furniture.
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "St.", "No.", "Gen.", "Lt.", "Col.")


def norm(text):
    """The same normalisation as score.py, to find aliases that would name two entities."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


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


def whole_word(alias, text):
    return re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) is not None


def main():
    ok = True
    totals = {"entities": 0, "relations": 0, "actions": 0, "roles": 0, "words": []}
    rows = []
    specs = sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec")))
    if len(specs) != 10:
        print("ERROR expected 10 specs, found", len(specs))
        ok = False
    for spec in specs:
        base = os.path.basename(spec)[:-5]
        full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]

        def err(msg):
            nonlocal ok
            ok = False
            print(base, "ERROR", msg)

        begin = next((ln[2:] for ln in lines if ln.startswith("B ")), None)
        end = next((ln[4:] for ln in lines if ln.startswith("END ")), None)
        webpage = base.endswith("_webpage")
        if webpage != (begin is not None and end is not None):
            err("web pages (and only they) need B and END lines")
        proper = full
        if begin is not None and end is not None:
            i, j = full.find("\n" + begin + "\n"), full.find("\n" + end + "\n")
            if i < 0 or j < 0 or j < i:
                err("B/END lines not found as whole lines")
            else:
                proper = full[i + 1:j]
        sents = sentences(proper)
        ents, rels, names, seen, roles, alias_owner = [], [], {}, set(), set(), {}
        for ln in lines:
            if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
                continue
            kind, rest = ln.split(" ", 1)
            f = rest.split("|")
            if kind == "E":
                if len(f) != 3:
                    err("bad E line: " + ln)
                    continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()] or [name]
                if typ not in TYPES:
                    err("type " + ln)
                if name in names:
                    err("dup entity " + name)
                if len(set(aliases)) != len(aliases):
                    err("alias listed twice in " + name)
                for a in aliases:
                    if not whole_word(a, proper):
                        err("alias not in article proper as a whole word: " + a)
                    other = alias_owner.get(norm(a))
                    if other and other[0] != name:
                        pair = {other[1], typ}
                        if pair != {"country", "location"}:
                            err("alias %r names %s and %s" % (a, other[0], name))
                    alias_owner.setdefault(norm(a), (name, typ))
                names[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad R line: " + ln)
                    continue
                s, a, c, o, frag = f
                if s not in names:
                    err("no subject entity " + s)
                if o not in names:
                    err("no object entity " + o)
                if s == o:
                    err("subject is object " + ln)
                if a != a.lower() or not a.strip():
                    err("action not lower case " + ln)
                if not (c == "role" or (re.fullmatch(r"\d\d", c) and 1 <= int(c) <= 20)):
                    err("cameo " + ln)
                if (s, a, o) in seen:
                    err("dup triple " + ln)
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
        used = {r["subject"] for r in rels} | {r["object"] for r in rels}
        gold = {"doc": base + ".txt", "entities": ents, "relations": rels}
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as out:
            json.dump(gold, out, indent=2, ensure_ascii=False)
            out.write("\n")
        words = len(full.split())
        if not 300 <= words <= 380:
            err("words %d" % words)
        nact = sum(1 for r in rels if r["cameo"] != "role")
        lone = [e["name"] for e in ents if e["name"] not in used]
        print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} "
              f"({nact} + {len(rels) - nact})  without relations: {', '.join(lone)}")
        totals["entities"] += len(ents)
        totals["relations"] += len(rels)
        totals["actions"] += nact
        totals["roles"] += len(rels) - nact
        totals["words"].append(words)
    print("TOTAL entities", totals["entities"], "relations", totals["relations"],
          "(%d + %d)" % (totals["actions"], totals["roles"]),
          "words %d-%d" % (min(totals["words"] or [0]), max(totals["words"] or [0])))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
