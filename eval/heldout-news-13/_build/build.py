#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 13).

Spec lines:
  H headline                      the article's headline line (start of the article proper)
  E name|type|alias;alias;...     an entity
  R subject|action|cameo|object|evidence fragment
Lines starting with # are comments.

Checks: every relation's ends are entities of the file; every alias occurs verbatim as a whole
word in the article proper (for web pages, from the headline to the line before the share
buttons, so that no alias comes from the page furniture); types are among the four; cameo is a
root code 01-20 or `role`; actions are lower case; no entity or triple is listed twice; no
(person, entity) pair has two roles; no alias names two entities except a capital that is both a
state's voice and a place (a country and a location); each evidence fragment lies in exactly one
sentence of the article proper and the evidence written is that whole sentence; each article has
300 to 380 words (whole file, furniture included).
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


def proper(text, headline, webpage):
    """The article proper: from the headline on; for web pages up to the share buttons."""
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip() == headline.strip()]
    if len(idx) != 1:
        raise SystemExit("headline not found once: " + headline)
    lines = lines[idx[0]:]
    if webpage:
        end = [i for i, ln in enumerate(lines) if ln.startswith("Share")]
        if len(end) != 1:
            raise SystemExit("share line not found once")
        lines = lines[:end[0]]
    return "\n".join(lines)


def occurs(alias, text):
    return re.search(r'(?<!\w)' + re.escape(alias) + r'(?!\w)', text) is not None


def main():
    ok = True
    totals = [0, 0, 0]
    rows = []
    for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
        base = os.path.basename(spec)[:-5]
        text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
        ents, rels, names = [], [], {}
        seen, roles, alias_owner = set(), set(), {}
        headline = None
        errors = []

        def err(msg):
            errors.append(msg)

        lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
        for ln in lines:
            if ln.startswith("H "):
                headline = ln[2:]
        if headline is None:
            raise SystemExit(base + ": no H line")
        body = proper(text, headline, base.endswith("_webpage"))
        sents = sentences(body)
        for ln in lines:
            if not ln.strip() or ln.startswith("#") or ln.startswith("H "):
                continue
            kind, rest = ln.split(" ", 1)
            f = rest.split("|")
            if kind == "E":
                if len(f) != 3:
                    err("bad entity line: " + ln); continue
                name, typ, al = f
                aliases = [a.strip() for a in al.split(";") if a.strip()]
                if typ not in TYPES:
                    err("type " + ln)
                if name in names:
                    err("dup entity " + name)
                names[name] = typ
                for a in aliases:
                    if not occurs(a, body):
                        err("alias not in article proper: " + a)
                    key = a.lower()
                    if key in alias_owner and alias_owner[key] != name:
                        other = alias_owner[key]
                        if {names[other], typ} != {"country", "location"}:
                            err("alias names two entities: %s (%s, %s)" % (a, other, name))
                    alias_owner.setdefault(key, name)
                ents.append({"name": name, "type": typ, "aliases": aliases})
            elif kind == "R":
                if len(f) != 5:
                    err("bad relation line: " + ln); continue
                s, a, c, o, frag = f
                if s not in names:
                    err("no subject entity: " + s)
                if o not in names:
                    err("no object entity: " + o)
                if s == o:
                    err("self relation: " + ln)
                if a != a.lower() or a != a.strip() or not a:
                    err("action not lower case: " + a)
                if not (c == "role" or (len(c) == 2 and c.isdigit() and 1 <= int(c) <= 20)):
                    err("cameo " + ln)
                if (s, a, o) in seen:
                    err("dup triple " + ln)
                seen.add((s, a, o))
                if c == "role":
                    if (s, o) in roles:
                        err("two roles for one pair: " + ln)
                    roles.add((s, o))
                hits = [x for x in sents if frag in x]
                if len(hits) != 1:
                    err("evidence in %d sentences: %s" % (len(hits), frag))
                    ev = frag
                else:
                    ev = hits[0]
                rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
            else:
                err("unknown line: " + ln)
        words = len(text.split())
        if not 300 <= words <= 380:
            err("word count %d" % words)
        for e in errors:
            ok = False
            print(base, "ERROR", e)
        with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh,
                      indent=2, ensure_ascii=False)
            fh.write("\n")
        nact = sum(1 for r in rels if r["cameo"] != "role")
        rows.append((base, words, len(ents), len(rels), nact))
        totals[0] += len(ents); totals[1] += len(rels); totals[2] += nact
    for base, words, ne, nr, na in rows:
        print(f"{base}: words {words} entities {ne} relations {nr} ({na} + {nr - na})")
    print("TOTAL entities", totals[0], "relations", totals[1], "actions", totals[2],
          "roles", totals[1] - totals[2])
    print("OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
