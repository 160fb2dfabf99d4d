#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 28).

Spec lines (one per line, '#' starts a comment):
  H headline            first line of the article proper (web pages: below masthead and navigation)
  END marker            web pages only: the article proper ends where this line starts ("Read more", "Related")
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment (must occur in exactly one sentence of the article)

Checks: every relation's ends are entities of the file; every alias occurs verbatim as a whole word in
the article proper (web pages: headline to teasers, without the share line); types are among the four;
cameo is a root code 01-20 or `role`; actions are lower case; no entity or triple is listed twice; no
(person, entity) pair has two roles; no alias names two entities except a capital that is both a
state's voice (country) and a place (location); each evidence is the one whole sentence of the article
that holds the fragment; each article has 300 to 380 words (whole file, furniture included).
Run from anywhere: python3 eval/tune-news-28/_build/build.py
"""
import glob
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.",
        "No.", "Gen.", "Lt.", "Col.")
TYPES = ("person", "country", "organization", "location")


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
    return re.search(r'(?<![\w])' + re.escape(alias) + r'(?![\w])', text) is not None


ok = True
totals = {"ent": 0, "rel": 0, "act": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    words = len(text.split())
    sents = sentences(text)
    ents, rels, names = [], [], {}
    seen, roles, alias_owner = set(), set(), {}
    headline, end = None, None

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
    for ln in lines:
        if ln.startswith("H "):
            headline = ln[2:]
        elif ln.startswith("END "):
            end = ln[4:]
    proper = text
    if headline is not None:
        if headline not in text:
            err("headline not in text")
        else:
            proper = proper[proper.index(headline):]
    if end is not None:
        if end not in proper:
            err("end marker not in text")
        else:
            proper = proper[:proper.index(end)]
    proper = "\n".join(l for l in proper.split("\n") if not l.startswith("Share"))
    if base.endswith("_webpage") and (headline is None or end is None):
        err("web page needs H and END lines")
    if not 300 <= words <= 380:
        err("word count %d" % words)

    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("H ") or ln.startswith("END "):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            if len(f) != 3:
                err("bad E line " + ln)
                continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            for a in aliases:
                if not whole_word(a, proper):
                    err("alias not in article proper: " + a)
            if name in names:
                err("dup entity " + name)
            names[name] = typ
            for a in set(norm(x) for x in aliases + [name]):
                if a in alias_owner and alias_owner[a] != name:
                    other = alias_owner[a]
                    if {typ, names[other]} != {"country", "location"}:
                        err("alias %r names %s and %s" % (a, other, name))
                alias_owner.setdefault(a, name)
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line " + ln)
                continue
            s, a, c, o, frag = f
            if s not in names:
                err("no subject " + s)
            if o not in names:
                err("no object " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower() or not a.strip():
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
            if not whole_word(frag, proper) and frag not in proper:
                err("evidence outside the article proper: " + frag)
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                  ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    rows.append((base, words, len(ents), len(rels), nact))
    totals["ent"] += len(ents)
    totals["rel"] += len(rels)
    totals["act"] += nact

for base, words, ne, nr, na in rows:
    print(f"{base}: words {words} entities {ne} relations {nr} ({na} + {nr - na})")
print("TOTAL entities", totals["ent"], "relations", totals["rel"], "actions", totals["act"],
      "roles", totals["rel"] - totals["act"])
print("OK" if ok else "FAILED")
