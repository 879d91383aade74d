# usage: [ROUND="comment"] python3 addwords.py FILE leefgebied woorden|patronen|zwakke_woorden "item"...
import sys, os, re
f, flow, kind, *items = sys.argv[1:]
L = open(f).read().split('\n')
start = L.index('leefgebieden:') if 'leefgebieden:' in L else 0
i = next(j for j in range(start, len(L)) if L[j] == f'  {flow}:')
j = next(k for k in range(i + 1, len(L)) if L[k] == f'    {kind}:')
k = j + 1
while k < len(L) and (L[k].startswith('      ') or L[k].strip() == '' or L[k].startswith('      #')):
    k += 1
while L[k - 1].strip() == '': k -= 1
existing = {l.strip()[2:].strip('"') for l in L[j + 1:k] if l.strip().startswith('- ')}
new = []
if os.environ.get('ROUND'): new.append('      # ' + os.environ['ROUND'])
for it in items:
    if it in existing: print('exists:', it); continue
    q = it if re.match(r"^[\w\u00c0-\u024f/ .'-]+$", it) and not it.startswith('.') else '"' + it.replace('"', '\\"') + '"'
    new.append('      - ' + q)
if len(new) > (1 if os.environ.get('ROUND') else 0):
    L[k:k] = new
    open(f, 'w').write('\n'.join(L))
print('added', len(new), 'to', flow, kind, 'at', k + 1)
