/**
 * The examples the danger, topic and bystander models learn from: every message of the evaluation
 * and development sets in `test/understand/` (danger from their `crisis` groups, everything else as
 * ordinary; a first message or a mid-flow message with its leefgebied for the topic model; a
 * danger with whether it is to someone else, `omstander/…`, for the bystander model), except
 * the held-out sets. A set is held out when its first lines say "Niet op afstemmen": it measures
 * how the bot reads messages nobody tuned on, so it is never trained on either.
 * Used by `npm run train:models` and by the test that the model files are up to date.
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BYSTANDER_MODEL_FILE, DANGER_MODEL_FILE, SYNONYMS_DIR, TOPIC_MODEL_FILE } from '../authoring/synonyms.js';
import { encodeBystanderModel, trainBystanderModel } from '../understand/bystander-model.js';
import { dangerScore, encodeDangerModel, trainDangerModel, type DangerExample, type DangerModel } from '../understand/danger-model.js';
import { DEFAULTS, LEEFGEBIEDEN } from '../understand/defaults.js';
import { readText } from '../understand/interpret.js';
import type { CrisisHit } from '../understand/types.js';
import { encodeTopicModel, trainTopicModel } from '../understand/topic-model.js';

/** Groups whose messages carry the leefgebied they are about. */
const TOPIC_GROUPS = /^(first_|midflow_|plain_nl$|typo_nl$|one_word$|long_story$|english$)/;

/** The third element of a typed answer (`[label, text, gevaar]`) to a button about danger. */
const DANGER_ANSWER = 'gevaar';

/** The marker in the head of a held-out set. */
export const HELD_OUT_MARK = 'Niet op afstemmen';
/** Lines of a set's head that are read for the marker. */
const HEAD_LINES = 5;

/** Whether a set file is held out (its head says {@link HELD_OUT_MARK}). */
export function isHeldOut(text: string): boolean {
  return text.split('\n').slice(0, HEAD_LINES).some((l) => l.startsWith('#') && l.includes(HELD_OUT_MARK));
}

/** The messages of one set file, each with whether it tells of acute danger. */
export function examplesOf(text: string): SortedExample[] {
  const data = (parse(text) ?? {}) as Record<string, unknown>;
  const out: SortedExample[] = [];
  for (const [group, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (group === 'answers') {
        // typed answers to a question: ordinary, short; not an answer to a button about danger
        // (marked `gevaar`: "ik voel me nie veilig" is no ordinary message for the danger model)
        const say = (entry as { say?: unknown }).say;
        if (Array.isArray(say)) for (const s of say) if (Array.isArray(s) && s[2] !== DANGER_ANSWER) out.push({ text: String(s[1]), danger: false, sort: 'ordinary' });
        continue;
      }
      const message = Array.isArray(entry) ? entry[1] : entry;
      const sort = group === 'crisis' ? 'danger' : group === 'not_crisis' ? 'lookalike' : 'ordinary';
      // a danger's kind (`suicide`, `omstander/violence`): whose danger, for the bystander model
      // (`crisis/…` labels of the routing set do not say whose; medical has one text for both)
      const kind = sort === 'danger' && Array.isArray(entry) ? String(entry[0]) : '';
      const whose = kind !== '' && !kind.startsWith('crisis/') && !kind.endsWith('medical') ? { bystander: kind.startsWith('omstander/') } : {};
      // the expected leefgebied of a routed message (`a|b`: the first)
      const label = sort === 'ordinary' && TOPIC_GROUPS.test(group) && Array.isArray(entry) ? String(entry[0]).split('|')[0]! : '';
      const topic = (LEEFGEBIEDEN as readonly string[]).includes(label) ? { topic: label } : {};
      if (typeof message === 'string') out.push({ text: message, danger: sort === 'danger', sort, ...topic, ...whose });
    }
  }
  return out;
}

/** The training examples from the set files in `dir`, and which files they came from (sorted). */
export function trainingExamples(dir: string): { examples: SortedExample[]; files: string[]; heldOut: string[] } {
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  const files: string[] = [];
  const heldOut: string[] = [];
  const examples: SortedExample[] = [];
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (isHeldOut(text)) {
      heldOut.push(name);
      continue;
    }
    const found = examplesOf(text);
    if (found.length === 0) continue;
    files.push(name);
    examples.push(...found.map((e) => ({ ...e, file: name })));
  }
  return { examples, files, heldOut };
}

