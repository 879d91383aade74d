/**
 * Words typed without spaces ("ikwilnietmeerleven", "mijnkindkrijgtgeenhulpopschool"): split
 * back into the words of the language, so that the crisis tripwire and routing can read them.
 *
 * @remarks
 * Only a long run of letters that is not itself a known word is split, and only when the split is
 * clearly a sentence: known words cover every letter, there are three or more, two of them common
 * words, and it starts with who it is about (ik, hij, mijn). A compound ("zelfmoordpreventie",
 * "woningbouwvereniging") does not, and stays as it is. Dynamic programming over the letters, bounded by
 * `DEFAULTS.limits.gluedChars`: a longer run is never split. A run longer than any real word
 * (`DEFAULTS.limits.wordChars`) is no compound: it need not start with who it is about.
 * @packageDocumentation
 */
import { DEFAULTS } from './defaults.js';
import { fold, foldedWords, words } from './normalise.js';
import type { LanguageData } from './types.js';

/** Known words of one language, folded; `common` are its stop words, `persons` its words for someone (ik, mijn, hij). */
export interface Lexicon {
  readonly known: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
  /** The same, as a list (the first check on every run of letters). */
  readonly personList: readonly string[];
  readonly longest: number;
}

/** The words of a language's data: common words, topic words, crisis phrases, spelling table. */
export function ungluingLexicon(lang: LanguageData): Lexicon {
  const known = new Set<string>();
  const add = (text: string) => {
    for (const w of words(fold(text.replace(/[/.]+/g, ' ')))) if (w.length >= 2 && !/\d/.test(w)) known.add(w);
  };
  for (const t of Object.values(lang.topics)) for (const w of [...t.words, ...(t.weak ?? []), ...(t.patterns ?? [])]) add(w);
  for (const list of Object.values(lang.crisis)) for (const p of list ?? []) add(p);
  for (const list of Object.values(lang.bystander ?? {})) for (const p of list ?? []) add(p);
  for (const w of [...lang.stopwords, ...(lang.self ?? []), ...(lang.others ?? []), ...(lang.signals ?? []), ...lang.yes, ...lang.no]) add(w);
  for (const [from, to] of Object.entries(lang.spelling ?? {})) {
    add(from);
    add(to);
  }
  const common = new Set(lang.stopwords.flatMap((w) => words(fold(w))));
  // who the sentence is about: the crisis lists of self and others, and the possessive (mijn)
  const persons = new Set([...(lang.self ?? []), ...(lang.others ?? [])].flatMap((w) => words(fold(w))).filter((w) => w.length >= 2));
  let longest = 0;
  for (const w of known) longest = Math.max(longest, w.length);
  return { known, common, persons, personList: [...persons], longest };
}

/** A run of letters this long or longer that is not a known word may be words without spaces. */
const MIN_RUN = 8;
/** What an unknown letter costs in the split (a known word of n letters gains n²). */
const UNKNOWN_LETTER = 10;
/** Words a split needs, and common words among them ("ik", "wil"; a compound has none). */
const MIN_WORDS = 3;
const MIN_COMMON = 2;

/** The split of one run of letters into known words, or undefined when it is not clearly a sentence. */
function split(run: string, lex: Lexicon): string[] | undefined {
  // a sentence starts with who it is about: most runs of letters are ruled out before any work
  if (run.length <= DEFAULTS.limits.wordChars && !lex.personList.some((p) => run.startsWith(p))) return undefined;
  const n = run.length;
  // best[i]: the best score for the first i letters, and where its last word began (-1: one unknown letter)
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    // an unknown letter costs as much as a short word gains: a full cover wins ("ik wil dood", not "i kwil dood")
    if (best[i - 1]! - UNKNOWN_LETTER > best[i]!) {
      best[i] = best[i - 1]! - UNKNOWN_LETTER;
      from[i] = -1;
    }
    for (let j = Math.max(0, i - lex.longest); j <= i - 2; j++) {
      if (best[j] === -Infinity || !lex.known.has(run.slice(j, i))) continue;
      const score = best[j]! + (i - j) * (i - j);
      if (score > best[i]!) {
        best[i] = score;
        from[i] = j;
      }
    }
  }
  const out: string[] = [];
  let covered = 0;
  let unknown = '';
  for (let i = n; i > 0; ) {
    const j = from[i]!;
    if (j < 0) {
      unknown = run[i - 1] + unknown;
      i -= 1;
      continue;
    }
    if (unknown) out.unshift(unknown);
    unknown = '';
    out.unshift(run.slice(j, i));
    covered += i - j;
    i = j;
  }
  if (unknown) out.unshift(unknown);
  // a sentence: every letter in a known word, three words or more, two of them common words, and
  // it starts with a common word for who it is about ("ik wil …", "hij slaat …"), or its
  // possessive ("mijn kind …": mij + n)
  if (covered < n || out.length < MIN_WORDS || out.filter((w) => lex.common.has(w)).length < MIN_COMMON) return undefined;
  const first = out[0]!;
  // (a run longer than any real word is no compound: there a full cover with common words says enough)
  if (n <= DEFAULTS.limits.wordChars && (!lex.common.has(first) || !(lex.persons.has(first) || (first.endsWith('n') && lex.persons.has(first.slice(0, -1)))))) return undefined;
  return out;
}

/**
 * The text with its runs of glued words split ("ikwilnietmeerleven" -> "ik wil niet meer
 * leven"), folded; or undefined when nothing in it is glued.
 */
export function unglue(text: string, lexicons: readonly Lexicon[]): string | undefined {
  const tokens = foldedWords(text);
  const glued = (t: string) => t.length >= MIN_RUN && t.length <= DEFAULTS.limits.gluedChars && !/\d/.test(t) && !lexicons.some((l) => l.known.has(t));
  // most texts have no such run of letters: nothing to do
  if (!tokens.some(glued)) return undefined;
  let changed = false;
  const out = tokens.map((t) => {
    if (!glued(t)) return t;
    for (const lex of lexicons) {
      const parts = split(t, lex);
      if (parts) {
        changed = true;
        return parts.join(' ');
      }
    }
    return t;
  });
  return changed ? out.join(' ') : undefined;
}

/** Reading a text as typed, and split where its words were glued (the last text's split is kept). */
export interface SplitReader {
  /** The split text, or undefined when nothing in it is glued. */
  unglued(text: string): string | undefined;
  /** `read` of the text as typed; of its split only when that gives nothing (`none`). */
  orSplit<T>(text: string, read: (t: string) => T, none: (r: T) => boolean): T;
}

/** A {@link SplitReader} over a bot's lexicons; a turn reads the same text several times. */
export function splitReader(lexicons: readonly Lexicon[]): SplitReader {
  let last: { text: string; out: string | undefined } | undefined;
  const unglued = (text: string): string | undefined => {
    if (last?.text !== text) {
      let out: string | undefined;
      try {
        out = unglue(text, lexicons);
      } catch {
        // never let the split stand in the way: the text as typed
        out = undefined;
      }
      last = { text, out };
    }
    return last.out;
  };
  const orSplit = <T>(text: string, read: (t: string) => T, none: (r: T) => boolean): T => {
    const r = read(text);
    if (!none(r)) return r;
    const split = unglued(text);
    return split === undefined ? r : read(split);
  };
  return { unglued, orSplit };
}
