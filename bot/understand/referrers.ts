/**
 * Who sent the resident: "mijn jobcoach zei dat ik eerst iets aan mijn angst moet doen" is about
 * health, not work. A referrer (`verwijzers.wie` in the synonym file) with a word of
 * `verwijzers.zeggen` shortly after it ("zei", "stuurde", "heeft me doorgestuurd"), or a word of
 * `verwijzers.via` right before it ("via de huisarts"), says who sent, not what about: its words
 * count for little when the leefgebied is chosen (`weights.referrer`).
 */
import { keyPhrases, phraseAt } from './key-phrases.js';
import type { Normaliser, Token } from './normalise.js';
import type { LanguageData } from './types.js';

/** Words of a message, from (inclusive) to (exclusive). */
export type Span = readonly [number, number];

/** How many words before a referrer a word of `via` may stand ("via mijn huisarts"). */
const VIA_REACH = 2;

/**
 * The spans of a message's tokens that name who sent the resident.
 *
 * @param norm - the language's normaliser (the lists are compared as its keys)
 * @param lists - the language's `verwijzers`
 * @param reach - how many words after the referrer a word of `zeggen` may stand
 */
export function referrerSpans(norm: Normaliser, lists: LanguageData['referrers'], reach: number): (toks: readonly Token[]) => Span[] {
  const who = keyPhrases(norm, lists?.who);
  const said = keyPhrases(norm, lists?.said);
  const via = keyPhrases(norm, lists?.via);
  return (toks) => {
    const out: Span[] = [];
    if (who.length === 0) return out;
    for (let i = 0; i < toks.length; i++) {
      const r = phraseAt(who, toks, i);
      if (!r) continue;
      const end = i + r.length;
      let sent = false;
      for (let j = Math.max(0, i - VIA_REACH); j < i && !sent; j++) sent = phraseAt(via, toks, j) !== undefined;
      for (let j = end; j < Math.min(toks.length, end + reach) && !sent; j++) sent = phraseAt(said, toks, j) !== undefined;
      if (sent) out.push([i, end]);
    }
    return out;
  };
}
