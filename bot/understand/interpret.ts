/**
 * Turns typed text into an engine input where it clearly means something: a command (back,
 * start over, a person), a question about a word, or a language; and reads clauses of time. A
 * choice named by its `words:` or label is read in choice-words.ts. Pure; what it cannot place
 * stays free text for the engine. The text is normalised once per turn
 * ({@link readText}); the word lists are normalised once when the bot is built ({@link lexicon}).
 * @packageDocumentation
 */
import type { Graph, Input } from '../engine/types.js';
import { clauseTexts } from './clauses.js';
import { DEFAULTS } from './defaults.js';

/** Words per language that the interpreter listens for, already normalised. */
export interface Lexicon {
  readonly back: readonly string[];
  readonly restart: readonly string[];
  readonly human: readonly string[];
  readonly explain: readonly string[];
  /** Words that ask for the list of languages ("taal", "language"). */
  readonly language: readonly string[];
  /** Words that ask for a language by name around its name ("please", "in", "graag", "spreek"). */
  readonly languageCue: readonly string[];
  /** Words that say no to what follows ("geen mens" is nobody, not a request for a person). */
  readonly negation?: readonly string[];
  /**
   * Words that open a clause of time ("sinds", "toen"): what it names dates an answer ("sinds ik
   * mijn baan kwijt ben" at "Is het dringend?") and is noted, not offered as a switch.
   */
  readonly since?: readonly string[];
  /**
   * Words that close such a clause from behind (Turkish "beri", "sonra": "işimi kaybettiğimden
   * beri"): the clause is what comes before the word. Written in the locale as "… beri".
   */
  readonly sinceAfter?: readonly string[];
  /**
   * Words that name a person or an organisation ("huisarts", "buurvrouw", "juf"): such a word
   * alone puts no second problem on the agenda from an answer ("mijn buurvrouw leest mee").
   */
  readonly naming?: readonly string[];
  /** Words that add something ("ook", "trouwens"): then a naming word does tell a problem ("ook mijn huisarts …"). */
  readonly also?: readonly string[];
  /**
   * Words that change the subject ("trouwens", "wacht, iets anders"): a new problem after such a
   * word is offered, even where one button of the question is about it.
   */
  readonly aside?: readonly string[];
  /**
   * Words that say the question is about someone close ("mijn vraag is over", "ik maak me zorgen
   * om"): what the clauses after them tell of "hij" or "zij" is the resident's question, not
   * someone who helps ("ik heb een vraag over mijn dochter, ze is 13 en zit de hele nacht op tiktok").
   */
  readonly concern?: readonly string[];
  /**
   * What a year gone by stands for at a question of how long ("sinds 2019" is "al jaren"): the
   * first entry is added to the text, in the words the flows' choices use.
   */
  readonly longAgo?: readonly string[];
  /**
   * What a short span stands for at a question of how long ("drie weken", "een weekje"): like
   * `longAgo`, the first entry is added to the text in the words the flows' choices use.
   */
  readonly recently?: readonly string[];
  /** Units of time with their days, from "weken 7" in the locale (see `spanDays` in time-words.ts). */
  readonly durations?: ReadonlyMap<string, number>;
  /** Named moments of the year with their day of the year, from "januari 1" in the locale (see `momentDays`). */
  readonly moments?: ReadonlyMap<string, number>;
  /** Words that say "since" only next to such a moment ("na de zomervakantie", Polish "od stycznia"): too general to open a clause of time. */
  readonly momentCue?: readonly string[];
  /** Number words with their number, from "drie 3", "paar 3" in the locale. */
  readonly counts?: ReadonlyMap<string, number>;
  /** A word after a unit that puts the number behind it ("een maand of 3"). */
  readonly roughly?: readonly string[];
  /** A word before a span that makes it an age, not how long ("mijn baby van 4 maanden"). */
  readonly ageBefore?: readonly string[];
  /** A word after a span that makes it an age ("4 maanden oud"). */
  readonly ageAfter?: readonly string[];
  /** Words that end a clause ("en", "maar", "want"; `wensen.grenzen` of the synonym file). */
  readonly bounds?: readonly string[];
  /** Words by which a resident speaks of themself ("ik", "me"): loneliness, shame and anger are theirs only in a clause with one. */
  readonly self?: readonly string[];
  /** Words by which a resident names something of their own ("mijn contract"): with `self`, a problem in a clause of time is theirs. */
  readonly mine?: readonly string[];
  /** Words by which a resident speaks of someone else ("hij", "ze"): a clause with one and no word of `self` or `mine` tells of them, not of a second problem of the resident's. */
  readonly others?: readonly string[];
}

