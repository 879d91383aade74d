/**
 * Language detection over the languages that have a synonym file.
 *
 * @remarks
 * Each language reads the message with its own normaliser and counts its common words
 * (`gewone_woorden`, weight 1) and its synonyms (weight 0.6). The highest total wins; a tie or no
 * evidence at all gives the default language. Private-use variants such as `nl-x-simple` are never
 * detected (they read like their base language); they are used only when asked for by name.
 */

import { DEFAULTS } from './defaults.js';
import type { RouteIndex } from './vocabulary.js';

/** Tokens read for detection at most. */
const MAX_TOKENS = 80;
/**
 * A language with its own script that also reads Latin letters (Ukrainian) counts this share of
 * its score for a text without a letter of that script: Polish "stoję na moście i zaraz" shares
 * "na", "i" and "zaraz" with Latin-typed Ukrainian, and must stay Polish.
 */
const OTHER_SCRIPT_SHARE = 0.5;

/**
 * Whether a language has a script of its own (its rules read Latin letters too: Ukrainian) and
 * the text has no letter of it: then the text is that language's only when detected as such.
 */
export function outsideScript(idx: RouteIndex, text: string): boolean {
  const own = idx.norm.rules.script;
  return own !== undefined && !own.test(text);
}

/** Whether a tag is a variant that detection must not return (`nl-x-simple`). */
export function isVariant(lang: string): boolean {
  return /-x-/i.test(lang);
}

/**
 * How much a text looks like one language: 1 per common word, 0.6 per exact synonym word.
 *
 * @param idx - the language's routing index
 * @param text - any string (already cut to length)
 */
export function languageScore(idx: RouteIndex, text: string): number {
  let score = 0;
  for (const t of idx.norm.tokens(text).slice(0, MAX_TOKENS)) {
    if (idx.stop.has(t.key)) score += 1;
    else if (idx.single.has(t.key) || idx.vocabulary.has(t.key)) score += 0.6;
  }
  return score;
}

/**
 * Detect the language of a text.
 *
 * @param indexes - routing index per language, in preference order (default language first)
 * @param text - any string
 * @param fallback - language returned when unsure
 */
export function detectLanguage(indexes: readonly RouteIndex[], text: string, fallback: string): string {
  let best = fallback;
  let bestScore = 0;
  const src = typeof text === 'string' ? text.slice(0, DEFAULTS.limits.routeChars) : '';
  if (src.trim() === '') return fallback;
  for (const idx of indexes) {
    if (isVariant(idx.lang)) continue;
    const score = languageScore(idx, src) * (outsideScript(idx, src) ? OTHER_SCRIPT_SHARE : 1);
    if (score > bestScore || (score === bestScore && score > 0 && idx.lang === fallback)) {
      best = idx.lang;
      bestScore = score;
    }
  }
  return best;
}
