/**
 * Checks one translation against its Dutch source: placeholders kept, length within reason, and
 * the language's own script. Used by the validator and by `npm run translations -- import`.
 * @packageDocumentation
 */
import { AUTHORING_DEFAULTS } from './defaults.js';
import type { Language } from './project.js';

/** A problem with one translation, with the words to fill in its diagnostic. */
export type TranslationProblem =
  | { readonly code: 'TRANSLATION_PLACEHOLDER'; readonly args: { readonly expected: string; readonly found: string } }
  | { readonly code: 'TRANSLATION_LENGTH'; readonly args: { readonly length: number; readonly dutch: number; readonly factor: number } }
  | { readonly code: 'TRANSLATION_SCRIPT'; readonly args: { readonly script: string } };

/** The `{{name}}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/** Problems of a translated text; a list (command words, glossary terms) is only checked item by item for placeholders. */
export function checkTranslation(dutch: string | readonly string[], translated: string | readonly string[], lang: Pick<Language, 'script'>): TranslationProblem[] {
  if (typeof dutch !== 'string' || typeof translated !== 'string') return [];
  const out: TranslationProblem[] = [];
  const want = placeholders(dutch);
  const got = placeholders(translated);
  if (want.join(',') !== got.join(',')) {
    const show = (l: string[]) => (l.length > 0 ? l.map((p) => `{{${p}}}`).join(', ') : 'geen');
    out.push({ code: 'TRANSLATION_PLACEHOLDER', args: { expected: show(want), found: show(got) } });
  }
  const { lengthFactor, lengthSlack } = AUTHORING_DEFAULTS.translation;
  if (translated.length > Math.max(dutch.length * lengthFactor, dutch.length + lengthSlack)) {
    out.push({ code: 'TRANSLATION_LENGTH', args: { length: translated.length, dutch: dutch.length, factor: lengthFactor } });
  }
  // A text kept as it is in Dutch (a name such as "Veilig Thuis", a number) is a choice, not a slip.
  if (lang.script && translated.trim() !== dutch.trim() && /\p{L}/u.test(translated.replace(/\{\{[^}]*\}\}/g, '')) && !new RegExp(`\\p{Script=${lang.script}}`, 'u').test(translated)) {
    out.push({ code: 'TRANSLATION_SCRIPT', args: { script: SCRIPT_NL[lang.script] ?? lang.script } });
  }
  return out;
}

/** Dutch names of scripts, for staff messages. */
const SCRIPT_NL: Readonly<Record<string, string>> = Object.freeze({ Arabic: 'Arabisch schrift', Cyrillic: 'Cyrillisch schrift', Latin: 'Latijns schrift', Hebrew: 'Hebreeuws schrift' });
