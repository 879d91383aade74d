# addabout.py flow/step/choice "about-list"  -- sets `about:` on a choice in flows/<flow>.yaml (e.g. "[]" or "[ondersteuning]")
import sys, re
for spec, about in zip(sys.argv[1::2], sys.argv[2::2]):
    flow, step, choice = spec.split('/')
    p = f'flows/{flow}.yaml'
    lines = open(p).read().split('\n')
    i = next(k for k, l in enumerate(lines) if re.match(r'\s*- id: ' + re.escape(step) + r'\s*$', l) and 'kind: question' in lines[k+1])
    j = next(k for k in range(i + 1, len(lines)) if re.match(r'\s*- id: ' + re.escape(choice) + r'\s*$', lines[k]))
    ind = len(lines[j]) - len(lines[j].lstrip()) + 2
    k = j + 1
    while k < len(lines) and (len(lines[k]) - len(lines[k].lstrip()) >= ind and lines[k].strip()):
        if lines[k].strip().startswith('about:'): lines.pop(k); continue
        k += 1
    lines.insert(k, ' ' * ind + 'about: ' + about)
    open(p, 'w').write('\n'.join(lines))