/** A language a resident can switch to, by the names they might type (normalised). */
export interface LanguageName {
  readonly code: string;
  readonly names: readonly string[];
  /** The language's own name, for its button. */
  readonly native: string;
}

/** Typed text read once: as typed, and normalised. */
export interface Reading {
  readonly text: string;
  /** Lower case, no diacritics, letters and digits only, single spaces. */
  readonly n: string;
  readonly words: readonly string[];
}

/** Lower case, no diacritics, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Content texts (labels, a choice's words) already normalised; bounded, cleared when full. */
const contentNormalised = new Map<string, string>();
const CONTENT_CACHE = 20_000;

/**
 * {@link normalise} for a text of the content (a button label, a choice's `words`): the same few
 * texts are read on every turn, so each is normalised once. Never for what a resident typed.
 */
export function normaliseContent(text: string): string {
  return contentMemo(contentNormalised, text, normalise);
}

/** `read(text)` for a text of the content, kept in `cache` (bounded: cleared when full). */
export function contentMemo(cache: Map<string, string>, text: string, read: (text: string) => string): string {
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size >= CONTENT_CACHE) cache.clear();
    out = read(text);
    cache.set(text, out);
  }
  return out;
}

/** Reads typed text once for every check of this turn. */
export function readText(text: string): Reading {
  const n = normalise(text);
  return { text, n, words: n === '' ? [] : n.split(' ') };
}

/** A lexicon with every word normalised (done once, when the bot model is built). */
export function lexicon(raw: { readonly [K in keyof Lexicon]?: readonly string[] }): Lexicon {
  const norm = (list: readonly string[] | undefined) => [...new Set((list ?? []).map(normalise).filter((w) => w !== ''))];
  const behind = (w: string) => w.trimStart().startsWith('…');
  return {
    back: norm(raw.back), restart: norm(raw.restart), human: norm(raw.human), explain: norm(raw.explain), language: norm(raw.language), languageCue: norm(raw.languageCue), negation: norm(raw.negation),
    since: norm(raw.since?.filter((w) => !behind(w))), sinceAfter: norm(raw.since?.filter(behind)), naming: norm(raw.naming), also: norm(raw.also), aside: norm(raw.aside), concern: norm(raw.concern), longAgo: norm(raw.longAgo), bounds: norm(raw.bounds),
    recently: norm(raw.recently), durations: numbered(norm(raw.durations)), moments: numbered(norm(raw.moments)), momentCue: norm(raw.momentCue), counts: numbered(norm(raw.counts)), ageBefore: norm(raw.ageBefore), ageAfter: norm(raw.ageAfter), roughly: norm(raw.roughly), self: norm(raw.self), mine: norm(raw.mine), others: norm(raw.others),
  };
}

const MAX_COMMAND_WORDS = 6;

/** True when the normalised `phrase` stands in the normalised text as whole words. */
export function hasPhrase(n: string, phrase: string): boolean {
  // most phrases are not in the text at all: that is found without building a padded copy
  return phrase.length > 0 && n.includes(phrase) && ` ${n} `.includes(` ${phrase} `);
}

/**
 * True when every place `phrase` stands in `words`, a negation comes just before it ("geen mens",
 * "nee geen enkel persoon"), and the phrase does not begin with one itself ("niet dringend").
 */
