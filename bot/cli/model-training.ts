/**
 * The examples the danger and topic models learn from: every message of the evaluation and
 * development sets in `test/understand/` (danger from their `crisis` groups, everything else as
 * ordinary; a first message or a mid-flow message with its leefgebied for the topic model), except
 * the held-out sets. A set is held out when its first lines say "Niet op afstemmen": it measures
 * how the bot reads messages nobody tuned on, so it is never trained on either.
 * Used by `npm run train:models` and by the test that the model files are up to date.
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DANGER_MODEL_FILE, SYNONYMS_DIR, TOPIC_MODEL_FILE } from '../authoring/synonyms.js';
import { dangerScore, encodeDangerModel, trainDangerModel, type DangerExample, type DangerModel } from '../understand/danger-model.js';
import { DEFAULTS, LEEFGEBIEDEN } from '../understand/defaults.js';
import { encodeTopicModel, trainTopicModel } from '../understand/topic-model.js';

/** Groups whose messages carry the leefgebied they are about. */
const TOPIC_GROUPS = /^(first_|midflow_|plain_nl$|typo_nl$|one_word$|long_story$|english$)/;

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
        // typed answers to a question: ordinary, short
        const say = (entry as { say?: unknown }).say;
        if (Array.isArray(say)) for (const s of say) if (Array.isArray(s)) out.push({ text: String(s[1]), danger: false, sort: 'ordinary' });
        continue;
      }
      const message = Array.isArray(entry) ? entry[1] : entry;
      const sort = group === 'crisis' ? 'danger' : group === 'not_crisis' ? 'lookalike' : 'ordinary';
      // the expected leefgebied of a routed message (`a|b`: the first)
      const label = sort === 'ordinary' && TOPIC_GROUPS.test(group) && Array.isArray(entry) ? String(entry[0]).split('|')[0]! : '';
      const topic = (LEEFGEBIEDEN as readonly string[]).includes(label) ? { topic: label } : {};
      if (typeof message === 'string') out.push({ text: message, danger: sort === 'danger', sort, ...topic });
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
export const MODEL_FILES = Object.freeze({ danger: join(SYNONYMS_DIR, DANGER_MODEL_FILE), topic: join(SYNONYMS_DIR, TOPIC_MODEL_FILE) });

/** The model files' texts as the examples give them. */
export function modelTexts(root: string): { danger: string; topic: string; examples: SortedExample[] } {
  const { examples, files } = trainingExamples(join(root, 'test', 'understand'));
  const danger = trainDangerModel(examples);
  const trainedOn = { danger: examples.filter((e) => e.danger).length, ordinary: examples.filter((e) => !e.danger).length, files };
  const labelled = examples.filter((e): e is SortedExample & { topic: string } => e.topic !== undefined);
  const topic = trainTopicModel(labelled, LEEFGEBIEDEN);
  const topicFiles = files.filter((f) => labelled.some((e) => e.file === f));
  const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
  return { danger: json(encodeDangerModel(danger, trainedOn)), topic: json(encodeTopicModel(topic, { messages: labelled.length, files: topicFiles })), examples };
}

/** A training example with where it came from: a danger, a look-alike (`not_crisis`) or an ordinary message. */
export interface SortedExample extends DangerExample {
  readonly sort: 'danger' | 'lookalike' | 'ordinary';
  /** The leefgebied the message is about, when the set says so. */
  readonly topic?: string;
  /** The set file it came from. */
  readonly file?: string;
}

/**
 * 5-fold cross-validation: per threshold, the share of dangers the model alone scores above it,
 * of dangers a crisis phrase or the model catches (`phrase`, the shipped crisis phrases), and of
 * look-alikes and ordinary messages that would get the question "Is er nu gevaar?".
 */
export function crossValidate(examples: readonly SortedExample[], phrase: (text: string) => boolean, folds = 5): string {
  const scores: number[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const model: DangerModel = trainDangerModel(examples.filter((_, i) => i % folds !== f));
    examples.forEach((e, i) => {
      if (i % folds === f) scores[i] = dangerScore(model, e.text);
    });
  }
  const all = examples.map((e, i) => ({ e, s: scores[i]!, hit: phrase(e.text) }));
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const of = (sort: SortedExample['sort']) => all.filter((d) => d.e.sort === sort);
  const [danger, lookalike, ordinary] = [of('danger'), of('lookalike'), of('ordinary')];
  const share = (list: typeof all, t: number, ok: (d: (typeof all)[number]) => boolean) => pct(list.filter((d) => d.s >= t && ok(d)).length, list.length);
  const lines = [
    `| drempel | gevaar: model (${danger.length}) | gevaar: crisiszin of model | lijkt erop: vraag (${lookalike.length}) | gewoon: vraag (${ordinary.length}) |`,
    '|---:|---:|---:|---:|---:|',
  ];
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const caught = pct(danger.filter((d) => d.hit || d.s >= t).length, danger.length);
    lines.push(`| ${t}${t === DEFAULTS.danger.ask ? ' (nu)' : ''} | ${share(danger, t, () => true)} | ${caught} | ${share(lookalike, t, (d) => !d.hit)} | ${share(ordinary, t, (d) => !d.hit)} |`);
  }
  return lines.join('\n');
}
