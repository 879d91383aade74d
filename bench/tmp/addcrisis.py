# usage: ROUND="comment" python3 addcrisis.py FILE section[.sub] "pattern"...   (section under crisis:)
import sys, os, re
f, sec, *pats = sys.argv[1:]
L = open(f).read().split('\n')
start = L.index('crisis:')
path = sec.split('.')
i = start; ind = 0
for name in path:
    ind += 2
    j = i + 1
    while not (L[j].startswith(' ' * ind + name + ':') and not L[j].startswith(' ' * (ind + 1))):
        j += 1
    i = j
# end of section: next non-blank, non-comment line with indent <= ind
k = i + 1
while k < len(L):
    s = L[k]
    if s.strip() and not s.strip().startswith('#') and (len(s) - len(s.lstrip())) <= ind:
        break
    k += 1
# back up over trailing blank/comment lines that belong to the next section
while L[k - 1].strip() == '' or (L[k-1].strip().startswith('#') and (len(L[k-1]) - len(L[k-1].lstrip())) <= ind):
    k -= 1
item = ' ' * (ind + 2)
m = re.match(r'^(\s*)- ', L[k - 1])
if m: item = m.group(1)
new = []
if os.environ.get('ROUND'): new.append(item + '# ' + os.environ['ROUND'])
for p in pats:
    q = p if re.match(r'^[\w\u0080-\uffff/ .\']+$', p) and not p.startswith('.') else '"' + p.replace('"', '\\"') + '"'
    new.append(item + '- ' + q)
L[k:k] = new
open(f, 'w').write('\n'.join(L))
print('inserted', len(new), 'at line', k + 1)
