/**
 * What the resident says is not the question: "mijn baas betaalt netjes, daar gaat het niet om",
 * "geld is geen probleem", "het gaat niet om geld maar om mijn baan". The words such a phrase
 * dismisses count for little when the leefgebied is chosen (`weights.dismissed`).
 *
 * @remarks
 * Three lists of `wensen` in the synonym file: `niet_dit` dismisses its own clause back to its
 * start ("het huis heb ik op orde"), `niet_dat` its sentence back to its start, or the sentence
 * before where it opens one ("..., daar gaat het niet om", "Mijn baas betaalt netjes. Daar gaat
 * het niet om."), `niet_om` what follows it in its clause ("het gaat niet om geld"). A word of
 * `grenzen` ("en", "maar") ends the reach either way (one right before a `niet_dat` phrase is
 * passed over: "…, maar daar gaat het niet om"), and so does `weights.dismissedReach` words.
 * @packageDocumentation
 */
import { CLAUSE_END, partsOf, SENTENCE_END } from './clauses.js';
import { DEFAULTS } from './defaults.js';
import { boundWords, keyPhrases, phraseAt } from './key-phrases.js';
import type { Normaliser, Token } from './normalise.js';
import type { Span } from './referrers.js';
import type { LanguageData } from './types.js';

/**
 * The spans of a message's tokens that the resident dismissed.
 *
 * @param norm - the language's normaliser (the lists are compared as its keys)
 * @param wish - the language's `wensen`
 * @returns for the tokens of a text (and the text, for where its clauses and sentences end): the spans
 */
export function dismissedSpans(norm: Normaliser, wish: LanguageData['wish']): (toks: readonly Token[], text: string) => Span[] {
  const lists = { clause: keyPhrases(norm, wish?.notThis, true), sentence: keyPhrases(norm, wish?.notThat, true), after: keyPhrases(norm, wish?.notAbout, true) };
  const bounds = boundWords(norm, wish?.bounds);
  return (toks, text) => {
    const out: Span[] = [];
    if (lists.clause.length + lists.sentence.length + lists.after.length === 0) return out;
    // read where clauses and sentences end only once a phrase is found
    let parts: { clause: number[]; sentence: number[] } | undefined;
    const partsNow = () => (parts ??= { clause: partsOf(norm, text, DEFAULTS.limits.routeChars, CLAUSE_END), sentence: partsOf(norm, text, DEFAULTS.limits.routeChars, SENTENCE_END) });
    const reach = DEFAULTS.weights.dismissedReach;
    for (let i = 0; i < toks.length; i++) {
      const inClause = phraseAt(lists.clause, toks, i);
      const back = inClause ?? phraseAt(lists.sentence, toks, i);
      if (back) {
        const part = inClause ? partsNow().clause : partsNow().sentence;
        let from = i;
        if (!inClause) {
          // "…, maar daar gaat het niet om" and "Mijn baas betaalt netjes. Daar gaat het niet om.":
          // over a boundary word right before it, and into the sentence before where it opens one
          while (from > 0 && bounds.has(toks[from - 1]!.raw)) from--;
          if (from > 0 && part[from - 1] !== part[i]) from--;
        }
        const home = part[Math.max(0, from - 1)] ?? part[i];
        // (at most `reach` words: without punctuation a phrase must not dismiss the whole message)
        while (from > 0 && i - from < reach && part[from - 1] === home && !bounds.has(toks[from - 1]!.raw)) from--;
        out.push([from, i + back.length]);
        i += back.length - 1;
        continue;
      }
      const ahead = phraseAt(lists.after, toks, i);
      if (ahead) {
        let to = i + ahead.length;
        const clause = partsNow().clause;
        while (to < toks.length && to - i - ahead.length < reach && clause[to] === clause[i] && !bounds.has(toks[to]!.raw)) to++;
        out.push([i, to]);
        i = to - 1;
      }
    }
    return out;
  };
}
