import json, re, sys, glob, os
base = os.path.dirname(os.path.abspath(__file__)) + '/..'
ABBR = ('U.S.', 'U.N.', 'Mr.', 'Gen.', 'Lt.', 'Col.', 'Dr.', 'St.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line: continue
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\']?\s+(?=["\u201c]?[A-Z])', line):
            chunk = line[start:m.end()].rstrip()
            if any(chunk.endswith(a) for a in ABBR) or re.search(r'\b[A-Z]\.$', chunk):
                continue
            out.append(chunk); start = m.end()
        out.append(line[start:].rstrip())
    return out
tot_e = tot_r = 0; graph = {'nodes': [], 'links': []}
for spec in sorted(glob.glob(base + '/_build/*.spec')):
    stem = os.path.basename(spec)[:-5]
    art = open(f'{base}/articles/{stem}.txt').read()
    sents = sentences(art)
    ents, rels, names, roles, triples = [], [], {}, set(), set()
    for ln in open(spec):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        kind, rest = ln[0], ln[2:]
        if kind == 'E':
            name, typ, al = rest.split('|')
            aliases = [a.strip() for a in al.split(';') if a.strip()]
            assert typ in ('person', 'country', 'organization', 'location'), ln
            assert name not in names, ('dup entity', name)
            for a in aliases:
                assert a in art, (stem, 'alias not in text', a)
            names[name] = typ
            ents.append({'name': name, 'type': typ, 'aliases': aliases})
        elif kind == 'R':
            s, act, cam, o, frag = rest.split('|')
            assert s in names and o in names, (stem, 'unknown end', ln)
            assert cam == 'role' or re.fullmatch(r'(0[1-9]|1[0-9]|20)', cam), ln
            key = (s, act, o)
            assert key not in triples, (stem, 'dup triple', key)
            triples.add(key)
            if cam == 'role':
                assert (s, o) not in roles, (stem, 'two roles', s, o)
                roles.add((s, o))
            hits = [x for x in sents if frag in x]
            assert len(hits) == 1, (stem, 'evidence hits', len(hits), frag)
            rels.append({'subject': s, 'action': act, 'cameo': cam, 'object': o, 'evidence': hits[0]})
    json.dump({'doc': stem + '.txt', 'entities': ents, 'relations': rels},
              open(f'{base}/gold/{stem}.json', 'w'), indent=2, ensure_ascii=False)
    words = len(art.split())
    na = sum(1 for r in rels if r['cameo'] != 'role')
    print(f'{stem}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})')
    tot_e += len(ents); tot_r += len(rels)
    ids = {}
    for e in ents:
        i = f'{stem}:{e["name"]}'; ids[e['name']] = i
        graph['nodes'].append({'id': i, 'name': e['name'], 'type': e['type'], 'aliases': e['aliases'], 'documents': [stem + '.txt']})
    for r in rels:
        graph['links'].append({'source': ids[r['subject']], 'target': ids[r['object']], 'action': r['action'], 'cameo': r['cameo'], 'document': stem + '.txt'})
print('total entities', tot_e, 'relations', tot_r)
json.dump(graph, open('/tmp/tune15_self.json', 'w'))
