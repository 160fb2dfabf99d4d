#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 27).

Spec lines (one item a line, '#' starts a comment):
  H headline                          the headline line; for web pages the article proper runs
                                      from it to the share line, the rest being page furniture
  E name|type|alias;alias;...         an entity
  R subject|action|cameo|object|frag  a relation; frag is a piece of the one sentence that is the
                                      evidence (the whole sentence is written to the gold file)
Run from anywhere: python3 eval/tune-news-27/_build/build.py  (rewrites gold/).
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "St.", "No.", "Gen.", "Lt.", "Col.")


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


def article_proper(text, headline, webpage):
    """The text that is annotated: for a web page, from the headline to the share line."""
    if not webpage:
        return text
    lines = text.split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip() == headline)
    j = next(k for k in range(i, len(lines)) if lines[k].startswith("Share"))
    return "\n".join(lines[i:j])


def main():
    ok = True
    totals = {"entities": 0, "relations": 0, "actions": 0, "roles": 0}
    rows = []
    specs = sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec")))
    if len(specs) != 10:
        print("expected 10 specs, found", len(specs)); ok = False
    for spec in specs:
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        webpage = base.endswith("_webpage")
        ents, rels, names = [], [], {}
        seen, roles, alias_owner = set(), {}, {}
        headline = None

        def err(msg):
            nonlocal ok
            ok = False
            print(base, "ERROR", msg)

        lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
        for ln in lines:
            if ln.startswith("H "):
                headline = ln[2:].strip()
        if headline is None or headline not in text.split("\n"):
            err("headline missing or not a line of the article")
            continue
        proper = article_proper(text, headline, webpage)
        sents = sentences(proper)
        for ln in lines:
            if not ln.strip() or ln.startswith("#") or ln.startswith("H "):
                continue
            kind, rest = ln.split(" ", 1)
            f = [x.strip() for x in rest.split("|")]
            if kind == "E":
                if len(f) != 3:
                    err("bad E line: " + ln); continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type " + ln)
                if name in names:
                    err("entity listed twice: " + name)
                if len(set(aliases)) != len(aliases):
                    err("alias listed twice: " + ln)
                for a in aliases:
                    if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", proper):
                        err("alias not in article proper: %r (%s)" % (a, name))
                for form in {norm(a) for a in aliases + [name]}:
                    other = alias_owner.get(form)
                    if other and other != name:
                        pair = {names.get(other), typ}
                        if pair != {"country", "location"}:
                            err("alias %r names both %s and %s" % (form, other, name))
                    alias_owner.setdefault(form, name)
                names[name] = typ
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad R line: " + ln); continue
                s, a, c, o, frag = f
                if s not in names:
                    err("subject not an entity: " + ln)
                if o not in names:
                    err("object not an entity: " + ln)
                if s == o:
                    err("relation to itself: " + ln)
                if a != a.lower():
                    err("action not lower case: " + ln)
                if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                    err("cameo " + ln)
                if (s, a, o) in seen:
                    err("triple listed twice: " + ln)
                seen.add((s, a, o))
                if c == "role":
                    if (s, o) in roles:
                        err("two roles for one pair: %s / %s" % (roles[(s, o)], ln))
                    roles[(s, o)] = ln
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err("evidence fragment in %d sentences: %s" % (len(hits), frag)); ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line: " + ln)
        words = len(text.split())
        if not 300 <= words <= 380:
            err("word count %d outside 300-380" % words)
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2,
                      ensure_ascii=False)
            fh.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
        totals["entities"] += len(ents); totals["relations"] += len(rels)
        totals["actions"] += nact; totals["roles"] += len(rels) - nact
    for base, w, e, r, a, ro in rows:
        print(f"{base}: words {w} entities {e} relations {r} ({a} + {ro})")
    print("TOTAL entities {entities} relations {relations} ({actions} + {roles})".format(**totals))
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