export function negatedAt(words: readonly string[], phrase: string, negation: readonly string[]): boolean {
  const ps = phrase.split(' ');
  if (negation.length === 0 || negation.includes(ps[0]!)) return false;
  let seen = false;
  for (let i = 0; i + ps.length <= words.length; i++) {
    if (!ps.every((p, j) => words[i + j] === p)) continue;
    seen = true;
    if (!words.slice(Math.max(0, i - DEFAULTS.negationReach), i).some((b) => negation.includes(b))) return false;
  }
  return seen;
}

/** Finds a command in short texts ("terug", "ik wil een mens spreken"). */
export function commandOf(r: Reading, lex: Lexicon): Input | undefined {
  if (r.words.length > MAX_COMMAND_WORDS) return undefined;
  if (lex.human.some((w) => hasPhrase(r.n, w) && !negatedAt(r.words, w, lex.negation ?? []))) return { type: 'human' };
  if (lex.restart.some((w) => hasPhrase(r.n, w))) return { type: 'restart' };
  if (lex.back.some((w) => w === r.n)) return { type: 'back' };
  return undefined;
}

/**
 * Finds a question about a glossary word: "wat is een keukentafelgesprek?" or just "wmo?".
 * With `explicit`, only a question that says so ("wat is", "wat betekent") counts.
 *
 * The word must stand in the sentence that asks ("wat is een beschikking?", "respijtzorg, wat is
 * dat?"), or be that sentence's short predecessor ("Wmo? Wat is dat?"). "Wat betekent deze brief?
 * Er staat beschikking in" asks about a letter, and "… bezwaar binnen zes weken. Wat betekent
 * dat?" about what the letter says: those are a topic, not a word to explain.
 */
export function explainOf(r: Reading, graph: Graph, lang: string, lex: Lexicon, explicit = false): Input | undefined {
  const asked = lex.explain.some((c) => hasPhrase(r.n, c)) ? askingSentences(r.text, lex) : [];
  const cue = asked.length > 0;
  const asks = cue || (!explicit && ((r.words.length <= 3 && r.text.includes('?')) || r.words.length <= 2));
  if (!asks) return undefined;
  // Without a cue or a question mark only the bare word asks: "mantelzorger moe" is a story.
  const bare = !cue && !r.text.includes('?');
  const where = cue ? asked : [r.n];
  for (const entry of glossaryTerms(graph, lang)) {
    if (entry.terms.some((t) => (bare ? t === r.n : where.some((s) => hasPhrase(s, t))))) return { type: 'explain', entry: entry.id };
  }
  return undefined;
}

/** Words of a sentence before a question about "that" which may name what it asks about. */
const NAMING_SENTENCE_WORDS = 3;

/**
 * The normalised sentences that ask for an explanation, each with a short sentence just before it
 * ("Wmo? Wat is dat?"): a longer sentence before it is a story, not the word asked about.
 */
function askingSentences(text: string, lex: Lexicon): string[] {
  const sentences = text.split(/[.?!\n]+/).map(normalise).filter((s) => s !== '');
  const out: string[] = [];
  sentences.forEach((s, i) => {
    if (!lex.explain.some((c) => hasPhrase(s, c))) return;
    const before = sentences[i - 1];
    out.push(before !== undefined && before.split(' ').length <= NAMING_SENTENCE_WORDS ? `${before} ${s}` : s);
  });
  return out;
}

const glossaries = new WeakMap<Graph, Map<string, { id: string; terms: string[] }[]>>();

/** The glossary's words for a language (and the default language), normalised once per graph. */
function glossaryTerms(graph: Graph, lang: string): { id: string; terms: string[] }[] {
  let perLang = glossaries.get(graph);
  if (!perLang) glossaries.set(graph, (perLang = new Map()));
  let list = perLang.get(lang);
  if (!list) {
    list = graph.glossary.map((e) => ({ id: e.id, terms: [...(e.terms[lang] ?? []), ...(e.terms[graph.defaultLanguage] ?? [])].map(normalise).filter((t) => t !== '') }));
    perLang.set(lang, list);
  }
  return list;
}

/**
 * Finds a language switch in any phrasing: the name of a language alone ("English", "Türkçe"),
 * or with a few words around it that ask for it ("english please", "in het Engels graag",
 * "по-українськи"). Never more than five words: a longer text is a story, not a request.
 */
