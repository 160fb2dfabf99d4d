#!/usr/bin/env python3
"""Turn _build/*.spec into gold/*.json and check them (written for tuning set 29).

Spec lines:  B first line of the article proper|first line after it   (web pages only)
             E name|type|alias;alias;...
             R subject|action|cameo|object|evidence fragment
"""
import glob, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("person", "country", "organization", "location")
ABBR = ("U.S.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Gen.", "Col.", "Mr.", "Dr.", "St.", "No.")


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
    return re.search(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text) is not None


ok = True
tot = {"ent": 0, "act": 0, "role": 0}
rows = []
for spec in sorted(glob.glob(os.path.join(ROOT, "_build", "*.spec"))):
    base = os.path.basename(spec)[:-5]
    full = open(os.path.join(ROOT, "articles", base + ".txt"), encoding="utf-8").read()
    lines = [l.rstrip("\n") for l in open(spec, encoding="utf-8")]

    def err(msg):
        global ok
        ok = False
        print(base, "ERROR", msg)

    proper = full
    for ln in lines:
        if ln.startswith("B "):
            first, after = ln[2:].split("|")
            i, j = full.index(first), full.index(after)
            if not i < j:
                err("bad B range")
            proper = full[i:j]
    if base.endswith("_webpage") and proper is full:
        err("web page without B range")
    sents = sentences(proper)
    ents, rels, types, seen, roles, owner = [], [], {}, set(), set(), {}
    for ln in lines:
        if not ln.strip() or ln.startswith("#") or ln.startswith("B "):
            continue
        kind, rest = ln.split(" ", 1)
        f = [x.strip() for x in rest.split("|")]
        if kind == "E":
            name, typ, al = f
            aliases = [a.strip() for a in al.split(";") if a.strip()]
            if typ not in TYPES:
                err("type " + ln)
            if name in types:
                err("entity listed twice " + name)
            for a in aliases:
                if not whole_word(a, proper):
                    err("alias not in article proper: " + a)
            if len(set(aliases)) != len(aliases):
                err("alias repeated " + name)
            for a in set(norm(x) for x in aliases + [name]):
                if a in owner and owner[a] != name:
                    pair = {types[owner[a]], typ}
                    if pair != {"country", "location"}:
                        err(f"alias '{a}' names {owner[a]} and {name}")
                owner.setdefault(a, name)
            types[name] = typ
            ents.append({"name": name, "type": typ, "aliases": aliases})
        elif kind == "R":
            s, a, c, o, frag = f
            if s not in types:
                err("no subject entity " + s)
            if o not in types:
                err("no object entity " + o)
            if s == o:
                err("self relation " + ln)
            if a != a.lower():
                err("action not lower case " + ln)
            if not (c == "role" or (re.fullmatch(r"\d\d", c) and 1 <= int(c) <= 20)):
                err("cameo " + ln)
            if (s, a, o) in seen:
                err("triple listed twice " + ln)
            seen.add((s, a, o))
            if c == "role":
                if (s, o) in roles:
                    err("two roles " + ln)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1:
                err("evidence %d sentences: %s" % (len(hits), frag))
                ev = frag
            else:
                ev = hits[0]
            rels.append({"subject": s, "action": a, "object": o, "cameo": c, "evidence": ev})
        else:
            err("bad line " + ln)
    words = len(full.split())
    if not 300 <= words <= 380:
        err("words %d" % words)
    with open(os.path.join(ROOT, "gold", base + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": base + ".txt", "entities": ents, "relations": rels}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    nact = sum(1 for r in rels if r["cameo"] != "role")
    rows.append((base, words, len(ents), len(rels), nact, len(rels) - nact))
    tot["ent"] += len(ents); tot["act"] += nact; tot["role"] += len(rels) - nact

for b, w, e, r, a, ro in rows:
    print(f"{b}: words {w} entities {e} relations {r} ({a} + {ro})")
print(f"TOTAL entities {tot['ent']} relations {tot['act'] + tot['role']} ({tot['act']} + {tot['role']})")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
