/**
 * A typed answer in the resident's own words, read against the words of each choice: the
 * label and the `words:` staff wrote on it in the flow. Where {@link matchChoice} compares the
 * whole text with a label and a choice's `words:` must stand in the text as a phrase, this
 * weighs single words: "ik krijg brieven en ik snap niet wat erin staat" shares "brieven" and
 * "snap" with only "Ik snap mijn post niet" (words: "snap de brief", "stapel brieven" …).
 *
 * @remarks
 * Every word of the text that stands, with the same spelling tolerance as the labels, in the
 * words of some choices but not of all adds `1 / (how many)` to each of those: a word that only
 * one choice has counts fully, a word two choices share half. A common word ("maand", "niet")
 * weighs `commonWeight` (it can tip, never decide alone), is compared as written (a typo at most:
 * "maand" is not "maanden"), and counts only where it sets at most a minority of the choices apart.
 * The best choice must reach `DEFAULTS.choiceSense.minScore` and beat the second by `margin`;
 * otherwise `null`. Bounded: at most `maxWords` words of the text are read.
 * @packageDocumentation
 */
import { DEFAULTS } from './defaults.js';
import { editDistance } from './fuzzy.js';
import { contentTokens, tokenSim, type ChoiceLanguage } from './match-choice.js';
import type { Token } from './normalise.js';
import type { ChoiceMatch } from './types.js';

/** One choice as the sense reading needs it. */
export interface SenseOption {
  readonly id: string;
  /** Its labels in the conversation's language. */
  readonly labels: readonly string[];
  /** The words staff wrote on it (`words:` in the flow), in the flows' own language. */
  readonly words: readonly string[];
}

/** A choice the text means, and the words of the text that said so (as typed, normalised). */
export interface SenseMatch extends ChoiceMatch {
  readonly said: readonly string[];
  /** The part of the score from words that are not common words ("schulden", not "wat" or "mijn"). */
  readonly content: number;
}

/** How alike two words are for this reading: the label tolerance, or one standing inside the other ("opgebeld", "gebeld"). */
function alike(a: Token, b: Token): number {
  const s = tokenSim(a, b);
  if (s >= DEFAULTS.choiceSense.minSim) return s;
  const [short, long] = a.raw.length <= b.raw.length ? [a.raw, b.raw] : [b.raw, a.raw];
  return short.length >= DEFAULTS.choiceSense.minInside && (long.startsWith(short) || long.endsWith(short)) ? DEFAULTS.choiceSense.minSim : 0;
}

/** Each option's distinct words (as spelled), read once per options list and language. */
const vocabularies = new WeakMap<readonly SenseOption[], WeakMap<ChoiceLanguage, readonly (readonly Token[])[]>>();

function vocabularyOf(lang: ChoiceLanguage, flows: ChoiceLanguage, options: readonly SenseOption[]): readonly (readonly Token[])[] {
  let perLang = vocabularies.get(options);
  if (!perLang) vocabularies.set(options, (perLang = new WeakMap()));
  let vocab = perLang.get(lang);
  if (!vocab) {
    vocab = options.map((o) => {
      const all = [...o.labels.flatMap((l) => contentTokens(lang, l)), ...(sameLanguage(lang, flows) ? o.words.flatMap((w) => contentTokens(flows, w)) : [])];
      const byKey = new Map<string, Token>();
      for (const v of all) if (v.raw.length >= DEFAULTS.choiceSense.minLetters && !byKey.has(v.raw)) byKey.set(v.raw, v);
      return [...byKey.values()];
    });
    perLang.set(lang, vocab);
  }
  return vocab;
}

const base = (l: ChoiceLanguage) => l.norm.lang.toLowerCase().split('-')[0];
/** A variant ("nl-x-simple") reads the flows' words as its own. */
const sameLanguage = (a: ChoiceLanguage, b: ChoiceLanguage) => base(a) === base(b);

/**
 * The choice the text means by its words, or null.
 *
 * @param lang - the conversation's language (its labels and the text)
 * @param flows - the flows' own language (their `words:`); may be `lang`
 * @param text - what the resident typed
 * @param options - the current choices
 */
export function senseOfChoice(lang: ChoiceLanguage, flows: ChoiceLanguage, text: string, options: readonly SenseOption[]): SenseMatch | null {
  if (typeof text !== 'string' || options.length < 2) return null;
  const c = DEFAULTS.choiceSense;
  const seen = new Set<string>();
  const typed = lang.norm.tokens(text, DEFAULTS.limits.routeChars).filter((t) => {
    if (t.raw.length < c.minLetters || seen.has(t.key)) return false;
    seen.add(t.key);
    return true;
  }).slice(0, c.maxWords);
  if (typed.length === 0) return null;
  const vocab = vocabularyOf(lang, flows, options);
  const score = options.map(() => 0);
  const said = options.map((): string[] => []);
  const content = options.map(() => 0);
  for (const t of typed) {
    const common = lang.stop.has(t.key);
    // a common word as written, a typo at most: "maand" is not "maanden" ("sinds vorige maand" is short)
    const same = common ? (v: Token) => (v.raw === t.raw || (t.raw.length >= 5 && editDistance(t.raw, v.raw, 1) <= 1) ? 1 : 0) : (v: Token) => alike(t, v);
    const sims = vocab.map((vs) => vs.reduce((m, v) => Math.max(m, same(v)), 0));
    const holders = sims.filter((s) => s > 0).length;
    // a common word ("maand", "week", "niet") counts only where it sets a few choices apart
    const most = common ? Math.max(1, Math.floor((options.length - 1) / 2)) : options.length - 1;
    if (holders === 0 || holders > most) continue;
    sims.forEach((s, i) => {
      if (s === 0) return;
      score[i]! += ((common ? c.commonWeight : 1) * s) / holders;
      if (!common) content[i]! += s / holders;
      said[i]!.push(t.raw);
    });
  }
  const order = score.map((s, i) => i).sort((a, b) => score[b]! - score[a]!);
  const [best, second] = [order[0]!, order[1]!];
  if (score[best]! < c.minScore || score[best]! - score[second]! < c.margin) return null;
  return { id: options[best]!.id, score: Math.round(score[best]! * 1000) / 1000, said: said[best]!, content: Math.round(content[best]! * 1000) / 1000 };
}