export function languageOf(r: Reading, languages: readonly LanguageName[], current: string, cues: readonly string[]): Input | undefined {
  if (r.words.length === 0 || r.words.length > 5) return undefined;
  const hit = languages.find((l) => l.names.some((name) => name === r.n));
  if (hit) return hit.code !== current ? { type: 'language', lang: hit.code } : undefined;
  const named = languages.filter((l) => l.names.some((name) => name.length >= 4 && hasPhrase(r.n, name)));
  if (named.length !== 1) return undefined;
  const rest = named[0]!.names.reduce((n, name) => ` ${n} `.replace(` ${name} `, ' ').trim(), r.n);
  const restWords = rest === '' ? [] : rest.split(' ');
  if (!restWords.every((w) => cues.includes(w))) return undefined;
  return named[0]!.code !== current ? { type: 'language', lang: named[0]!.code } : undefined;
}

/** "taal", "language", "Taal / Language" in any supported language: a request for the list. */
export function asksForLanguages(r: Reading, words: ReadonlySet<string>): boolean {
  if (r.words.length === 0 || r.words.length > 3) return false;
  return r.words.every((w) => words.has(w));
}

/**
 * The normalised text without its clauses of time: from a word of `since` up to the end of its
 * clause in the typed text ({@link clauseTexts}), or the next word that ends a clause ("pas sinds hij
 * naar de nieuwe school gaat, een week of drie" is "pas een week of drie"; "sinds mijn scheiding
 * maar niet dringend" keeps "maar niet dringend"). A word of `sinceAfter` closes the clause
 * before it, back to the previous boundary. The text itself when it has none.
 */
export function withoutTimeClauses(r: Reading, lex: Pick<Lexicon, 'since' | 'sinceAfter' | 'bounds'>): string {
  return timeClauses(r, lex)?.kept ?? r.n;
}

/**
 * The words of the text's clauses of time ({@link withoutTimeClauses} leaves them out), or an
 * empty string when it has none.
 */
export function timeClauseWords(r: Reading, lex: Pick<Lexicon, 'since' | 'sinceAfter' | 'bounds'>): string {
  return timeClauses(r, lex)?.timed ?? '';
}

/** The text split into the words outside and inside its clauses of time; undefined when it has none. */
function timeClauses(r: Reading, lex: Pick<Lexicon, 'since' | 'sinceAfter' | 'bounds'>): { kept: string; timed: string } | undefined {
  const opens = (lex.since ?? []).map((c) => c.split(' '));
  const closes = (lex.sinceAfter ?? []).map((c) => c.split(' '));
  const bounds = new Set(lex.bounds ?? []);
  const at = (cues: string[][], words: readonly string[], i: number) => cues.find((c) => c.every((w, j) => words[i + j] === w));
  if (!r.words.some((_, i) => at(opens, r.words, i) || at(closes, r.words, i))) return undefined;
  const out: string[] = [];
  const timed: string[] = [];
  for (const part of clauseTexts(r.text)) {
    const words = readText(part).words;
    const keep = words.map(() => true);
    words.forEach((_, i) => {
      const open = at(opens, words, i);
      if (open) {
        let j = i;
        while (j < words.length && (j < i + open.length || !bounds.has(words[j]!))) keep[j++] = false;
      }
      const close = at(closes, words, i);
      if (close) {
        let j = i + close.length - 1;
        while (j >= 0 && (j >= i || !bounds.has(words[j]!))) keep[j--] = false;
      }
    });
    out.push(...words.filter((_, i) => keep[i]));
    timed.push(...words.filter((_, i) => !keep[i]));
  }
  return { kept: out.join(' '), timed: timed.join(' ') };
}

/** "weken 7" -> ["weken", 7]; an entry without a number is left out. */
function numbered(list: readonly string[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of list ?? []) {
    const [word, n] = e.split(' ');
    if (word && n && Number(n) > 0) out.set(word, Number(n));
  }
  return out;
}
