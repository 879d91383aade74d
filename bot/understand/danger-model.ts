/**
 * The danger model: a small logistic regression over hashed word, word-pair and letter n-gram
 * features, trained on examples of acute danger and of ordinary messages that look like it
 * (`npm run train:models`, from the example sets in `test/understand/`). It reads the meaning of
 * a message more loosely than the crisis phrases (new wordings, typos, any of the seven
 * languages), so it never decides alone: below a crisis phrase, a high score makes the bot ask
 * "Is er nu gevaar?" instead of guessing.
 *
 * Pure and deterministic: the same examples always give the same model, byte for byte.
 * @packageDocumentation
 */

/** A trained model, ready to score. */
export interface DangerModel {
  /** The number of feature buckets is `2 ** bits`. */
  readonly bits: number;
  readonly bias: number;
  readonly weights: Float32Array;
}

/** One training example. */
export interface DangerExample {
  readonly text: string;
  readonly danger: boolean;
}

/** How the model file stores a model (`flows/synonyms/gevaar-model.json`). */
export interface DangerModelFile {
  readonly format: 'wegwijs-gevaar-1';
  /** What it was trained on, for people: counts only, never texts. */
  readonly trainedOn: { readonly danger: number; readonly ordinary: number; readonly files: readonly string[] };
  readonly bits: number;
  readonly bias: number;
  /** Weights as signed bytes (base64); weight = byte × scale. */
  readonly scale: number;
  readonly weights: string;
}

/** Training settings; the defaults are what `npm run train:models` uses. */
export interface TrainOptions {
  readonly bits?: number;
  readonly epochs?: number;
  readonly rate?: number;
  /** Weight decay per update. */
  readonly decay?: number;
  /** How much more a missed danger costs than a false alarm. */
  readonly dangerWeight?: number;
}

const TRAIN_DEFAULTS: Required<TrainOptions> = Object.freeze({ bits: 17, epochs: 20, rate: 0.1, decay: 1e-5, dangerWeight: 3 });
/** Letter n-gram lengths, inside a word with a space on each side. */
const NGRAMS = [3, 4, 5] as const;
/** Words of a text that are read (the start of a longer text; a turn's text is already cut). */
const MAX_WORDS = 400;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, continued from `h` over the characters of `s` (32-bit state, not yet unsigned). */
function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash states after each feature's prefix, so no feature string is ever built. */
const WORD = fnvMore(FNV_OFFSET, 'w:');
const PAIR = fnvMore(FNV_OFFSET, 'b:');
const GRAM = NGRAMS.map((n) => fnvMore(FNV_OFFSET, `c${n}:`));
const SPACE = 32;
/** Letters of a word that its n-grams read. */
const GRAM_LETTERS = 40;

/**
 * The features of a text before they are put in buckets: each word, each pair of neighbouring
 * words and each letter n-gram of a word (with a space on each side), hashed to 32 bits (FNV-1a of
 * `w:word`, `b:one two`, `c3: wo`); letters lose accents and case first. Every model masks the
 * same hashes to its own number of buckets.
 */
