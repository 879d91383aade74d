/**
 * Free text at a question: match what the resident typed against the labels of the current
 * choices, so "schuldn", "2", "de tweede" or "ja hoor" pick an option.
 *
 * @remarks
 * In order: exact label, the number of the choice ("2", "nummer 2", "de tweede"), yes/no words
 * for a two-option yes/no question, then a fuzzy score per label: word overlap with typo
 * tolerance (edit distance per word) and fuse.js over the whole label. The best option must reach
 * `DEFAULTS.choice.minScore` and beat the runner-up by `margin`; otherwise `null` and the engine
 * asks again with buttons.
 */

import Fuse from 'fuse.js';
import { DEFAULTS } from './defaults.js';
import { editDistance } from './fuzzy.js';
import { capFolded, fold, words, type Normaliser, type Token } from './normalise.js';
import type { ChoiceMatch, ChoiceOption } from './types.js';

/** Language data matchChoice needs. */
export interface ChoiceLanguage {
  /** The language's normaliser. */
  norm: Normaliser;
  /** Keys of stop words (ignored when comparing). */
  stop: ReadonlySet<string>;
  /** Keys of yes words. */
  yes: ReadonlySet<string>;
  /** Keys of no words. */
  no: ReadonlySet<string>;
  /** Per choice position (0 = first), the keys of its number words. */
  ordinals: readonly ReadonlySet<string>[];
}

/** "2", "nr. 2", "#2", "optie 2." on trimmed text; no two `\s*` side by side (no backtracking). */
const NUMBER = /^(?:(?:nr\.?|nummer|optie|keuze|number|option|no\.?)\s*)?(?:#\s*)?(\d{1,3})\s*[.):]?$/i;
const FUSE = { includeScore: true, ignoreLocation: true, threshold: DEFAULTS.choice.fuseThreshold } as const;

function content(tokens: readonly Token[], stop: ReadonlySet<string>): Token[] {
  const c = tokens.filter((t) => !stop.has(t.key));
  return c.length > 0 ? c : [...tokens];
}

function tokenSim(a: Token, b: Token): number {
  if (a.key === b.key) return 1;
  const len = Math.max(a.raw.length, b.raw.length);
  if (Math.min(a.raw.length, b.raw.length) < 4) return 0;
  const d = Math.min(editDistance(a.raw, b.raw, 2), editDistance(a.key, b.key, 2));
  if (d > 2) return 0;
  const sim = 1 - d / len;
  return sim >= 0.7 ? sim : 0;
}

/** Similarity 0..1 of typed text and one label. */
function labelSim(lang: ChoiceLanguage, typed: readonly Token[], typedText: string, label: string): number {
  const lt = content(lang.norm.tokens(label), lang.stop);
  if (lt.length === 0 || typed.length === 0) return 0;
  let cover = 0;
  for (const l of lt) cover += Math.max(0, ...typed.map((t) => tokenSim(t, l)));
  let precision = 0;
  for (const t of typed) precision += Math.max(0, ...lt.map((l) => tokenSim(t, l)));
  const overlap = 0.5 * (cover / lt.length) + 0.5 * (precision / typed.length);
  const labelText = words(fold(label)).join(' ');
  let whole = 0;
  if (typedText.length >= 4 && labelText.length > 0 && typedText.length <= 64) {
    // fuse.js over the whole label: the shorter text is the pattern
    const [pattern, text] = typedText.length <= labelText.length ? [typedText, labelText] : [labelText, typedText];
    const lengthRatio = pattern.length / text.length;
    // the whole-label score is at most 0.5 + 0.5 × lengthRatio: when that cannot beat the word
    // overlap or reach the minimum score, fuse.js (the most expensive part of a turn) has nothing to add
    const ceiling = 0.5 + 0.5 * lengthRatio;
    if (ceiling > overlap && ceiling >= DEFAULTS.choice.minScore) {
      const m = Fuse.match(pattern, text, FUSE);
      if (m.isMatch && m.score <= 0.3) whole = (1 - m.score) * (0.5 + 0.5 * lengthRatio);
    }
  }
  return Math.max(overlap, whole);
}

function findYesNo(lang: ChoiceLanguage, options: readonly ChoiceOption[], set: ReadonlySet<string>): number {
  return options.findIndex((o) =>
    [o.id, ...o.labels].some((l) => {
      const toks = lang.norm.tokens(l);
      return toks.length > 0 && toks.length <= 3 && set.has(toks[0]?.key ?? '');
    }),
  );
}

/**
 * Match typed text against the options of a question.
 *
 * @param lang - language data of the current language
 * @param text - what the resident typed (any string)
 * @param options - the current choices, in button order
 * @returns the option and a 0..1 score, or null when nothing fits well enough
 */
export function matchChoice(lang: ChoiceLanguage, text: string, options: readonly ChoiceOption[]): ChoiceMatch | null {
  if (typeof text !== 'string' || !Array.isArray(options) || options.length === 0) return null;
  const src = text.slice(0, DEFAULTS.limits.choiceChars);
  const tokens = lang.norm.tokens(src);
  const typedText = words(capFolded(fold(src))).join(' ');
  if (tokens.length === 0 && !/\d/.test(src)) return null;

  const joined = tokens.map((t) => t.key).join(' ');
  for (const o of options) {
    if ([o.id, ...o.labels].some((l) => lang.norm.tokens(l).map((t) => t.key).join(' ') === joined && joined !== '')) {
      return { id: o.id, score: 1 };
    }
  }
  const num = NUMBER.exec(capFolded(fold(src)).trim());
  if (num) {
    const n = Number(num[1]);
    const o = options[n - 1];
    return o ? { id: o.id, score: 1 } : null;
  }
  const meaningful = tokens.filter((t) => !lang.stop.has(t.key) || lang.yes.has(t.key) || lang.no.has(t.key));
  const ordinalWords = meaningful.length > 0 ? meaningful : tokens;
  if (ordinalWords.length > 0 && ordinalWords.length <= 2) {
    const hits = lang.ordinals
      .map((set, i) => (ordinalWords.some((t) => set.has(t.key)) ? i : -1))
      .filter((i) => i >= 0);
    const o = hits.length === 1 ? options[hits[0] ?? -1] : undefined;
    if (o) return { id: o.id, score: 0.95 };
  }
  if (options.length === 2 && tokens.length > 0 && tokens.length <= 6) {
    const yesIdx = findYesNo(lang, options, lang.yes);
    const noIdx = findYesNo(lang, options, lang.no);
    if (yesIdx >= 0 && noIdx >= 0 && yesIdx !== noIdx) {
      const first = meaningful[0] ?? tokens[0];
      const said = first && lang.yes.has(first.key) ? yesIdx : first && lang.no.has(first.key) ? noIdx : -1;
      const o = options[said];
      if (o) return { id: o.id, score: 0.9 };
    }
  }

  const typed = content(tokens, lang.stop);
  const scored = options
    .map((o) => ({ id: o.id, score: Math.max(0, ...[...o.labels, o.id].map((l) => labelSim(lang, typed, typedText, l))) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  if (!best || best.score < DEFAULTS.choice.minScore) return null;
  if (second && best.score - second.score < DEFAULTS.choice.margin) return null;
  return { id: best.id, score: Math.round(best.score * 1000) / 1000 };
}
