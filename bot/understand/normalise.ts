/**
 * Normalising text: folding case and diacritics, splitting into words, applying the spelling
 * table of a synonym file, and computing a *key* per word that is the same for common
 * (phonetic) spellings of that word.
 *
 * @remarks
 * Both sides go through the same key function: the synonyms when the index is built and the
 * resident's words when a message is read. So "shulde", "schulde" and "schulden" meet at one key,
 * and so do "gelt"/"geld", "wonen"/"woon", "rekeningen"/"rekening", "bijstand"/"bystand".
 */

import { DEFAULTS } from './defaults.js';
import { keyFunction, keyRules, type KeyRules } from './key-rules.js';

export { keyFunction, keyRules, type KeyRules };

/** A word of a message: as typed (folded) and as key. */
export interface Token {
  /** The word as typed, lower-cased, without diacritics. */
  raw: string;
  /** The phonetic key used for all lookups. */
  key: string;
  /** The word after the sound rules only (see {@link KeyRules.sounds}), for compound handling. */
  body: string;
}

/** Turns text into tokens for one language. */
export interface Normaliser {
  /** Language tag this normaliser is for. */
  readonly lang: string;
  /** The key of one (already folded) word. */
  key(word: string): string;
  /** The language's key rules, for splitting compound words in key space. */
  readonly rules: KeyRules;
  /**
   * Stop adding words to the key cache. Called once the vocabulary is indexed: known words stay
   * fast, and unknown words in messages leave no long-lived garbage (which would make garbage
   * collection pauses, and so slow messages, more frequent).
   */
  freeze(): void;
  /**
   * Fold, split, apply the spelling table and key every word. Reads at most `maxChars` of the
   * text and `DEFAULTS.limits.normalisedChars` of its folded form. The result must not be changed.
   */
  tokens(text: string, maxChars?: number): Token[];
}

const APOSTROPHES = /[\u2018\u2019\u201B\u0060\u00B4\u02BC]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0640]/g;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * Fold text for matching: lower case, compatibility forms (ligatures, full-width letters),
 * no diacritics, uniform apostrophes, no control or direction characters.
 *
 * @param text - any string
 * @returns the folded string (may be shorter than the input)
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(CONTROL, ' ');
}

/**
 * Bound a folded text to `DEFAULTS.limits.normalisedChars`: folding can make one character into
 * many (U+FDFA becomes 18), so the limit on typed text alone does not bound the work. Of a longer
 * text the start and the end are kept (where a cry for help often stands).
 *
 * @param folded - output of {@link fold}
 * @param max - characters kept at most
 */
export function capFolded(folded: string, max: number = DEFAULTS.limits.normalisedChars): string {
  if (folded.length <= max) return folded;
  const half = Math.floor(max / 2);
  return folded.slice(0, half) + ' ' + folded.slice(folded.length - half);
}

/**
 * Split folded text into words (letters and digits; inner apostrophes kept, as in "m'n").
 *
 * @param folded - output of {@link fold}
 */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

// every language's normaliser reads the same message (crisis and detection read it in all
// languages): fold and split it once
let lastFoldedSrc: string | undefined;
let lastFoldedWords: readonly string[] = [];

/** The words of a text, folded and capped to `DEFAULTS.limits.normalisedChars` (memoised for one text). */
export function foldedWords(src: string): readonly string[] {
  if (src !== lastFoldedSrc) {
    lastFoldedWords = words(capFolded(fold(src)));
    lastFoldedSrc = src;
  }
  return lastFoldedWords;
}

/**
 * Keys of content words per language, for the whole process: a word's key depends on its language
 * only, and every load of the project (server, validator, each test) keys the same words. Only
 * words read before a normaliser is frozen go here; typed words never do.
 */
const CONTENT_KEYS = new Map<string, Map<string, string>>();

/** Languages that write a case ending apart after an apostrophe ("Ankara'da", "GGZ'ye"): the word is what stands before it. */
const APART_ENDINGS: ReadonlySet<string> = new Set(['tr']);
const SUFFIX = /'.*$/u;

/**
 * Build a normaliser for one language.
 *
 * @param lang - language tag (decides the key rules)
 * @param spelling - typed word -> written-out word(s), e.g. `m'n: mijn`, `ff: even`; an empty
 *   value drops the word
 */
export function createNormaliser(lang: string, spelling: Readonly<Record<string, string>>): Normaliser {
  const keyOf = keyFunction(lang);
  const table = new Map<string, string[]>();
  for (const [from, to] of Object.entries(spelling)) {
    const f = words(fold(from)).join(' ');
    if (f) table.set(f, words(fold(to)));
  }
  const rules = keyRules(lang);
  const suffixed = APART_ENDINGS.has(lang.toLowerCase().split('-')[0] ?? '');
  // the words of the content, kept for good once loaded (frozen) and shared by every normaliser of
  // the language (each load of the project keys the same words), and the words residents type,
  // kept while there is room (cleared when full, so no input can grow it without bound)
  let cache = CONTENT_KEYS.get(lang);
  if (!cache) CONTENT_KEYS.set(lang, (cache = new Map()));
  const contentKeys = cache;
  const bodies = new Map<string, string>();
  const typedKeys = new Map<string, string>();
  const typedBodies = new Map<string, string>();
  let frozen = false;
  const remember = (m: Map<string, string>, word: string, v: string) => {
    // a word longer than any real word is not kept: the cache stays small in bytes, not only in entries
    if (word.length > DEFAULTS.limits.wordChars) return;
    if (m.size >= DEFAULTS.fuzzy.cacheSize) m.clear();
    m.set(word, v);
  };
  const body = (word: string): string => {
    let b = bodies.get(word) ?? typedBodies.get(word);
    if (b === undefined) {
      b = rules.sounds(word.replace(/'/g, ''));
      if (!frozen) bodies.set(word, b);
      else remember(typedBodies, word, b);
    }
    return b;
  };
  let lastSrc: string | undefined;
  let lastTokens: Token[] = [];
  const key = (word: string): string => {
    let k = contentKeys.get(word) ?? typedKeys.get(word);
    if (k === undefined) {
      k = keyOf(word);
      if (frozen) remember(typedKeys, word, k);
      else {
        if (contentKeys.size >= DEFAULTS.fuzzy.keyMemoSize) contentKeys.clear();
        contentKeys.set(word, k);
      }
    }
    return k;
  };
  return {
    lang,
    key,
    rules,
    freeze(): void {
      frozen = true;
    },
    tokens(text: string, maxChars: number = DEFAULTS.limits.routeChars): Token[] {
      const src = typeof text === 'string' ? text.slice(0, Math.max(0, maxChars)) : '';
      // detection, the crisis check and routing read the same message: tokenise it once
      if (src === lastSrc) return lastTokens;
      const out: Token[] = [];
      for (const typed of foldedWords(src)) {
        // Turkish writes a name or a borrowed word apart from its ending: "GGZ'de", "cv'me"
        const w = suffixed ? typed.replace(SUFFIX, '') : typed;
        const replaced = table.get(w) ?? table.get(w.replace(/'/g, ''));
        if (replaced) {
          for (const r of replaced) out.push({ raw: w, key: key(r), body: body(r) });
        } else {
          out.push({ raw: w, key: key(w), body: body(w) });
        }
      }
      lastSrc = src;
      lastTokens = out;
      return out;
    },
  };
}
