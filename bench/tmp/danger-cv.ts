// Leave-one-list-out check of asking "Is er nu gevaar?" also when one sentence (of four words or
// more) of a longer message scores at least a threshold (tried on 4 December, not kept: see
// docs/routing.md): for each named dev list, a danger model trained without it scores its dangers
// and ordinary messages, whole and per sentence, at each threshold in `ts` (Infinity: whole only).
// usage: npx tsx bench/tmp/danger-cv.ts gevaar-38 gevaar-39 ...
import { join } from 'node:path';
import { trainingExamples } from '../../bot/cli/model-training.js';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { createUnderstanding } from '../../bot/understand/understanding.js';
import { trainDangerModel, dangerScore } from '../../bot/understand/danger-model.js';
import { DEFAULTS } from '../../bot/understand/defaults.js';
import { SENTENCE_END } from '../../bot/understand/clauses.js';
import { words } from '../../bot/understand/normalise.js';
const names = process.argv.slice(2);
const { examples } = trainingExamples(join(process.cwd(), 'test', 'understand'));
const base = loadUnderstanding(process.cwd());
const { dangerModel: _d, ...noModel } = base;
const u = createUnderstanding(noModel as typeof base);
const ts = [Infinity, 0.99, 0.97, 0.95, 0.9, 0.8];
const tot = { d: 0, o: 0, dc: new Map<number, number>(), oa: new Map<number, number>() };
const sentences = (t: string) => { const p = t.split(SENTENCE_END).map((x) => x.trim()); return p.length < 2 ? [] : p.filter((x) => words(x).length >= 4); };
for (const name of names) {
  const file = `dev-set-${name}.yaml`;
  const test = examples.filter((e) => e.file === file);
  const model = trainDangerModel(examples.filter((e) => e.file !== file));
  const dc = new Map<number, number>(); const oa = new Map<number, number>();
  let d = 0, o = 0;
  for (const e of test) {
    const phrase = u.crisis(e.text) !== null;
    const whole = dangerScore(model, e.text);
    const part = Math.max(0, ...sentences(e.text).map((s) => dangerScore(model, s)));
    if (e.danger) d++; else o++;
    for (const t of ts) {
      const hit = phrase || whole >= DEFAULTS.danger.ask || part >= t;
      const m = e.danger ? dc : oa;
      if (hit) m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  tot.d += d; tot.o += o;
  for (const t of ts) { tot.dc.set(t, (tot.dc.get(t) ?? 0) + (dc.get(t) ?? 0)); tot.oa.set(t, (tot.oa.get(t) ?? 0) + (oa.get(t) ?? 0)); }
  console.log(name.padEnd(10), `dangers ${d}`, ts.map((t) => `${t}:${dc.get(t) ?? 0}`).join(' '), `| ordinary ${o}`, ts.map((t) => `${t}:${oa.get(t) ?? 0}`).join(' '));
}
console.log('all'.padEnd(10), `dangers ${tot.d}`, ts.map((t) => `${t}:${tot.dc.get(t) ?? 0}`).join(' '), `| ordinary ${tot.o}`, ts.map((t) => `${t}:${tot.oa.get(t) ?? 0}`).join(' '));
