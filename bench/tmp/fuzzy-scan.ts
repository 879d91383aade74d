// Lists frequent Dutch words of the dev lists that routing reads only by spelling tolerance
// (fuzzy) as a synonym of another word: candidates for gewone_woorden. usage: npx tsx bench/tmp/fuzzy-scan.ts [minCount]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { createUnderstanding } from '../../bot/understand/understanding.js';
const min = Number(process.argv[2] ?? 5);
const dir = join(process.cwd(), 'test', 'understand');
const count = new Map<string, number>();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml') && /nl|antwoorden|midden|gevaar|danger|carer/.test(f))) {
  const text = readFileSync(join(dir, f), 'utf8');
  if (text.slice(0, 600).includes('Niet op afstemmen')) continue;
  for (const w of text.toLowerCase().match(/[a-zà-ÿ]{3,}/g) ?? []) count.set(w, (count.get(w) ?? 0) + 1);
}
const u = createUnderstanding(loadUnderstanding(process.cwd()));
const rows: [number, string, string][] = [];
for (const [w, n] of count) {
  if (n < min) continue;
  const r = u.route(w, { crisis: false, explain: true });
  const fz = (r.explain ?? []).filter((e) => e.fuzzy && e.word === w && r.lang === 'nl');
  if (fz.length) rows.push([n, w, fz.map((e) => `${e.synonym} (${e.flow})`).join(', ')]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [n, w, s] of rows) console.log(String(n).padStart(5), w.padEnd(16), s);
