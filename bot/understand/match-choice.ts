/**
 * Free text at a question: match what the resident typed against the labels of the current
 * choices, so "schuldn", "2", "de tweede" or "ja hoor" pick an option.
 *
 * @remarks
 * In order: exact label, the number of the choice ("2", "nummer 2", "de tweede", "de laatste"), yes/no words
 * for a two-option yes/no question, then a fuzzy score per label: word overlap with typo
 * tolerance (edit distance per word) and the whole label without spaces ("nietdringend", "schul
 * den", one or two typos over the whole label). The best option must reach
 * `DEFAULTS.choice.minScore` and beat the runner-up by `margin`; otherwise `null` and the engine
 * asks again with buttons.
 *
 * A label is read once per language (its tokens, content words and letters are kept): labels
 * are content, the same few hundred on every turn, so a turn only reads what was typed.
 */

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
  /** Yes and no phrases of two or more words ("of course", "no tak"), as keys: they count only whole, at the start. */
  yesPhrases?: readonly (readonly string[])[];
  noPhrases?: readonly (readonly string[])[];
  /** Keys of the language's own one-word yes and no words (for a bare "ja" at a longer question). */
  ownYes?: ReadonlySet<string>;
  ownNo?: ReadonlySet<string>;
  /** Per choice position (0 = first), the keys of its number words. */
  ordinals: readonly ReadonlySet<string>[];
  /** Words for the last choice ("de laatste"). */
  readonly last?: ReadonlySet<string>;
}

/**
 * Whether words (as keys) open with a yes or a no: a phrase of `yesPhrases` or `noPhrases` as the
 * first words ("of course", "liever niet"), else a one-word yes or no as `first` (the first word,
 * or the first that means something).
 */
export function yesOrNo(lang: Pick<ChoiceLanguage, 'yes' | 'no' | 'yesPhrases' | 'noPhrases'>, keys: readonly string[], first: string | undefined = keys[0]): 'yes' | 'no' | undefined {
  const opens = (phrases: readonly (readonly string[])[] | undefined) => (phrases ?? []).some((p) => p.every((k, i) => keys[i] === k));
  if (opens(lang.yesPhrases)) return 'yes';
  if (opens(lang.noPhrases)) return 'no';
  return first === undefined ? undefined : lang.yes.has(first) ? 'yes' : lang.no.has(first) ? 'no' : undefined;
}

