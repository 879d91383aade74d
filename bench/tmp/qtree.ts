import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { turnPort } from '../../test/support/ports.js';
const ats: string[][] = [];
for (const f of readdirSync('test/understand').filter((f) => /antwoorden|midden|fresh-set-1[5-9]/.test(f))) {
  const doc = parse(readFileSync('test/understand/' + f, 'utf8'));
  for (const a of [...(doc.answers ?? []), ...(doc.midflow_other ?? [])]) if (a && Array.isArray(a.at) && !ats.some((x) => JSON.stringify(x) === JSON.stringify(a.at))) ats.push(a.at);
}
const out: unknown[] = [];
for (const at of ats) {
  const p = turnPort();
  let views = await p.start();
  let ok = true;
  for (const label of at) {
    const b = views.flatMap((v) => v.buttons).find((x) => x.label === label);
    if (!b) { ok = false; break; }
    views = await p.press(b.value, label);
  }
  if (!ok) continue;
  const q = [...views].reverse().find((v) => v.buttons.length > 0);
  if (!q) continue;
  out.push({ at, vraag: views.map((v) => v.text).filter(Boolean).join(' / ').slice(0, 400), knoppen: q.buttons.map((b) => b.label) });
}
writeFileSync('/work/incoming/questions.yaml', stringify(out));
console.log(out.length);
