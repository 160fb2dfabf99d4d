import json, re, sys, os
B = os.path.dirname(os.path.abspath(__file__)); R = os.path.dirname(B)
ABBR = ('U.S.', 'U.N.', 'Gen.', 'Lt.', 'Col.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'No.')
def sentences(text):
    out = []
    for para in text.split('\n'):
        para = para.strip()
        if not para: continue
        start = 0
        for m in re.finditer(r'[.!?]["\u201d]?\s+(?=["\u201c]?[A-Z])', para):
            chunk = para[start:m.start()+1]
            if any(chunk.endswith(a) for a in ABBR): continue
            end = m.end()
            out.append(para[start:end].strip()); start = end
        out.append(para[start:].strip())
    return out
def build(name):
    text = open(f'{R}/articles/{name}.txt').read()
    sents = sentences(text)
    ents, rels, errs = [], [], []
    names = {}
    for ln in open(f'{B}/{name}.spec'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p = ln.split('|')
        if p[0] == 'E':
            n, t, al = p[1], p[2], [a for a in p[3].split(';') if a]
            if t not in ('person','country','organization','location'): errs.append('type '+ln)
            for a in al:
                if a not in text: errs.append(f'alias not in text: {a}')
            if n in names: errs.append('dup entity '+n)
            names[n] = 1; ents.append({'name': n, 'type': t, 'aliases': al})
        elif p[0] == 'R':
            s, a, c, o, frag = p[1], p[2], p[3], p[4], p[5]
            for x in (s, o):
                if x not in names: errs.append(f'unknown entity {x} in {ln}')
            if not (c == 'role' or re.fullmatch(r'(0[1-9]|1[0-9]|20)', c)): errs.append('cameo '+ln)
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: errs.append(f'fragment hits {len(hits)}: {frag}'); hits = hits[:1] or ['']
            rels.append({'subject': s, 'action': a, 'object': o, 'cameo': c, 'evidence': hits[0]})
    seen = set(); roles = set()
    for r in rels:
        k = (r['subject'], r['action'], r['object'])
        if k in seen: errs.append('dup triple %s' % (k,))
        seen.add(k)
        if r['cameo'] == 'role':
            if (r['subject'], r['object']) in roles: errs.append('two roles %s %s' % (r['subject'], r['object']))
            roles.add((r['subject'], r['object']))
        if r['evidence'] and r['evidence'] not in text: errs.append('evidence not verbatim')
    json.dump({'doc': name + '.txt', 'entities': ents, 'relations': rels}, open(f'{R}/gold/{name}.json', 'w'), indent=2, ensure_ascii=False)
    na = sum(r['cameo'] != 'role' for r in rels)
    words = len(text.split())
    print(f'{name}: words {words} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})')
    for e in errs: print('  ERR', e)
for n in sys.argv[1:]: build(n)
