#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for held-out set 14).

Spec lines:
  H headline            (web pages only) first line of the article proper
  END text              (web pages only) start of the furniture line that closes the article proper
  E name|type|alias;alias;...
  R subject|action|cameo|object|evidence fragment (must lie in exactly one sentence)
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.",
        "No.", "Gen.", "Lt.", "Col.")


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


def norm(a):
    a = a.lower().replace("\u2019", "'")
    a = re.sub(r"'s\b", "", a)
    a = re.sub(r"[^\w\s]", " ", a)
    return re.sub(r"\s+", " ", a).strip()


def whole_word(alias, text):
    return re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) is not None


ok = True
totals = [0, 0, 0]
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    words = len(full.split())
    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    head = next((ln[2:] for ln in lines if ln.startswith("H ")), None)
    end = next((ln[4:] for ln in lines if ln.startswith("END ")), None)
    proper = full
    if head is not None:
        tl = full.split("\n")
        try:
            i = tl.index(head)
        except ValueError:
            err("headline not found: " + head)
            i = 0
        j = next((k for k in range(i, len(tl)) if end and tl[k].startswith(end)), None)
        if j is None:
            err("end marker not found: " + str(end))
            j = len(tl)
        proper = "\n".join(tl[i:j])
    if not 300 <= words <= 380:
        err("word count %d" % words)
    sents = sentences(proper)
    ents, rels, names, seen, roles = [], [], {}, set(), set()
    alias_owner = {}
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
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            for a in aliases:
                if not whole_word(a, proper):
                    err("alias not in article proper: " + a)
                k = norm(a)
                if k in alias_owner and alias_owner[k][0] != name:
                    other = alias_owner[k]
                    if {other[1], typ} != {"country", "location"}:
                        err("alias %s names %s and %s" % (a, other[0], name))
                alias_owner.setdefault(k, (name, typ))
            if name in names:
                err("dup entity " + name)
            names[name] = typ
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
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("unknown line " + ln)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals[0] += len(ents)
    totals[1] += len(rels)
    totals[2] += nact
print("TOTAL entities", totals[0], "relations", totals[1], "actions", totals[2], "roles", totals[1] - totals[2])
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
