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

/** Collapse runs of the same character: "schuulden" -> "schulden", "ss" -> "s". */
function collapse(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/**
 * Dutch phonetic key. Folds the spellings that residents mix up: sch/sg/sh -> s, ch -> g,
 * c -> k/s, ij/ei/y -> ei, ou/au(w) -> au, z -> s, v -> f, ph -> f, double letters -> single,
 * the ending -en/-e (plural, infinitive, missing final n) dropped, and a final d/dt -> t.
 */
const DUTCH_SOUNDS = /sch|sh|sg|^sk|ch|ph|th|ck|qu|x|c(?=[eiy])|c|ij|y|[ao]uw|ou|z|v|dt/g;
const DUTCH_SPELLING: Readonly<Record<string, string>> = {
  sch: 's', sh: 's', sg: 's', sk: 's', ch: 'g', ph: 'f', th: 't', ck: 'k', qu: 'kw', x: 'ks',
  ij: 'ei', y: 'ei', auw: 'au', ouw: 'au', ou: 'au', z: 's', v: 'f', dt: 't',
};

/** How a language turns a word into its key, in two steps (so compound parts can reuse step 1). */
export interface KeyRules {
  /** Step 1, letters anywhere in the word: "schuldhulp" -> "suldhulp". */
  sounds(word: string): string;
  /** Step 2, the end of a word (or of a compound part): "sulde" -> "sult". */
  ending(s: string): string;
  /**
   * Optional: the word without a small word glued to its front, for a word that is not in the
   * vocabulary as typed ("بمدرستي" -> "مدرستي"). Tried before fuzzy matching; each candidate must
   * be in the vocabulary exactly.
   */
  clitics?(body: string): string[];
}

/**
 * Dutch rules. Step 1 folds the spellings that residents mix up: sch/sg/sh -> s, ch -> g,
 * c -> k/s, ij/ei/y -> ei, ou/au(w) -> au, z -> s, v -> f, ph -> f, dt -> t. Step 2 drops the
 * ending -en/-e (plural, infinitive, missing final n; not -een), makes double letters single and a
 * final d -> t.
 */
const DUTCH: KeyRules = {
  sounds(word: string): string {
    // one pass, leftmost match in the order listed: "sch" before "ch", "ouw" before "ou"
    return word.replace(DUTCH_SOUNDS, (m, offset: number) => {
      if (m === 'c') return 'eiy'.includes(word[offset + 1] ?? '-') ? 's' : 'k';
      return DUTCH_SPELLING[m] ?? m;
    });
  },
  ending(s: string): string {
    if (s.length >= 5 && !s.endsWith('een')) {
      if (s.endsWith('en')) s = s.slice(0, -2);
      else if (s.endsWith('e')) s = s.slice(0, -1);
    }
    s = collapse(s);
    if (s.length >= 3 && s.endsWith('d')) s = s.slice(0, -1) + 't';
    return collapse(s);
  },
};

/** English rules: ph -> f; double consonants single (not vowels: "career" is not "carer"), plural -s/-ies dropped. */
const ENGLISH: KeyRules = {
  sounds: (word) => word.replace(/ph/g, 'f'),
  ending(s: string): string {
    if (s.length >= 5 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
    else if (s.length >= 4 && /[^su]s$/.test(s) && !s.endsWith('is')) s = s.slice(0, -1);
    return s.replace(/([^aeiou])\1+/g, '$1');
  },
};

/** Rules for languages without their own: double letters single. */
const GENERIC: KeyRules = { sounds: (word) => word, ending: collapse };

/** Arabic letters that residents write in more than one way, to one form ("ة" is "ه" at the end). */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'گ': 'ك', 'ڭ': 'ك', 'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ٱ': 'ا', 'ء': '',
};
const ARABIC_LETTER = /[ةىیکگڭڤپچٱء]/g;
const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[a-z]/;
/**
 * Words whose own first letter is "و", so that it is not "and": ولدي (my son) is not و + لدي (I
 * have), والدين (parents) not و + الدين (the debt). Dropping "و" from the others is the same in
 * synonyms and messages, so it only matters where the rest is another word.
 */
const WAW_ROOT = /^و(?:ين|لد|لاد|الد|قت|حد|حيد|ظيف|ظايف|جع|جب|ضع|صل|قع|سط|طن|زن|رق|رث|جه|عد|لي|فا|سيط|ساط|ثيق|سخ|صف|زار|كال)/;
/** Article with a preposition in front: "بالبيت", "للمدرسة", "عالشغل" (on the), "فالحومة" (in the). */
const ARABIC_ARTICLES: readonly (readonly [string, number])[] = [
  ['بال', 2], ['لل', 2], ['ال', 2], ['كال', 3], ['فال', 3], ['عال', 3],
];

/**
 * Readings of an Arabic word without one small word glued to it, most likely first: a preposition
 * or "so" in front ("بمدرستي", "لابني", "فبابا"), the spoken present ("بعرف", "كنخدم", "نخدم" =
 * "أعرف", "أخدم"), the spoken negation "ما ...ش" ("ماعنديش", "قدرتش") and the "ا" of the
 * accusative ("كرسيا" = "كرسيًا").
 */
function arabicClitics(body: string): string[] {
  const out: string[] = [];
  if (body.length < 4 || !ARABIC.test(body)) return out;
  if (body.endsWith('ش')) {
    const b = body.slice(0, -1);
    out.push(b);
    if (b.startsWith('ما')) out.push(b.slice(2));
    else if (b.startsWith('م')) out.push(b.slice(1));
  }
  if (body.endsWith('ا')) out.push(body.slice(0, -1));
  const first = body[0] ?? '';
  if ('بلكف'.includes(first)) out.push(body.slice(1));
  if (first === 'ب' || first === 'ن') out.push('ا' + body.slice(1));
  if (body.startsWith('كن')) out.push('ا' + body.slice(2));
  return out.filter((w) => w.length >= 3);
}

/**
 * Arabic rules. Arabic glues "and", the article and prepositions to the front of a word and
 * possessive pronouns to the end ("وبيتي" = and my house). Step 1 unifies letters (ة/ه, ى/ي,
 * Persian and Moroccan letter forms, hamza on the line), shortens letters held for emphasis
 * ("كتيييير"), keeps only the Dutch part of "الgemeente", and drops a leading "و" (and) and an
 * article with its preposition ("بالبيت" -> "بيت"). Step 2 drops one suffix: a possessive
 * (ي، ه، ها، هم، نا; spoken "و" = his), the feminine ending (ة, written ه) or a plural (ات، ون، ين); "ت" before a
 * possessive is the ة of the word ("مدرستي" -> "مدرس" like "مدرسة"). Every stem keeps at least
 * three letters, so short words stay whole ("بيتي" -> "بيت", "أمي" stays). Verb prefixes and
 * single-letter prepositions (ب، ل، ك، ف) are not dropped here (too many words start with those
 * letters); see {@link KeyRules.clitics}.
 */
const ARABIC_RULES: KeyRules = {
  sounds(word: string): string {
    if (!ARABIC.test(word)) return word;
    // a Dutch word with the Arabic article or a preposition glued to it: "الuitkering"
    if (LATIN.test(word)) return word.replace(/[\u0600-\u06FF]+/g, '');
    let w = word.replace(ARABIC_LETTER, (c) => ARABIC_LETTERS[c] ?? c).replace(/([\u0600-\u06FF])\1{2,}/g, '$1');
    while (w.startsWith('و') && w.length >= 3 && !WAW_ROOT.test(w)) w = w.slice(1);
    for (const [p, rest] of ARABIC_ARTICLES) {
      if (w.startsWith(p) && w.length - p.length >= rest) {
        w = w.slice(p.length);
        break;
      }
    }
    return w || word;
  },
  ending(s: string): string {
    if (!ARABIC.test(s)) return collapse(s);
    const cut = (t: string, suffixes: readonly string[], min: number): string | undefined => {
      for (const x of suffixes) if (t.endsWith(x) && t.length - x.length >= min) return t.slice(0, -x.length);
      return undefined;
    };
    // "ية" needs a longer stem: "نفسية" (psychological) must not become "نفس" (self)
    const owned = cut(s, ['يه'], 4) ?? cut(s, ['ها', 'هم', 'هن', 'نا'], 3) ?? cut(s, ['ي', 'ه', 'و'], 3);
    if (owned === undefined) return cut(s, ['ات'], 3) ?? cut(s, ['ون', 'ين'], 4) ?? s;
    // "مدرستي" (my school): the ة of "مدرسة" is written ت before a possessive; "حياتي"
    return cut(owned, ['ات'], 3) ?? cut(owned, ['ت'], 3) ?? owned;
  },
  clitics(body: string): string[] {
    const out = arabicClitics(body);
    for (const b of [...out]) out.push(...arabicClitics(b));
    return out;
  },
};

/**
 * Polish endings (written without accents), longest first. Nouns and adjectives change their
 * ending for case and number ("czynsz", "czynszu", "czynszem"; "długi", "długów", "długach"),
 * verbs for person ("szukam", "szukać"; "pracuję", "pracować"). Past tenses ("straciłem") are left
 * alone: their "-ł-" is also the end of many stems ("szkoła"). So is "-o": "długo" (long) must not
 * meet "dług" (debt). Infinitives in "-ić"/"-yć" keep their ending ("umówić" is not "umowa").
 * Nouns made from verbs keep their "-an-"/"-en-" ("mieszkanie" is a flat,
 * "mieszkam" is "I live"), so they meet each other ("mieszkania", "mieszkaniu") but not the verb.
 */
const POLISH_ENDINGS: readonly string[] = [
  'owac', 'ywac', 'iwac', 'ajac',
  'iami', 'iach', 'iego', 'iemu', 'ujesz', 'ujemy',
  'ami', 'ach', 'owie', 'owi', 'ego', 'emu', 'ych', 'ymi', 'imi',
  'iom', 'iem', 'iej', 'uje', 'uja', 'aja', 'esz', 'emy', 'isz', 'imy', 'asz', 'amy',
  'ow', 'om', 'em', 'ej', 'ym', 'im', 'ich', 'ie', 'ia', 'iu', 'ac', 'am',
  'a', 'e', 'i', 'y', 'u',
];

/**
 * Polish rules. Step 1 reads "ł" as "l" (many residents type without Polish letters, and folding
 * already made "ą" "a", "ś" "s" and so on). Step 2 drops one inflectional ending (see
 * {@link POLISH_ENDINGS}) when at least four letters remain, so "czynszu" meets "czynsz",
 * "długów" meets "długi" and "pomocy przy sprzątaniu" meets "pomoc przy sprzątaniu"; short words
 * ("dom", "syn", "mama") stay as typed, so they do not meet common words such as "mam".
 */
const POLISH: KeyRules = {
  sounds: (word) => word.replace(/ł/g, 'l'),
  ending(s: string): string {
    for (const e of POLISH_ENDINGS) {
      if (s.length - e.length >= 4 && s.endsWith(e)) return collapse(s.slice(0, -e.length));
    }
    return collapse(s);
  },
};

/**
 * The key rules for a language tag: Dutch for `nl` and its variants (`nl-x-simple`), English for
 * `en`, Arabic for `ar`, Polish for `pl`, plain rules for every other language.
 *
 * @param lang - language tag
 */
export function keyRules(lang: string): KeyRules {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  if (base === 'nl') return DUTCH;
  if (base === 'en') return ENGLISH;
  if (base === 'ar') return ARABIC_RULES;
  if (base === 'pl') return POLISH;
  return GENERIC;
}

/**
 * The key function for a language tag (see {@link keyRules}).
 *
 * @param lang - language tag
 */
export function keyFunction(lang: string): (word: string) => string {
  const rules = keyRules(lang);
  return (word: string): string => {
    const w = lang.toLowerCase().startsWith('en') ? word.replace(/'s$/, '') : word;
    const s = w.replace(/'/g, '');
    if (s.length === 0 || /\d/.test(s)) return s;
    return rules.ending(rules.sounds(s));
  };
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
  // the words of the content, kept for good once loaded (frozen), and the words residents type,
  // kept while there is room (cleared when full, so no input can grow it without bound)
  const cache = new Map<string, string>();
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
    let k = cache.get(word) ?? typedKeys.get(word);
    if (k === undefined) {
      k = keyOf(word);
      if (!frozen) cache.set(word, k);
      else remember(typedKeys, word, k);
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
      for (const w of foldedWords(src)) {
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