/** Where the model files live, from the project root. */
export const MODEL_FILES = Object.freeze({
  danger: join(SYNONYMS_DIR, DANGER_MODEL_FILE),
  topic: join(SYNONYMS_DIR, TOPIC_MODEL_FILE),
  bystander: join(SYNONYMS_DIR, BYSTANDER_MODEL_FILE),
});

/** The models, by the names of {@link MODEL_FILES}. */
export type ModelKind = keyof typeof MODEL_FILES;

/** The model files' texts as the examples give them. */
export function modelTexts(root: string): Record<ModelKind, string> & { examples: SortedExample[] } {
  const { examples, files } = trainingExamples(join(root, 'test', 'understand'));
  const danger = trainDangerModel(examples);
  const trainedOn = { danger: examples.filter((e) => e.danger).length, ordinary: examples.filter((e) => !e.danger).length, files };
  const labelled = examples.filter((e): e is SortedExample & { topic: string } => e.topic !== undefined);
  const topic = trainTopicModel(labelled, LEEFGEBIEDEN);
  const topicFiles = files.filter((f) => labelled.some((e) => e.file === f));
  const whose = examples.filter((e): e is SortedExample & { bystander: boolean } => e.bystander !== undefined);
  const bystander = trainBystanderModel(whose);
  const bystanderOn = { bystander: whose.filter((e) => e.bystander).length, own: whose.filter((e) => !e.bystander).length, files: files.filter((f) => whose.some((e) => e.file === f)) };
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  return {
    danger: json(encodeDangerModel(danger, trainedOn)),
    topic: json(encodeTopicModel(topic, { messages: labelled.length, files: topicFiles })),
    bystander: json(encodeBystanderModel(bystander, bystanderOn)),
    examples,
  };
}

/** A training example with where it came from: a danger, a look-alike (`not_crisis`) or an ordinary message. */
export interface SortedExample extends DangerExample {
  readonly sort: 'danger' | 'lookalike' | 'ordinary';
  /** The leefgebied the message is about, when the set says so. */
  readonly topic?: string;
  /** The set file it came from. */
  readonly file?: string;
  /** A danger (not medical): whether it is to someone else (`omstander/…`). */
  readonly bystander?: boolean;
}

/**
 * Each example's score from a model that did not learn it: example `i` is in fold `i % folds`,
 * and each fold is scored by a model `train` made from the other folds.
 */
function foldScores<E extends { readonly text: string }>(examples: readonly E[], train: (examples: readonly E[]) => DangerModel, folds: number): number[] {
  const scores: number[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const model = train(examples.filter((_, i) => i % folds !== f));
    examples.forEach((e, i) => {
      if (i % folds === f) scores[i] = dangerScore(model, e.text);
    });
  }
  return scores;
}

/**
 * 5-fold cross-validation, two tables. First, per threshold, the share of dangers the model alone
 * scores above it, of dangers a crisis phrase or the model catches (`phrase`, the shipped crisis
 * phrases), and of look-alikes and ordinary messages that would get the question "Is er nu
 * gevaar?". Second, per doubt threshold (`DEFAULTS.danger.doubt`), the share of texts with a crisis
 * phrase that still get the crisis message, as a turn decides it: a text shorter than
 * `danger.minWords` is never doubted, and a phrase its sentence puts in the past (`crisis.verleden`)
 * always is.
 *
 * @param phrase - the shipped crisis phrases' hit for a text, or null
 */
