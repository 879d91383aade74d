# usage: python3 addchoicewords.py "label" "word" ...   adds words to every choice with that label (flows/*.yaml) that has a words: list
import sys, glob, re
label, *words = sys.argv[1:]
for f in sorted(glob.glob('flows/*.yaml')):
    s = open(f).read()
    changed = False
    for m in reversed(list(re.finditer(r'\n(\s*)label: ' + re.escape(label) + r'\n', s))):
        ind = m.group(1)
        j = s.find('words: [', m.end())
        nxt = s.find('\n' + ind[:-2] + '- id:', m.end())
        end_choice = min([x for x in [nxt, s.find('\n    other:', m.end()), s.find('\n  - id:', m.end())] if x != -1] or [len(s)])
        if j == -1 or j > end_choice:
            print(f, label, 'has no words: list'); continue
        k = s.find(']', j)
        existing = {w.strip() for w in s[j + 8:k].replace('\n', ' ').split(',')}
        add = [w for w in words if w not in existing]
        if not add: continue
        s = s[:k] + ', ' + ', '.join(add) + s[k:]
        changed = True
        print(f, label, '+', len(add))
    if changed: open(f, 'w').write(s)
