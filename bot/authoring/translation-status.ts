/**
 * Where each language stands: which Dutch texts have no translation yet (`missing`) and which
 * were translated from a Dutch text that has changed since (`outdated`). A translation is outdated
 * when the short hash of its Dutch source, recorded next to it in `locales/<lang>/.sources.yaml`
 * when it was imported or accepted, differs from the hash of the Dutch text now.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { AUTHORING_DEFAULTS } from './defaults.js';
import { lookup } from './locales.js';
import type { Project, TextEntry } from './project.js';

/** The short hash of a Dutch text (a list is hashed as its JSON). */
export function sourceHash(value: string | readonly string[]): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, AUTHORING_DEFAULTS.sourceHashLength);
}

/** The sidecar with the source hashes of a language's translations. */
export function sourcesPath(lang: string): string {
  return `locales/${lang}/${AUTHORING_DEFAULTS.sourcesFile}`;
}

/** Recorded source hashes of one language: group (`flows/geld`) → key (`wat.text`) → hash. */
export type SourceHashes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A text that needs a translator in one language. */
export interface TranslationTodo {
  readonly lang: string;
  readonly state: 'missing' | 'outdated';
  readonly text: TextEntry;
  /** The translation as it is now (for an outdated one). */
  readonly current?: string | readonly string[];
}

/** True when a translated value counts as there (a non-empty text, or a non-empty list). */
export function isTranslated(dutch: string | readonly string[], value: unknown): value is string | string[] {
  return Array.isArray(dutch) ? Array.isArray(value) && value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/**
 * Every missing or outdated text of a project, per language (the default language is never
 * listed). Texts whose translation file is missing altogether count as missing.
 */
export function translationTodos(project: Project, only?: string): TranslationTodo[] {
  const out: TranslationTodo[] = [];
  for (const lang of project.languages) {
    if (lang.code === project.defaultLanguage || (only !== undefined && lang.code !== only)) continue;
    const hashes = project.sourceHashes[lang.code] ?? {};
    for (const text of project.texts) {
      if (text.translate === false) continue; // staff texts (locales/<default>/system.yaml) stay in the default language
      const value = lookup(project.resources, lang.code, text.ns, text.key);
      if (!isTranslated(text.value, value)) {
        out.push({ lang: lang.code, state: 'missing', text });
        continue;
      }
      const recorded = hashes[text.group]?.[text.key];
      if (recorded !== undefined && recorded !== sourceHash(text.value)) out.push({ lang: lang.code, state: 'outdated', text, current: value });
    }
  }
  return out;
}

/** Counts per language, in the order of `locales/languages.yaml`. */
export function summarise(project: Project, todos: readonly TranslationTodo[]): { lang: string; name: string; missing: number; outdated: number }[] {
  return project.languages
    .filter((l) => l.code !== project.defaultLanguage)
    .map((l) => ({
      lang: l.code,
      name: l.name,
      missing: todos.filter((t) => t.lang === l.code && t.state === 'missing').length,
      outdated: todos.filter((t) => t.lang === l.code && t.state === 'outdated').length,
    }));
}
