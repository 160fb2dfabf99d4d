import json, glob, os
nodes, edges = [], []
for f in sorted(glob.glob('/work/wt/tune13/gold/*.json')):
    g = json.load(open(f)); ids = {}
    for e in g['entities']:
        i = len(nodes); ids[e['name']] = i
        nodes.append({'id': i, 'name': e['name'], 'type': e['type'], 'aliases': e['aliases'], 'documents': [g['doc']]})
    for r in g['relations']:
        edges.append({'source': ids[r['subject']], 'target': ids[r['object']], 'action': r['action'], 'cameo': r['cameo'], 'document': g['doc']})
json.dump({'nodes': nodes, 'edges': edges}, open('/tmp/tune13_self.json', 'w'))
