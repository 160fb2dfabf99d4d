import json, re, sys, os, glob
base = os.path.dirname(os.path.abspath(__file__)) + '/..'
ABBR = ('U.S.', 'U.N.', 'Mr.', 'Mrs.', 'Gen.', 'Lt.', 'Col.', 'Dr.', 'St.', 'No.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.')
def sentences(text):
    out = []
    for line in text.split('\n'):
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\']?\s+(?=["\u201c]?[A-Z0-9])', line):
            seg = line[start:m.end()]
            if any(seg.rstrip().endswith(a) for a in ABBR) or re.search(r'(^|[\s.])[A-Z]\.$', seg.rstrip()):
                continue
            out.append(line[start:m.end()].strip()); start = m.end()
        if line[start:].strip(): out.append(line[start:].strip())
    return out
ok = True
for spec in sorted(glob.glob(base + '/_build/*.spec')):
    stem = os.path.basename(spec)[:-5]
    text = open(f'{base}/articles/{stem}.txt').read()
    sents = sentences(text)
    ents, rels, names, seen, roles = [], [], set(), set(), set()
    for ln in open(spec):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        kind, rest = ln.split(' ', 1)
        f = [x.strip() for x in rest.split('|')]
        if kind == 'E':
            name, typ = f[0], f[1]
            al = [a.strip() for a in f[2].split(';')] if len(f) > 2 and f[2] else [name]
            assert typ in ('person','country','organization','location'), ln
            for a in al:
                if a not in text: print(stem, 'ALIAS MISSING', a); ok = False
            if name in names: print(stem, 'DUP ENTITY', name); ok = False
            names.add(name); ents.append({'name': name, 'type': typ, 'aliases': al})
        else:
            s, act, cam, o, frag = f
            for x in (s, o):
                if x not in names: print(stem, 'UNKNOWN END', x, '|', ln); ok = False
            assert cam == 'role' or (len(cam) == 2 and 1 <= int(cam) <= 20), ln
            if (s, act, o) in seen: print(stem, 'DUP TRIPLE', ln); ok = False
            seen.add((s, act, o))
            if cam == 'role':
                if (s, o) in roles: print(stem, 'DUP ROLE', ln); ok = False
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: print(stem, 'EVIDENCE', len(hits), frag); ok = False; continue
            rels.append({'subject': s, 'action': act, 'object': o, 'cameo': cam, 'evidence': hits[0]})
    words = len(text.split())
    na = sum(1 for r in rels if r['cameo'] != 'role')
    print(f'{stem}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})')
    json.dump({'doc': stem + '.txt', 'entities': ents, 'relations': rels}, open(f'{base}/gold/{stem}.json', 'w'), indent=2, ensure_ascii=False)
print('OK' if ok else 'PROBLEMS')
