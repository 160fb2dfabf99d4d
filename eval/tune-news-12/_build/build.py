#!/usr/bin/env python3
"""Build gold JSON from compact specs: E name|type|alias;alias  /  R subject|action|cameo|object|fragment"""
import json, os, re, sys, glob
D = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(D)
ABBR = ('U.S.', 'U.N.', 'Gen.', 'Lt.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'No.', 'Col.')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line: continue
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\']?\s+(?=[A-Z"\u201c(])', line):
            chunk = line[start:m.end()].rstrip()
            if any(chunk.endswith(a) for a in ABBR): continue
            out.append(chunk); start = m.end()
        out.append(line[start:].strip())
    return out
ok = True
for spec in sorted(glob.glob(os.path.join(D, '*.spec'))):
    base = os.path.basename(spec)[:-5]
    text = open(os.path.join(ROOT, 'articles', base + '.txt')).read()
    sents = sentences(text)
    ents, rels, seen, roles = [], [], set(), set()
    names = {}
    for ln in open(spec):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        kind, rest = ln.split(' ', 1)
        f = rest.split('|')
        if kind == 'E':
            name, typ, al = f
            als = [a.strip() for a in al.split(';') if a.strip()]
            assert typ in ('person','country','organization','location'), ln
            for a in als:
                if a not in text: print(base, 'ALIAS NOT IN TEXT:', a); ok = False
            assert name not in names, ('dup entity', name)
            names[name] = 1
            ents.append({'name': name, 'type': typ, 'aliases': als})
        else:
            s, act, cam, o, frag = f
            for x in (s, o):
                if x not in names: print(base, 'UNKNOWN ENTITY:', x, '|', ln); ok = False
            assert cam == 'role' or re.fullmatch(r'(0[1-9]|1[0-9]|20)', cam), ln
            key = (s, act, o)
            if key in seen: print(base, 'DUP TRIPLE', key); ok = False
            seen.add(key)
            if cam == 'role':
                if (s, o) in roles: print(base, 'TWO ROLES', s, o); ok = False
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            if not hits: print(base, 'FRAGMENT NOT FOUND:', frag); ok = False; continue
            ev = hits[0]
            assert ev in text
            rels.append({'subject': s, 'action': act, 'object': o, 'cameo': cam, 'evidence': ev})
    json.dump({'doc': base + '.txt', 'entities': ents, 'relations': rels},
              open(os.path.join(ROOT, 'gold', base + '.json'), 'w'), indent=2, ensure_ascii=False)
    words = len(text.split())
    na = sum(r['cameo'] != 'role' for r in rels)
    print(f'{base}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})')
# node-link self-check
nodes, edges, i = [], [], 0
for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
    d = json.load(open(g)); ids = {}
    for e in d['entities']:
        ids[e['name']] = i; nodes.append({'id': i, 'name': e['name'], 'type': e['type'], 'aliases': e['aliases'], 'documents': [d['doc']]}); i += 1
    for r in d['relations']:
        edges.append({'source': ids[r['subject']], 'target': ids[r['object']], 'action': r['action'], 'cameo': r['cameo'], 'document': d['doc']})
json.dump({'nodes': nodes, 'edges': edges}, open('/tmp/tune12_self.json', 'w'))
print('OK' if ok else 'PROBLEMS')
