/**
 * Dutch readability: the Flesch-Douma score (206.835 − 0.93 × words per sentence − 77 × syllables
 * per word) and the longest sentence, with a syllable counter for Dutch (vowel groups; `ij` is
 * one vowel; a diaeresis starts a new syllable). Also finds jargon used without an explanation.
 * @packageDocumentation
 */

/** The measurements of one text. */
export interface Readability {
  readonly score: number;
  readonly words: number;
  readonly sentences: number;
  /** Words in the longest sentence. */
  readonly longest: number;
}

/** Words of a text (letters, digits, apostrophes and hyphens inside a word). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences of a text (ended by . ! ? or a line break). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Syllables of a Dutch word: vowel groups, `ij` as a vowel, a diaeresis (ë, ï, ü…) starting a new one. */
export function syllables(word: string): number {
  if (/^\p{N}+$/u.test(word)) return Math.max(1, Math.ceil(word.length / 2));
  const w = word.toLowerCase().replace(/ij/g, 'ĳ');
  const groups = w.match(/[aeiouyĳáéíóúàèìòùâêîôû]+|[ëïöüä][aeiouyĳ]*/g) ?? [];
  // A word of only consonants (an abbreviation like "bsn") is read letter by letter.
  return groups.length > 0 ? groups.length : Math.max(1, w.length);
}

/** Measures one text. */
export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return { score: 100, words: 0, sentences: 0, longest: 0 };
  const syll = words.reduce((n, w) => n + syllables(w), 0);
  const score = 206.835 - 0.93 * (words.length / Math.max(1, sentences.length)) - 77 * (syll / words.length);
  return { score: Math.round(score * 10) / 10, words: words.length, sentences: sentences.length, longest: Math.max(...sentences.map((s) => wordsOf(s).length)) };
}

/** Sentence openings that explain the word before ("… cliëntondersteuner. Die staat naast je."). */
const EXPLAINS_NEXT = /^(die|dat|dit|zo'n|zo’n|iemand|een|het|dan|daarmee|daar|je|jij|u)\b/i;
/** Within a sentence: the word is followed by an explanation ("Wmo, de wet voor…", "indicatie (een besluit)", "… betekent …"). */
const EXPLAINS_SAME = /(\(|:|,\s*(de|het|een|dat|die|iemand)\b|\bbetekent\b|\bis een\b|\bis de\b|\bdat wil zeggen\b|\boftewel\b|^\s*(is|zijn)\b)/i;

/**
 * Jargon words (from a list) that a text uses without explaining them, by checking the sentence
 * with the word and the one after it.
 */
export function unexplainedJargon(text: string, jargon: readonly string[]): string[] {
  const sentences = sentencesOf(text);
  const found: string[] = [];
  for (const term of jargon) {
    const re = new RegExp(`(^|[^\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'iu');
    sentences.forEach((s, i) => {
      if (!re.test(s)) return;
      const after = s.slice(s.toLowerCase().indexOf(term.toLowerCase()) + term.length);
      const explained = EXPLAINS_SAME.test(after) || EXPLAINS_NEXT.test(sentences[i + 1] ?? '');
      if (!explained && !found.includes(term)) found.push(term);
    });
  }
  return found;
}
