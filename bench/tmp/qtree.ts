import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { turnPort } from '../../test/support/ports.js';
const doc = parse(readFileSync('test/understand/fresh-set-18.yaml', 'utf8'));
const ats: string[][] = [];
for (const a of doc.answers) if (!ats.some((x) => JSON.stringify(x) === JSON.stringify(a.at))) ats.push(a.at);
const out: unknown[] = [];
for (const at of ats) {
  const p = turnPort();
  let views = await p.start();
  for (const label of at) {
    const b = views.flatMap((v) => v.buttons).find((x) => x.label === label);
    if (!b) throw new Error(`no ${label} in ${JSON.stringify(at)}`);
    views = await p.press(b.value, label);
  }
  const q = [...views].reverse().find((v) => v.buttons.length > 0)!;
  out.push({ at, vraag: views.map((v) => v.text).filter(Boolean).join(' / ').slice(0, 400), knoppen: q.buttons.map((b) => b.label) });
}
writeFileSync('/tmp/wegwijs-questions.yaml', stringify(out));
console.log(out.length);
