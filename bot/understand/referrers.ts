/**
 * Who sent the resident: "mijn jobcoach zei dat ik eerst iets aan mijn angst moet doen" is about
 * health, not work. A referrer (`verwijzers.wie` in the synonym file) with a word of
 * `verwijzers.zeggen` shortly after it ("zei", "stuurde", "heeft me doorgestuurd"), or a word of
 * `verwijzers.via` right before it ("via de huisarts"), says who sent, not what about: its words
 * count for little when the leefgebied is chosen (`weights.referrer`).
 */
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
  const keysOf = (list: readonly string[] | undefined) => (list ?? []).map((c) => norm.tokens(c).map((t) => t.key)).filter((k) => k.length > 0);
  const who = keysOf(lists?.who);
  const said = keysOf(lists?.said);
  const via = keysOf(lists?.via);
  const at = (list: readonly string[][], toks: readonly Token[], i: number) => list.find((c) => c.every((k, j) => toks[i + j]?.key === k));
  return (toks) => {
    const out: Span[] = [];
    if (who.length === 0) return out;
    for (let i = 0; i < toks.length; i++) {
      const r = at(who, toks, i);
      if (!r) continue;
      const end = i + r.length;
      let sent = false;
      for (let j = Math.max(0, i - VIA_REACH); j < i && !sent; j++) sent = at(via, toks, j) !== undefined;
      for (let j = end; j < Math.min(toks.length, end + reach) && !sent; j++) sent = at(said, toks, j) !== undefined;
      if (sent) out.push([i, end]);
    }
    return out;
  };
}
