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

/** A word of a message: as typed (folded) and as key. */
export interface Token {
  /** The word as typed, lower-cased, without diacritics. */
  raw: string;
  /** The phonetic key used for all lookups. */
  key: string;
}

/** Turns text into tokens for one language. */
export interface Normaliser {
  /** Language tag this normaliser is for. */
  readonly lang: string;
  /** The key of one (already folded) word. */
  key(word: string): string;
  /** Fold, split, apply the spelling table and key every word. */
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
 * Split folded text into words (letters and digits; inner apostrophes kept, as in "m'n").
 *
 * @param folded - output of {@link fold}
 */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Collapse runs of the same character: "schuulden" -> "schulden", "ss" -> "s". */
function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * Dutch phonetic key. Folds the spellings that residents mix up: sch/sg/sh -> s, ch -> g,
 * c -> k/s, ij/ei/y -> ei, ou/au(w) -> au, z -> s, v -> f, ph -> f, double letters -> single,
 * the ending -en/-e (plural, infinitive, missing final n) dropped, and a final d/dt -> t.
 */
function dutchKey(word: string): string {
  let s = word.replace(/'/g, '');
  if (s.length === 0 || /\d/.test(s)) return s;
  s = s
    .replace(/sch|sh|sg|^sk/g, 's')
    .replace(/ch/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ij|y/g, 'ei')
    .replace(/[ao]uw|ou/g, 'au')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/dt/g, 't');
  s = collapse(s);
  if (s.length >= 5) {
    if (s.endsWith('en')) s = s.slice(0, -2);
    else if (s.endsWith('e')) s = s.slice(0, -1);
  }
  if (s.length >= 3 && s.endsWith('d')) s = s.slice(0, -1) + 't';
  return collapse(s);
}

/** English key: double letters single, plural -s/-ies dropped. */
function englishKey(word: string): string {
  let s = word.replace(/'s$/, '').replace(/'/g, '');
  if (s.length === 0 || /\d/.test(s)) return s;
  s = s.replace(/ph/g, 'f');
  if (s.length >= 5 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length >= 4 && /[^su]s$/.test(s) && !s.endsWith('is')) s = s.slice(0, -1);
  return collapse(s);
}

/** Key for languages without their own rules: double letters single. */
function genericKey(word: string): string {
  return collapse(word.replace(/'/g, ''));
}

/**
 * The key function for a language tag: Dutch rules for `nl` and its variants (`nl-x-simple`),
 * English rules for `en`, a plain one for every other language.
 *
 * @param lang - language tag
 */
export function keyFunction(lang: string): (word: string) => string {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  if (base === 'nl') return dutchKey;
  if (base === 'en') return englishKey;
  return genericKey;
}

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
  const cache = new Map<string, string>();
  const key = (word: string): string => {
    let k = cache.get(word);
    if (k === undefined) {
      k = keyOf(word);
      if (cache.size >= DEFAULTS.fuzzy.cacheSize) cache.clear();
      cache.set(word, k);
    }
    return k;
  };
  return {
    lang,
    key,
    tokens(text: string, maxChars: number = DEFAULTS.limits.routeChars): Token[] {
      const src = typeof text === 'string' ? text.slice(0, Math.max(0, maxChars)) : '';
      const out: Token[] = [];
      for (const w of words(fold(src))) {
        const replaced = table.get(w) ?? table.get(w.replace(/'/g, ''));
        if (replaced) {
          for (const r of replaced) out.push({ raw: w, key: key(r) });
        } else {
          out.push({ raw: w, key: key(w) });
        }
      }
      return out;
    },
  };
}
