import json, re, sys, glob, os
base = os.path.dirname(os.path.abspath(__file__)) + '/..'
ABBR = ('U.S.', 'U.N.', 'Mr.', 'Gen.', 'Lt.', 'St.', 'Dr.', 'No.', 'Col.')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line: continue
        parts = re.split(r'(?<=[.!?])(?<=[.!?]|["”])\s+(?=["“A-Z])|(?<=[.!?]["”])\s+(?=["“A-Z])', line)
        merged = []
        for p in parts:
            if merged and merged[-1].endswith(ABBR):
                merged[-1] += ' ' + p
            else:
                merged.append(p)
        out.extend(merged)
    return out
TYPES = {'person', 'country', 'organization', 'location'}
names = sys.argv[1:] or [os.path.basename(p)[:-5] for p in sorted(glob.glob(base + '/_build/*.spec'))]
for name in names:
    text = open(f'{base}/articles/{name}.txt').read()
    sents = sentences(text)
    ents, rels, errs = [], [], []
    for ln in open(f'{base}/_build/{name}.spec'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        kind, rest = ln.split(' ', 1)
        f = rest.split('|')
        if kind == 'E':
            n, t, al = f
            al = [a.strip() for a in al.split(';') if a.strip()]
            if t not in TYPES: errs.append('type ' + ln)
            for a in al:
                if a not in text: errs.append('alias not in text: ' + a)
            ents.append({'name': n, 'type': t, 'aliases': al})
        else:
            s, a, c, o, frag = f
            hits = [x for x in sents if frag in x]
            if len(hits) != 1: errs.append(f'evidence hits={len(hits)}: {frag}')
            ev = hits[0] if hits else frag
            rels.append({'subject': s, 'action': a, 'object': o, 'cameo': c, 'evidence': ev})
    en = {e['name'] for e in ents}
    if len(en) != len(ents): errs.append('dup entity')
    seen, roles = set(), set()
    for r in rels:
        for k in ('subject', 'object'):
            if r[k] not in en: errs.append('unknown end ' + r[k])
        if not (r['cameo'] == 'role' or re.fullmatch(r'(0[1-9]|1[0-9]|20)', r['cameo'])): errs.append('cameo ' + str(r))
        t = (r['subject'], r['action'], r['object'])
        if t in seen: errs.append('dup ' + str(t))
        seen.add(t)
        if r['cameo'] == 'role':
            p = (r['subject'], r['object'])
            if p in roles: errs.append('two roles ' + str(p))
            roles.add(p)
        if r['evidence'] not in text: errs.append('evidence not verbatim')
    used = {r['subject'] for r in rels} | {r['object'] for r in rels}
    json.dump({'doc': name + '.txt', 'entities': ents, 'relations': rels}, open(f'{base}/gold/{name}.json', 'w'), indent=2, ensure_ascii=False)
    na = sum(r['cameo'] != 'role' for r in rels)
    print(f'{name}: words={len(text.split())} ents={len(ents)} rels={len(rels)} ({na}+{len(rels)-na}) unused={sorted(en-used)}')
    for e in errs: print('  ERR', e)
