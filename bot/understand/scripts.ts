/**
 * Which writing systems a language's words use, so a matcher can pass over a text that shares
 * none of them (an Arabic message cannot hold a Dutch crisis phrase) without reading it.
 * @packageDocumentation
 */

/** The scripts told apart; a word with letters of none of them turns the filter off. */
const SCRIPTS: readonly RegExp[] = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Arabic}/u];
const LETTER = /\p{L}/u;

/**
 * A test whether a text can hold one of `words`: true when it has a letter of a script the words
 * use (always true when a word has no letters, e.g. a number, or letters of a script not told apart).
 *
 * @param words - the matcher's words (keys as its normaliser makes them)
 */
export function scriptFilter(words: Iterable<string>): (text: string) => boolean {
  const used = new Set<RegExp>();
  for (const w of words) {
    if (!LETTER.test(w)) return () => true;
    for (const ch of w) {
      if (!LETTER.test(ch)) continue;
      const s = SCRIPTS.find((r) => r.test(ch));
      if (!s) return () => true;
      used.add(s);
    }
  }
  const tests = [...used];
  return (text: string) => tests.some((r) => r.test(text));
}
