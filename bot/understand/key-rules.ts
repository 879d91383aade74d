/**
 * Key rules per language: how a word becomes its *key*, so that common (phonetic) spellings of one
 * word meet ("shulde", "schulde" and "schulden"; Arabic letters written in more than one way; Polish
 * endings). Used by {@link createNormaliser} in normalise.ts.
 * @packageDocumentation
 */

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
  /**
   * Optional: the language's own script, where its rules also read words typed in Latin letters
   * (Ukrainian). A message without a letter of it is read in this language only when it is
   * detected as this language, never as a fallback for a message of another language ("meer" is
   * no "мер").
   */
  script?: RegExp;
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

/** Cyrillic letters (as folded: "й" is "и", "ї" is "і", "ё" is "е") in Latin, as residents type them. */
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};
const CYRILLIC = /[\u0400-\u04FF]/;
/** Latin spellings of one Cyrillic sound, longest first, to one form. */
const TRANSLIT_SOUNDS = /shch|sch|sh|ch|zh|kh|tz|ts|[yj]i|[jgwx]/g;
const TRANSLIT_FORM: Readonly<Record<string, string>> = {
  shch: 'S', sch: 'S', sh: 'S', ch: 'C', zh: 'Z', kh: 'h', tz: 'c', ts: 'c', yi: 'i', ji: 'i',
  j: 'y', g: 'h', w: 'v', x: 'h',
};

/**
 * Ukrainian and Russian rules. Refugees type in Cyrillic, or in Latin letters on a Dutch phone
 * ("hroshi ne vystachaye" for "гроші не вистачає"). Step 1 writes a Cyrillic word in Latin letters
 * and folds the ways a Cyrillic sound is typed in Latin to one form (kh/h/g/x, ts/tz/c, j/y, yi/ji/i,
 * shch/sch/sh; y and i stay apart, as и and і, so "біль" is not "был"), so a synonym in either
 * script meets a word typed in either. Step 2 as the plain rules (doubled letters once).
 */
const UKRAINIAN: KeyRules = {
  sounds(word: string): string {
    // "ьо" is typed "yo" ("сьогодні", "syohodni")
    const latin = CYRILLIC.test(word) ? [...word.replace(/ьо/g, 'yo')].map((c) => CYRILLIC_LATIN[c] ?? c).join('') : word;
    return latin.replace(TRANSLIT_SOUNDS, (m) => TRANSLIT_FORM[m] ?? m);
  },
  ending: collapse,
  script: CYRILLIC,
};

/**
 * Turkish as residents type it on a phone: the dotless ı as i (most type "kalkamiyorum"), and the
 * spoken endings of the present and future tense as the written ones: "kalkamiyom", "kalkamıyorum"
 * and "kalkamıyor" meet in "kalkamiyor"; "gidicem", "gideceğim" and "gidecek" in "gidecek" (a
 * future with a back vowel ends in "-ecek" too: "yapıcam", "yapacağım" -> "yapecek"). The rules
 * see folded words (ğ is g) with ı already i (`sounds` runs first).
 */
const TURKISH_ENDINGS: readonly (readonly [RegExp, string])[] = [
  // present continuous, every person, spoken or written: -iyorum/-iyom, -iyoruz/-iyoz, -iyorsun/-iyon, -iyorlar/-iyolar, -iyo
  [/([iuü])yo(?:rum|m|ruz|z|rsun|sun|n|rlar|lar|r)?$/, '$1yor'],
  // future, first person and the stem: -eceğim/-ecem/-icem, -acağım/-acam/-ıcam, -ecek/-acak
  [/[ei]ce(?:gim|m)$|[ai]ca(?:gim|m)$|ecek$|acak$/, 'ecek'],
];
const TURKISH: KeyRules = {
  sounds: (word) => word.replace(/ı/g, 'i'),
  ending(s: string): string {
    for (const [from, to] of TURKISH_ENDINGS) if (s.length >= 6 && from.test(s)) return collapse(s.replace(from, to));
    return collapse(s);
  },
};

/**
 * The key rules for a language tag: Dutch for `nl` and its variants (`nl-x-simple`), English for
 * `en`, Arabic for `ar`, Polish for `pl`, Ukrainian (and Russian) for `uk` and `ru`, Turkish for
 * `tr`, plain rules for every other language.
 *
 * @param lang - language tag
 */
export function keyRules(lang: string): KeyRules {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  if (base === 'nl') return DUTCH;
  if (base === 'en') return ENGLISH;
  if (base === 'ar') return ARABIC_RULES;
  if (base === 'pl') return POLISH;
  if (base === 'uk' || base === 'ru') return UKRAINIAN;
  if (base === 'tr') return TURKISH;
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
    // one sound doubled ("ww", "її") stays itself: else every "w" ("and" in Arabic typed in Latin
    // letters) would be the WW, and every "і" (and) the Ukrainian "її" (her)
    const sounded = rules.sounds(s);
    if (/^(.)\1+$/u.test(sounded)) return sounded;
    return rules.ending(sounded);
  };
}
