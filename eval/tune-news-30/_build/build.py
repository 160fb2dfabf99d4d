#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 30).

Spec lines (one item a line, `#` starts a comment):
  H <headline>                 first line of the article proper (the headline)
  END <marker>                 web pages only: the article proper stops before the first line
                               that starts with this marker (the share buttons); nothing after it
                               (teasers, comments) may give an alias or an evidence sentence
  E name|type|alias; alias; ...
  R subject|action|cameo|object|evidence fragment (a unique piece of one sentence)

Checks: every relation's ends are entities of the file; every alias occurs verbatim as a whole
word in the article proper; types are among the four; cameo is a root code 01-20 or `role`;
actions are lower case; no entity or triple is listed twice; no (subject, entity) pair has two
roles; no alias names two entities except a capital that is both a state's voice (country) and a
place (location); each evidence is the one whole sentence of the article proper that holds the
fragment; each article has 300 to 380 words (whole file, web pages with their furniture).
Run from anywhere: python3 eval/tune-news-30/_build/build.py
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "St.", "No.")


def norm(text):
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
            if any(pre.endswith(a) for a in ABBR) or re.search(r"\b[A-Z]\.$", pre):
                continue
            out.append(para[start:m.start()])
            start = m.end()
        out.append(para[start:])
    return out


def whole_word(alias, text):
    return re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) is not None


ok = True
totals = {"entities": 0, "relations": 0, "actions": 0, "roles": 0}
specs = sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec")))
if not specs:
    sys.exit("no spec files")
for spec in specs:
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    errors = []

    def err(msg):
        errors.append(msg)

    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    head = [ln[2:] for ln in lines if ln.startswith("H ")]
    end = [ln[4:] for ln in lines if ln.startswith("END ")]
    if len(head) != 1:
        err("need exactly one H line")
        proper = full
    else:
        i = full.find(head[0] + "\n")
        if i < 0:
            err("headline not found: " + head[0])
            i = 0
        proper = full[i:]
    if end:
        j = proper.find("\n" + end[0])
        if j < 0:
            err("END marker not found: " + end[0])
        else:
            proper = proper[:j]
    elif base.endswith("_webpage"):
        err("web page without END marker")
    sents = sentences(proper)
    ents, rels, types, seen, roles, owner = [], [], {}, set(), set(), {}
    for ln in lines:
        kind, _, rest = ln.partition(" ")
        if kind in ("H", "END"):
            continue
        f = [x.strip() for x in rest.split("|")]
        if kind == "E":
            if len(f) != 3:
                err("bad E line: " + ln)
                continue
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type: " + ln)
            if name in types:
                err("entity twice: " + name)
            types[name] = typ
            for a in aliases:
                if not whole_word(a, proper):
                    err("alias not in article proper: %s (%s)" % (a, name))
            for n in {norm(a) for a in aliases + [name]}:
                other = owner.get(n)
                if other and other != name and {typ, types[other]} != {"country", "location"}:
                    err("alias %r names %s and %s" % (n, other, name))
                owner.setdefault(n, name)
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            if len(f) != 5:
                err("bad R line: " + ln)
                continue
            s, a, c, o, frag = f
            if s not in types:
                err("no subject entity: " + ln)
            if o not in types:
                err("no object entity: " + ln)
            if s == o:
                err("self relation: " + ln)
            if a != a.lower():
                err("action not lower case: " + ln)
            if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                err("cameo: " + ln)
            if (s, a, o) in seen:
                err("triple twice: " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles:
                    err("two roles for one pair: " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence fragment in %d sentences: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line: " + ln)
    words = len(full.split())
    if not 300 <= words <= 380:
        err("word count %d outside 300-380" % words)
    unused = [e["name"] for e in ents if not any(e["name"] in (r["subject"], r["object"]) for r in rels)]
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})"
          f"  without relations: {', '.join(unused) or '-'}")
    for e in errors:
        print("   ERROR", e)
    ok = ok and not errors
    totals["entities"] += len(ents)
    totals["relations"] += len(rels)
    totals["actions"] += nact
    totals["roles"] += len(rels) - nact
print("TOTAL entities {entities} relations {relations} ({actions} + {roles})".format(**totals))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
