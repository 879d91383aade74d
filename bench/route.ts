/**
 * `npm run bench:route`: time per message of `route()` over a generated vocabulary of 1,000 and of
 * 10,000 synonym entries, for 20-word messages. Prints p50 and p99 (and a naive fuse.js baseline
 * for comparison). Targets: p99 <= 1 ms at 10,000 entries, and the 10,000 figure < 3x the 1,000 one.
 *
 * @remarks
 * The vocabulary is made of pronounceable pseudo-words (so it has realistic collisions for the
 * fuzzy index); stop words, spelling table and crisis patterns come from the real synonym files,
 * so the crisis tripwire over every language is part of the time measured. Messages mix synonyms
 * (half of them with a typo), common words and unknown words. A fixed seed makes runs comparable.
 * Timings are printed, never asserted.
 */

import Fuse from 'fuse.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadUnderstanding } from '../bot/authoring/load.js';
import { rng } from './rng.js';
import { createUnderstanding, TOPICS, type LanguageData, type UnderstandingData } from '../bot/understand/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MESSAGES = 3000;
const WARMUP = 300;
/** Rounds per vocabulary size; the median round is reported (the machine may be shared). */
const ROUNDS = 3;
const WORDS_PER_MESSAGE = 20;


const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'kr', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'sl', 'sp', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'ou', 'eu'];
const CODAS = ['', '', 'n', 'r', 'l', 'k', 'st', 'ng', 'rt', 'nd', 'cht', 's'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function pseudoWord(r: () => number): string {
  const syllables = 2 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 ? pick(r, CODAS) : '');
  return w;
}

function typo(r: () => number, w: string): string {
  const i = 1 + Math.floor(r() * Math.max(1, w.length - 2));
  const kind = Math.floor(r() * 3);
  if (kind === 0) return w.slice(0, i) + w.slice(i + 1); // letter missing
  if (kind === 1) return w.slice(0, i) + (w[i] ?? '') + w.slice(i); // letter doubled
  return w.slice(0, i - 1) + (w[i] ?? '') + (w[i - 1] ?? '') + w.slice(i + 1); // letters swapped
}

/** Generated vocabulary of `entries` synonyms (80% words, 20% two-word groups) over all topics. */
function generatedData(real: UnderstandingData, entries: number, seed: number): { data: UnderstandingData; vocab: string[] } {
  const r = rng(seed);
  const nl = real.languages.find((l) => l.lang === 'nl') as LanguageData;
  const topics: LanguageData['topics'] = {};
  for (const t of TOPICS) topics[t] = { words: [], weak: [], examples: [] };
  const vocab: string[] = [];
  const seen = new Set<string>();
  while (vocab.length < entries) {
    const w = r() < 0.8 ? pseudoWord(r) : `${pseudoWord(r)} ${pseudoWord(r)}`;
    if (seen.has(w)) continue;
    seen.add(w);
    vocab.push(w);
    topics[pick(r, TOPICS)]?.words.push(w);
  }
  const langs = real.languages.map((l) => (l.lang === 'nl' ? { ...nl, topics } : l));
  return { data: { languages: langs }, vocab };
}

function messages(r: () => number, vocab: readonly string[], stop: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let m = 0; m < n; m++) {
    const words: string[] = [];
    while (words.length < WORDS_PER_MESSAGE) {
      const x = r();
      if (x < 0.3) {
        const w = pick(r, vocab);
        words.push(...(r() < 0.5 ? w.split(' ').map((p) => typo(r, p)) : w.split(' ')));
      } else if (x < 0.7) words.push(pick(r, stop));
      else words.push(pseudoWord(r));
    }
    out.push(words.slice(0, WORDS_PER_MESSAGE).join(' '));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Figures {
  entries: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
}

function bench(real: UnderstandingData, entries: number): Figures {
  const rounds = Array.from({ length: ROUNDS }, (_, i) => round(real, entries, i));
  const mid = (pick: (f: Figures) => number): number => rounds.map(pick).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? NaN;
  return { entries, buildMs: mid((f) => f.buildMs), p50: mid((f) => f.p50), p99: mid((f) => f.p99), max: mid((f) => f.max) };
}

function round(real: UnderstandingData, entries: number, seed: number): Figures {
  const { data, vocab } = generatedData(real, entries, 42 + seed);
  const t0 = performance.now();
  const u = createUnderstanding(data);
  const buildMs = performance.now() - t0;
  const stop = data.languages.find((l) => l.lang === 'nl')?.stopwords.filter((s) => !s.includes(' ')) ?? [];
  const msgs = messages(rng(7 + seed), vocab, stop, MESSAGES + WARMUP);
  const times: number[] = [];
  msgs.forEach((m, i) => {
    const s = process.hrtime.bigint();
    u.route(m);
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    if (i >= WARMUP) times.push(ms);
  });
  times.sort((a, b) => a - b);
  return { entries, buildMs, p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] ?? NaN };
}

/** Naive baseline: one fuse.js search per word over every synonym entry (a few messages only). */
function naive(real: UnderstandingData, entries: number): number {
  const { vocab } = generatedData(real, entries, 42);
  const fuse = new Fuse(vocab, { threshold: 0.3, ignoreLocation: true });
  const stop = real.languages[0]?.stopwords.filter((s) => !s.includes(' ')) ?? [];
  const msgs = messages(rng(9), vocab, stop, 10);
  const t0 = performance.now();
  for (const m of msgs) for (const w of m.split(' ').slice(0, 6)) fuse.search(w);
  return (performance.now() - t0) / msgs.length;
}

const real = loadUnderstanding(ROOT);
const f = (n: number): string => n.toFixed(3).padStart(8);
console.log(
  `route() per bericht van ${WORDS_PER_MESSAGE} woorden, ${MESSAGES} berichten na ${WARMUP} opwarmberichten, mediaan van ${ROUNDS} rondes (Node ${process.version})`,
);
console.log('entries   build ms    p50 ms    p99 ms    max ms');
const rows = [1000, 10000].map((n) => bench(real, n));
for (const r of rows) console.log(`${String(r.entries).padStart(7)} ${r.buildMs.toFixed(0).padStart(10)} ${f(r.p50)}  ${f(r.p99)}  ${f(r.max)}`);
const [small, big] = rows;
if (small && big) {
  const ratio = big.p99 / small.p99;
  console.log(`p99 10k / p99 1k = ${ratio.toFixed(2)}x (doel < 3x); p99 bij 10k ${big.p99 <= 1 ? '<=' : '>'} 1 ms (doel <= 1 ms)`);
}
console.log(`ter vergelijking, naïef fuse.js over alle entries, 6 woorden: 1k ${naive(real, 1000).toFixed(1)} ms, 10k ${naive(real, 10000).toFixed(1)} ms per bericht`);
