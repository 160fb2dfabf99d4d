#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 34).

Spec lines:
  B headline line            (web pages only: first line of the article proper)
  END start of a line        (web pages only: first furniture line after the article proper)
  E name|type|alias; alias; ...
  R subject|action|cameo|object|evidence fragment (must occur in exactly one sentence)
Lines starting with # are comments.
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
        "St.", "No.", "Gen.", "Lt.", "Col.", "Ltd.")


def norm(text):  # the same normalisation as score.py
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
    return re.search(r"(?<![\w'])" + re.escape(alias) + r"(?!\w)(?!'(?!s\b)\w)", text) is not None


ok = True
totals = [0, 0, 0, 0]
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
    begin = [ln[2:] for ln in lines if ln.startswith("B ")]
    end = [ln[4:] for ln in lines if ln.startswith("END ")]
    text = full
    if begin or end:
        b = full.index(begin[0] + "\n")
        e = full.index("\n" + end[0], b) + 1
        text = full[b:e]
        if not base.endswith("_webpage"):
            print(base, "ERROR furniture markers in a wire article"); ok = False
    elif base.endswith("_webpage"):
        print(base, "ERROR web page without B/END markers"); ok = False
    sents = sentences(text)
    ents, rels, names = [], [], {}
    seen, roles, alias_owner = set(), set(), {}

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("B ") or ln.startswith("END "):
            continue
        kind, rest = ln.split(" ", 1)
        f = [x.strip() for x in rest.split("|")]
        if kind == "E":
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            for a in aliases:
                if not whole_word(a, text):
                    err("alias not in the article proper as a whole word: " + a)
                n = norm(a)
                if n in alias_owner and alias_owner[n] != name:
                    other = alias_owner[n]
                    pair = {typ, names.get(other)}
                    if pair != {"country", "location"}:
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner.setdefault(n, name)
            if name in names:
                err("dup entity " + name)
            names[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            s, a, c, o, frag = f
            if s not in names:
                err("no subject entity " + s)
            if o not in names:
                err("no object entity " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a:
                err("action not lower case " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
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
            rels.append({"subject": s, "action": a, "cameo": c, "object": o, "evidence": ev})
        else:
            err("bad line " + ln)
    words = len(full.split())
    if not 300 <= words <= 380:
        err("word count %d" % words)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as out:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    rows.append((base, words, len(ents), len(rels), nact))
    totals[0] += len(ents); totals[1] += len(rels); totals[2] += nact; totals[3] += 1

for base, words, ne, nr, na in rows:
    print(f"{base}: words {words} entities {ne} relations {nr} ({na} + {nr - na})")
print(f"TOTAL articles {totals[3]} entities {totals[0]} relations {totals[1]} "
      f"({totals[2]} + {totals[1] - totals[2]})")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