/** "2", "nr. 2", "#2", "optie 2." on trimmed text; no two `\s*` side by side (no backtracking). */
const NUMBER = /^(?:(?:nr\.?|nummer|optie|keuze|number|option|no\.?)\s*)?(?:#\s*)?(\d{1,3})\s*[.):]?$/i;

/** A label as matching needs it, read once per language. */
interface Label {
  /** Its tokens' keys joined by a space (the exact-match form). */
  readonly joined: string;
  /** Its content tokens (stop words left out unless it has nothing else). */
  readonly content: readonly Token[];
  /** All its tokens, for a tie on content words. */
  readonly all: readonly Token[];
  /** Its folded letters and digits without spaces, for the whole-label comparison. */
  readonly compact: string;
  /** Its first tokens (at most 3), for yes/no labels. */
  readonly first?: string;
  readonly short: boolean;
  /** The key of its first word when that stands alone ("Ja, heel dringend", "Nee"), for a bare yes or no. */
  readonly answer?: string;
}

/** Labels read per language; a language's labels are content, so this stays small (capped anyway). */
const labels = new WeakMap<ChoiceLanguage, Map<string, Label>>();
const MAX_LABELS = 5_000;
const compactOf = (text: string) => words(capFolded(fold(text))).join('');

function labelOf(lang: ChoiceLanguage, text: string): Label {
  let known = labels.get(lang);
  if (!known) labels.set(lang, (known = new Map()));
  let l = known.get(text);
  if (!l) {
    const toks = [...lang.norm.tokens(text, DEFAULTS.limits.choiceChars)];
    const alone = /^\s*([^\s,.!]+)\s*(?:[,.!]|$)/.exec(text);
    const answer = alone ? lang.norm.tokens(alone[1]!)[0]?.key : undefined;
    l = { joined: toks.map((t) => t.key).join(' '), content: content(toks, lang.stop), all: toks, compact: compactOf(text), first: toks[0]?.key, short: toks.length > 0 && toks.length <= 3, ...(answer ? { answer } : {}) };
    if (known.size >= MAX_LABELS) known.clear();
    known.set(text, l);
  }
  return l;
}

/** The words of a content text (a label, a choice's words), read once per language. */
export function contentTokens(lang: ChoiceLanguage, text: string): readonly Token[] {
  return labelOf(lang, text).all;
}

function content(tokens: readonly Token[], stop: ReadonlySet<string>): Token[] {
  const c = tokens.filter((t) => !stop.has(t.key));
  return c.length > 0 ? c : [...tokens];
}

/** How alike two words are, 0..1: the same key, or a typo or two (words of 4 letters or more). */
export function tokenSim(a: Token, b: Token): number {
  if (a.key === b.key) return 1;
  const len = Math.max(a.raw.length, b.raw.length);
  if (Math.min(a.raw.length, b.raw.length) < 4) return 0;
  const d = Math.min(editDistance(a.raw, b.raw, 2), editDistance(a.key, b.key, 2));
  if (d > 2) return 0;
  const sim = 1 - d / len;
  return sim >= 0.7 ? sim : 0;
}

/** Similarity 0..1 of typed text and one label. */
function labelSim(lang: ChoiceLanguage, typed: readonly Token[], typedCompact: string, label: string, small = false): number {
  const read = labelOf(lang, label);
  const { compact } = read;
  const lt = small ? read.all : read.content;
  if (lt.length === 0 || typed.length === 0) return 0;
  let cover = 0;
  for (const l of lt) cover += highest(typed, (t) => tokenSim(t, l));
  let precision = 0;
  for (const t of typed) precision += highest(lt, (l) => tokenSim(t, l));
  const overlap = 0.5 * (cover / lt.length) + 0.5 * (precision / typed.length);
  // the whole label without spaces: glued or split words and a typo or two over the whole label
  let whole = 0;
  const len = Math.max(typedCompact.length, compact.length);
  if (Math.min(typedCompact.length, compact.length) >= 4 && len <= 64) {
    // one typo in a short label, two from `twoEditsFrom` letters on ("adres" is not "anders")
    const edits = len >= DEFAULTS.fuzzy.twoEditsFrom ? 2 : 1;
    const d = editDistance(typedCompact, compact, edits);
    if (d <= edits) whole = 1 - d / len;
  }
  return Math.max(overlap, whole);
}

/** The highest of `f` over `xs` (0 for none). */
function highest<T>(xs: readonly T[], f: (x: T) => number): number {
  let m = 0;
  for (const x of xs) {
    const v = f(x);
    if (v > m) m = v;
  }
  return m;
}

function findYesNo(lang: ChoiceLanguage, options: readonly ChoiceOption[], set: ReadonlySet<string>): number {
  return options.findIndex((o) =>
    [o.id, ...o.labels].some((l) => {
      const { first, short } = labelOf(lang, l);
      return short && set.has(first ?? '');
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
  const typedCompact = compactOf(src);
  if (tokens.length === 0 && !/\d/.test(src)) return null;

  const joined = tokens.map((t) => t.key).join(' ');
  for (const o of options) {
    if (joined !== '' && [o.id, ...o.labels].some((l) => labelOf(lang, l).joined === joined)) {
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
  // a number with a word of a label is a count, not a place: "drie weken" at "Een paar weken"
  const at = tokens.findIndex((t) => lang.ordinals.some((set) => set.has(t.key)));
  // the next word that is no small word ("is", "het"): "weken" counts though common
  const unit = at >= 0 ? tokens.slice(at + 1).find((t) => !lang.stop.has(t.key) || t.raw.length >= 4) : undefined;
  const counted = unit !== undefined && options.some((o) => o.labels.some((l: string) => labelOf(lang, l).all.some((c) => c.key === unit.key)));
  if (ordinalWords.length > 0 && ordinalWords.length <= 2 && !counted) {
    const hits = lang.ordinals
      .map((set, i) => (ordinalWords.some((t) => set.has(t.key)) ? i : -1))
      .filter((i) => i >= 0);
    // "de laatste", "the last one": the last button (before "one" is read as the first)
    const last = ordinalWords.some((t) => lang.last?.has(t.key)) ? options[options.length - 1] : undefined;
    const o = last ?? (hits.length === 1 ? options[hits[0] ?? -1] : undefined);
    if (o) return { id: o.id, score: 0.95 };
  }
  if (options.length === 2 && tokens.length > 0 && tokens.length <= 6) {
    const yesIdx = findYesNo(lang, options, lang.yes);
    const noIdx = findYesNo(lang, options, lang.no);
    if (yesIdx >= 0 && noIdx >= 0 && yesIdx !== noIdx) {
      const first = meaningful[0] ?? tokens[0];
      const said = { yes: yesIdx, no: noIdx, none: -1 }[yesOrNo(lang, tokens.map((t) => t.key), first?.key) ?? 'none'];
      const o = options[said];
      if (o) return { id: o.id, score: 0.9 };
    }
  }
  // a bare "ja" or "nee" where exactly one button starts with that word standing alone ("Ja, heel
  // dringend"; not "Niet eens met …"), in the conversation's own language
  if (tokens.length === 1 && options.length > 2) {
    const fit = ownYesNo(lang, tokens, options);
    if (fit) return { id: fit.id, score: 0.9 };
  }

  const typed = content(tokens, lang.stop);
  const scored = options
    .map((o) => ({ id: o.id, score: highest([...o.labels, o.id], (l) => labelSim(lang, typed, typedCompact, l)) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  if (!best || best.score < DEFAULTS.choice.minScore) return leadingYesNo(lang, tokens, meaningful, options);
  if (second && best.score - second.score < DEFAULTS.choice.margin) {
    // a tie on content words ("Ik moet uit mijn huis", "Ik zoek een huis": both "huis"): the small
    // words decide, between the tied ones only
    const tied = scored.filter((o) => best.score - o.score < DEFAULTS.choice.margin).map((o) => options.find((x) => x.id === o.id)!);
    const all = tied
      .map((o) => ({ id: o.id, score: highest([...o.labels, o.id], (l) => labelSim(lang, tokens, typedCompact, l, true)) }))
      .sort((a, b) => b.score - a.score);
    const [top, next] = all;
    if (tokens.length < 2 || !top || !next || top.score < DEFAULTS.choice.minScore || top.score - next.score < DEFAULTS.choice.margin) return null;
    return { id: top.id, score: Math.round(Math.min(best.score, top.score) * 1000) / 1000 };
  }
  return { id: best.id, score: Math.round(best.score * 1000) / 1000 };
}

/**
 * A short answer that starts with "ja" or "nee" ("ja heel erg haast", "nee hoor, niks spoed")
 * where exactly one button starts with that word standing alone: that button, but not as a clear
 * answer (`DEFAULTS.choice.leading`): a choice's own words or a new problem go first.
 */
function leadingYesNo(lang: ChoiceLanguage, tokens: readonly Token[], meaningful: readonly Token[], options: readonly ChoiceOption[]): ChoiceMatch | null {
  if (meaningful.length === 0 || tokens.length > DEFAULTS.choice.leadingWords || options.length < 2) return null;
  const fit = ownYesNo(lang, tokens, options);
  return fit ? { id: fit.id, score: DEFAULTS.choice.leading } : null;
}

/**
 * The one option whose label starts with the text's very first word, when that word is "ja" or
 * "nee" of the conversation's own language and nothing after it says the opposite ("ja zeker
 * niet"); otherwise none.
 */
function ownYesNo(lang: ChoiceLanguage, tokens: readonly Token[], options: readonly ChoiceOption[]): ChoiceOption | undefined {
  const first = tokens[0];
  if (!first || !lang.ownYes || !lang.ownNo) return undefined;
  const isYes = lang.ownYes.has(first.key);
  if (isYes === lang.ownNo.has(first.key)) return undefined;
  const set = isYes ? lang.ownYes : lang.ownNo;
  const other = isYes ? lang.no : lang.yes;
  if (tokens.slice(1).some((t) => other.has(t.key))) return undefined;
  const fits = options.filter((o) => o.labels.some((l: string) => set.has(labelOf(lang, l).answer ?? '')));
  return fits.length === 1 ? fits[0] : undefined;
}