export function textHashes(text: string): number[] {
  const folded = String(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (folded.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.add(fnvMore(WORD, w) >>> 0);
    if (i > 0) out.add(fnvMore(Math.imul(fnvMore(PAIR, words[i - 1]!) ^ SPACE, FNV_PRIME), w) >>> 0);
    const len = Math.min(w.length, GRAM_LETTERS) + 2;
    for (let g = 0; g < NGRAMS.length; g++) {
      const n = NGRAMS[g]!;
      for (let k = 0; k + n <= len; k++) {
        let h = GRAM[g]!;
        for (let j = k; j < k + n; j++) h = Math.imul(h ^ (j === 0 || j === len - 1 ? SPACE : w.charCodeAt(j - 1)), FNV_PRIME);
        out.add(h >>> 0);
      }
    }
  }
  return [...out];
}

/** The feature buckets of a text for a model of `bits` (see {@link textHashes}); every bucket once. */
export function dangerFeatures(text: string, bits: number): number[] {
  return bucketsOf(textHashes(text), bits);
}

/** Hashes put in `2 ** bits` buckets, every bucket once. */
export function bucketsOf(hashes: readonly number[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  return [...new Set(hashes.map((h) => h & mask))];
}

/** The model's raw score (log-odds) for feature buckets. */
export function logOdds(model: DangerModel, buckets: readonly number[]): number {
  let z = model.bias;
  for (const k of buckets) z += model.weights[k] ?? 0;
  return z;
}

/** The logistic function: log-odds to a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** How sure the model is (0..1), from a text's {@link textHashes} (read once for several models). */
export function scoreHashes(model: DangerModel, hashes: readonly number[]): number {
  return sigmoid(logOdds(model, bucketsOf(hashes, model.bits)));
}

/** How sure the model is (0..1) that the text tells of acute danger. */
export function dangerScore(model: DangerModel, text: string): number {
  return scoreHashes(model, textHashes(text));
}

/** A training example as feature buckets (see {@link dangerFeatures}) and its label. */
export interface FeaturedExample {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

/**
 * Trains a model: stochastic gradient descent on the logistic loss, the examples in a fixed
 * pseudo-random order per pass (so the same examples give the same model).
 */
export function trainDangerModel(examples: readonly DangerExample[], options: TrainOptions = {}): DangerModel {
  const bits = options.bits ?? TRAIN_DEFAULTS.bits;
  return trainFeatured(examples.map((e) => ({ x: dangerFeatures(e.text, bits), y: e.danger ? 1 : 0 })), options);
}

/**
 * {@link trainDangerModel} on examples whose features were read already (the topic model reads
 * each text once for all its classes). Examples without features are left out.
 */
export function trainFeatured(examples: readonly FeaturedExample[], options: TrainOptions = {}): DangerModel {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const data = examples.filter((e) => e.x.length > 0);
  const w = new Float64Array(2 ** o.bits);
  let bias = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = data.map((_, i) => i);
    let seed = 12345 + epoch;
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { x, y } = data[i]!;
      let z = bias;
      for (const k of x) z += w[k]!;
      const g = ((sigmoid(z) - y) * (y === 1 ? o.dangerWeight : 1) * o.rate) / Math.sqrt(x.length);
      for (const k of x) w[k] = w[k]! * (1 - o.decay) - g;
      bias -= g * 0.1;
    }
  }
  return { bits: o.bits, bias, weights: Float32Array.from(w) };
}

/** The model as the file stores it: weights rounded to signed bytes. */
export function encodeDangerModel(model: DangerModel, trainedOn: DangerModelFile['trainedOn']): DangerModelFile {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(model.weights[i]! / scale);
  const round = (v: number) => Number(v.toPrecision(8));
  return { format: 'wegwijs-gevaar-1', trainedOn, bits: model.bits, bias: round(model.bias), scale: round(scale), weights: Buffer.from(bytes.buffer).toString('base64') };
}

/** Reads a model file; a problem gives a Dutch sentence for staff instead of a model. */
export function decodeDangerModel(data: unknown): DangerModel | string {
  const f = data as Partial<DangerModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== 'wegwijs-gevaar-1') return "geen gevaarmodel: 'format' is niet 'wegwijs-gevaar-1'";
  if (!Number.isInteger(f.bits) || f.bits! < 8 || f.bits! > 20) return "'bits' moet een heel getal van 8 tot en met 20 zijn";
  if (!Number.isFinite(f.bias) || !Number.isFinite(f.scale) || f.scale! <= 0) return "'bias' en 'scale' moeten getallen zijn ('scale' groter dan 0)";
  const bytes = typeof f.weights === 'string' ? Buffer.from(f.weights, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 2 ** f.bits!) return `'weights' moet ${2 ** f.bits!} gewichten hebben, er zijn er ${bytes.length}`;
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(signed.length);
  for (let i = 0; i < signed.length; i++) weights[i] = signed[i]! * f.scale!;
  return { bits: f.bits!, bias: f.bias!, weights };
}