export function crossValidate(examples: readonly SortedExample[], phrase: (text: string) => Pick<CrisisHit, 'past'> | null, folds = 5): string {
  const scores = foldScores(examples, (train) => trainDangerModel(train), folds);
  const all = examples.map((e, i) => {
    const found = phrase(e.text);
    return { e, s: scores[i]!, hit: found !== null, past: found?.past === true, short: readText(e.text).words.length < DEFAULTS.danger.minWords };
  });
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const of = (sort: SortedExample['sort']) => all.filter((d) => d.e.sort === sort);
  const [danger, lookalike, ordinary] = [of('danger'), of('lookalike'), of('ordinary')];
  const share = (list: typeof all, t: number, ok: (d: (typeof all)[number]) => boolean) => pct(list.filter((d) => d.s >= t && ok(d)).length, list.length);
  const lines = [
    `| drempel | gevaar: model (${danger.length}) | gevaar: crisiszin of model | lijkt erop: vraag (${lookalike.length}) | gewoon: vraag (${ordinary.length}) |`,
    '|---:|---:|---:|---:|---:|',
  ];
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const caught = pct(danger.filter((d) => d.hit || d.s >= t).length, danger.length);
    lines.push(`| ${t}${t === DEFAULTS.danger.ask ? ' (nu)' : ''} | ${share(danger, t, () => true)} | ${caught} | ${share(lookalike, t, (d) => !d.hit)} | ${share(ordinary, t, (d) => !d.hit)} |`);
  }
  // a crisis phrase the model doubts (below danger.doubt) gets the question instead of the crisis message
  const hits = (list: typeof all) => list.filter((d) => d.hit);
  const [dh, nh] = [hits(danger), [...hits(lookalike), ...hits(ordinary)]];
  lines.push('', `| twijfel onder | gevaar met crisiszin: crisisbericht (${dh.length}) | lijkt erop of gewoon met crisiszin: crisisbericht (${nh.length}) |`, '|---:|---:|---:|');
  for (const t of [0.05, 0.1, 0.15, 0.2, 0.3]) {
    const told = (d: (typeof all)[number]) => !d.past && (d.short || d.s >= t);
    lines.push(`| ${t}${t === DEFAULTS.danger.doubt ? ' (nu)' : ''} | ${pct(dh.filter(told).length, dh.length)} | ${pct(nh.filter(told).length, nh.length)} (${nh.filter(told).length}) |`);
  }
  return lines.join('\n');
}

/**
 * 5-fold cross-validation of the bystander model on the dangers the crisis phrases catch: per
 * pair of thresholds (`DEFAULTS.bystanderModel`), how many bystanders get the bystander text and
 * how many residents in danger themselves wrongly get it, against the phrases alone.
 *
 * @param phrases - the crisis phrases' hit without the bystander model
 */
export function crossValidateBystander(examples: readonly SortedExample[], phrases: (text: string) => CrisisHit | null, folds = 5): string {
  const whose = examples.filter((e): e is SortedExample & { bystander: boolean } => e.bystander !== undefined);
  const scores = foldScores(whose, (train) => trainBystanderModel(train), folds);
  const hits = whose.flatMap((e, i) => {
    const hit = phrases(e.text);
    return hit && hit.kind !== 'medical' ? [{ by: e.bystander, phrase: hit.bystander === true, p: scores[i]! }] : [];
  });
  const by = hits.filter((h) => h.by);
  const own = hits.filter((h) => !h.by);
  const count = (list: typeof hits, f: (h: (typeof hits)[number]) => boolean) => `${list.filter(f).length}/${list.length}`;
  const now = DEFAULTS.bystanderModel;
  const lines = [
    `Omstandermodel, op de ${hits.length} gevaren met een crisiszin (niet medisch): krijgt de omstandertekst`,
    '',
    '| boven | onder | omstanders | eigen gevaar (fout) |',
    '|---:|---:|---:|---:|',
    `| alleen de crisiszinnen | | ${count(by, (h) => h.phrase)} | ${count(own, (h) => h.phrase)} |`,
  ];
  for (const above of [0.6, 0.7, 0.8, 0.9]) {
    for (const below of [0, 0.02, 0.03, 0.04, 0.05, 0.1]) {
      const says = (h: (typeof hits)[number]) => (h.phrase ? h.p >= below : h.p >= above);
      const mark = above === now.above && below === now.below ? ' (nu)' : '';
      lines.push(`| ${above}${mark} | ${below} | ${count(by, says)} | ${count(own, says)} |`);
    }
  }
  return lines.join('\n');
}
