import json, re, sys, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {'Mr','Mrs','Ms','Dr','Gen','Lt','Col','Jan','Feb','Aug','Sept','Oct','Nov','Dec','St','No','Sgt','Capt','Maj','Rev','Jr'}
def boundaries(text):
    b = set()
    for m in re.finditer(r'\n', text): b.add(m.end())
    for m in re.finditer(r'[.?!]["\u201d\']?(?=\s+["\u201c]?[A-Z0-9])', text):
        i = m.start()
        if text[i] == '.':
            w = re.search(r'(\S+)$', text[:i])
            word = w.group(1) if w else ''
            if word.strip('(') in ABBR or re.fullmatch(r'(?:[A-Z]\.)*[A-Z]', word): continue
        j = m.end()
        while j < len(text) and text[j] in ' \t': j += 1
        b.add(j)
    return sorted(b)
def sentence(text, frag, bs):
    i = text.find(frag)
    if i < 0: raise SystemExit('fragment not found: %r' % frag)
    if text.find(frag, i+1) >= 0: print('  warning: fragment twice: %r' % frag)
    s = max([x for x in bs if x <= i] + [0])
    e = min([x for x in bs if x >= i + len(frag)] + [len(text)])
    return text[s:e].strip()
def build(stem):
    text = open(f'{BASE}/articles/{stem}.txt').read()
    bs = boundaries(text)
    ents, rels, names = [], [], {}
    for line in open(f'{BASE}/_build/{stem}.spec'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        k, rest = line.split(' ', 1)
        p = rest.split('|')
        if k == 'E':
            name, typ = p[0].strip(), p[1].strip()
            al = [a.strip() for a in p[2].split(';') if a.strip()] if len(p) > 2 else []
            if re.search(r'(?<!\w)' + re.escape(name) + r'(?!\w)', text) and name not in al: al.insert(0, name)
            for a in al:
                if a not in text: raise SystemExit(f'{stem}: alias not in text: {a}')
            assert typ in ('person','country','organization','location'), typ
            assert name not in names, name
            names[name] = 1
            ents.append({'name': name, 'type': typ, 'aliases': al})
        elif k == 'R':
            s, a, c, o, f = [x.strip() for x in p[:5]]
            for x in (s, o):
                if x not in names: raise SystemExit(f'{stem}: unknown entity {x}')
            assert c == 'role' or (len(c) == 2 and 1 <= int(c) <= 20), c
            rels.append({'subject': s, 'action': a, 'cameo': c, 'object': o, 'evidence': sentence(text, f, bs)})
    trip = [(r['subject'], r['action'], r['object']) for r in rels]
    dup = {t for t in trip if trip.count(t) > 1}
    if dup: raise SystemExit(f'{stem}: duplicate {dup}')
    roles = [(r['subject'], r['object']) for r in rels if r['cameo'] == 'role']
    dr = {t for t in roles if roles.count(t) > 1}
    if dr: raise SystemExit(f'{stem}: two roles {dr}')
    json.dump({'doc': stem + '.txt', 'entities': ents, 'relations': rels}, open(f'{BASE}/gold/{stem}.json', 'w'), indent=2, ensure_ascii=False)
    na = sum(r['cameo'] != 'role' for r in rels)
    print(f'{stem}: words {len(text.split())} entities {len(ents)} relations {len(rels)} ({na} + {len(rels)-na})')
    if '-v' in sys.argv:
        for r in rels: print('   ', r['subject'], '|', r['action'], r['cameo'], '|', r['object'], '::', r['evidence'][:110])
for stem in [a for a in sys.argv[1:] if a != '-v']: build(stem)
