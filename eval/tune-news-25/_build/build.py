#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 25).

Spec lines:  E name|type|alias;alias;...
             R subject|action|cameo|object|evidence fragment (unique to one sentence)
             H headline (first line of the article proper; for web pages the part from the
               headline to the "Share" line is the article, the rest is page furniture)
"""
import glob, json, os, re, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Mr.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "No.", "Gen.", "Lt.", "Col.")


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
    return re.search(r'(?<!\w)' + re.escape(alias) + r'(?!\w)', text) is not None


ok = True
totals = [0, 0, 0]
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    words = len(text.split())

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    lines = [ln.rstrip("\n") for ln in open(spec, encoding="utf-8")]
    heads = [ln[2:] for ln in lines if ln.startswith("H ")]
    if len(heads) != 1:
        err("need exactly one H line")
        continue
    head = heads[0]
    if head not in text.split("\n"):
        err("headline is not a line of the article")
    body = text[text.index(head):]
    if base.endswith("_webpage"):
        share = body.find("\nShare")
        if share < 0:
            err("web page without a Share line")
        else:
            body = body[:share]
    sents = sentences(body)
    if not 300 <= words <= 380:
        err(f"word count {words}")
    ents, rels, names, seen, roles, forms = [], [], {}, set(), set(), {}
    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("H "):
            continue
        kind, rest = ln.split(" ", 1)
        f = rest.split("|")
        if kind == "E":
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if len(set(aliases)) != len(aliases):
                err("alias listed twice " + ln)
            for a in aliases:
                if not whole_word(a, body):
                    err("alias not in the article (as a whole word): " + a)
            if name in names:
                err("dup entity " + name)
            for a in [name] + aliases:
                n = norm(a)
                for other, (otyp, ofs) in forms.items():
                    if n in ofs and {typ, otyp} != {"country", "location"}:
                        err(f"alias {a!r} names both {name} and {other}")
            forms[name] = (typ, {norm(a) for a in [name] + aliases})
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
    json.dump({"doc": base + ".txt", "entities": ents, "relations": rels},
              open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
    nact = sum(1 for r in rels if r["cameo"] != "role")
    print(f"{base}: words {words} entities {len(ents)} relations {len(rels)} ({nact} + {len(rels) - nact})")
    totals[0] += len(ents); totals[1] += len(rels); totals[2] += nact
print("TOTAL entities", totals[0], "relations", totals[1], "actions", totals[2], "roles", totals[1] - totals[2])
print("OK" if ok else "FAILED")
