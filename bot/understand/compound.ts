/**
 * Unknown compound words split into known parts ("energierekening" -> energie + rekening), for
 * the routing index (bot/understand/vocabulary.ts).
 * @packageDocumentation
 */

import { DEFAULTS } from './defaults.js';
import type { FuzzyHit } from './fuzzy.js';
import type { Normaliser } from './normalise.js';
import type { Posting } from './vocabulary.js';

/** Quality of a compound's known last part alone ({@link splitCompound}). */
export const TAIL_QUALITY = 0.8;

/**
 * Split an unknown compound word into known parts: "energierekening" -> energie + rekening,
 * "belastingschuld" -> belasting + schuld, "woningnood" -> woning. Works in key space: the sound
 * rules run once for the whole word, each part only gets the (cheap) ending rules, and every
 * candidate part is one hash lookup.
 *
 * A last part that is a common word ("geld|probleem", "vrijwilligers|plek") leaves the meaning to
 * the first part.
 *
 * @param body - the word after the sound rules ({@link Token.body})
 * @param stop - the language's common words
 * @returns the known parts (one or two), or `undefined`
 */
export function splitCompound(
  body: string,
  single: ReadonlyMap<string, Posting[]>,
  norm: Normaliser,
  stop: ReadonlySet<string>,
): FuzzyHit[] | undefined {
  const min = DEFAULTS.fuzzy.minCompoundPart;
  if (body.length < min + 3 || body.length > DEFAULTS.limits.wordChars || /\d/.test(body)) return undefined;
  const end = norm.rules.ending;
  let best: FuzzyHit[] | undefined;
  let bestCover = 0;
  for (let i = 3; i <= body.length - 3; i++) {
    const head = end(body.slice(0, i));
    const headKnown = single.has(head);
    for (const link of ['', 's', 'e']) {
      if (link && body[i] !== link) continue;
      const tailBody = body.slice(i + link.length);
      const tail = end(tailBody);
      const tailKnown = single.has(tail);
      let parts: FuzzyHit[] = [];
      let cover = 0;
      if (headKnown && tailKnown) {
        parts = [{ key: head, quality: 1 }, { key: tail, quality: 1 }];
        cover = body.length;
      } else if (headKnown && stop.has(tail)) {
        parts = [{ key: head, quality: 1 }];
        cover = body.length;
      } else if (tailKnown && tail.length >= min) {
        // the last part carries the meaning of a Dutch compound ("woning|nood" is about wonen)
        parts = [{ key: tail, quality: TAIL_QUALITY }];
        cover = tailBody.length;
      } else if (headKnown && head.length >= min) {
        parts = [{ key: head, quality: 0.6 }];
        cover = i - 0.5;
      }
      if (cover > bestCover) {
        bestCover = cover;
        best = parts;
      }
    }
  }
  return best;
}
