// Leave-one-list-out check of DEFAULTS.topicModel.weight: for each named dev list, a topic model
// trained without it reranks the synonyms' route of its first messages, at several weights.
// (The synonyms were partly written from these lists, so the synonyms-alone column is optimistic.)
// usage: npx tsx bench/tmp/topic-cv.ts nl-31 nl-32 ...
import { join } from 'node:path';
import { trainingExamples } from '../../bot/cli/model-training.js';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { createUnderstanding } from '../../bot/understand/understanding.js';
import { trainTopicModel, topicScores, TOPIC_TRAINING } from '../../bot/understand/topic-model.js';
import { textHashes } from '../../bot/understand/danger-model.js';
import { DEFAULTS, LEEFGEBIEDEN, ONBEKEND } from '../../bot/understand/defaults.js';
const names = process.argv.slice(2);
const { examples } = trainingExamples(join(process.cwd(), 'test', 'understand'));
const base = loadUnderstanding(process.cwd());
const { topicModel: _t, ...noModel } = base;
const u = createUnderstanding(noModel as typeof base);
const LEEF = new Set<string>(LEEFGEBIEDEN);
const weights = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4];
const total = new Map<number, number>(); let n = 0;
for (const name of names) {
  const file = `dev-set-${name}.yaml`;
  const test = examples.filter((e) => e.file === file && e.topic !== undefined);
  const train = examples.filter((e): e is typeof e & { topic: string } => e.file !== file && e.topic !== undefined);
  const model = trainTopicModel(train, LEEFGEBIEDEN, { ...TOPIC_TRAINING, ...(process.env.BITS ? { bits: Number(process.env.BITS) } : {}), ...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}) });
  const right = new Map<number, number>();
  for (const e of test) {
    const r = u.route(e.text, { crisis: false });
    const scores = topicScores(model, textHashes(e.text.slice(0, DEFAULTS.limits.routeChars)));
    for (const w of weights) {
      let flow = r.flow;
      if (LEEF.has(r.flow) && r.score > 0 && w > 0) {
        const syn = new Map<string, number>([[r.flow, r.score], ...r.alternatives.map((a) => [a.flow, a.score] as [string, number])]);
        let best = { flow: r.flow, value: -Infinity };
        for (const { topic, p } of scores) { const v = (syn.get(topic) ?? 0) / r.score + w * p; if (v > best.value) best = { flow: topic, value: v }; }
        flow = best.flow;
      } else if (r.flow === ONBEKEND) {
        const a = DEFAULTS.topicModel.alone; const [b, s] = scores;
        if (b && b.p >= a.p && b.p - (s?.p ?? 0) >= a.margin) flow = b.topic;
      }
      if (flow === e.topic) right.set(w, (right.get(w) ?? 0) + 1);
    }
  }
  n += test.length;
  for (const w of weights) total.set(w, (total.get(w) ?? 0) + (right.get(w) ?? 0));
  console.log(name.padEnd(8), test.length, weights.map((w) => `${w}:${(100 * (right.get(w) ?? 0) / test.length).toFixed(1)}`).join(' '));
}
console.log('all     ', n, weights.map((w) => `${w}:${(100 * (total.get(w) ?? 0) / n).toFixed(1)}`).join(' '));
