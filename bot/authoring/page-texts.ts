/**
 * The chat page's own texts per language (`locales/<lang>/page.yaml`: header, buttons, input, and
 * the easy-Dutch pictogram table), read through the loader like every other YAML file: a broken
 * file is a diagnostic with file:line:col, never a crash. A language without a file gets the
 * default language's texts (the page falls back per key).
 * @packageDocumentation
 */
import type { Language } from './project.js';
import type { YamlSource } from './yaml-source.js';

/** The page's texts per language, with each language's direction. */
export interface PageTexts {
  readonly default: string;
  readonly languages: Readonly<Record<string, { readonly dir: 'ltr' | 'rtl'; readonly texts: Readonly<Record<string, unknown>> }>>;
}

/** Reads every language's `page.yaml` (optional per language). */
export function loadPageTexts(languages: readonly Language[], defaultLanguage: string, read: (file: string, required: boolean) => YamlSource | undefined): PageTexts {
  const out: Record<string, { dir: 'ltr' | 'rtl'; texts: Record<string, unknown> }> = {};
  for (const l of languages) {
    const source = read(`locales/${l.code}/page.yaml`, l.code === defaultLanguage);
    const data = source?.data;
    out[l.code] = { dir: l.dir === 'rtl' ? 'rtl' : 'ltr', texts: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  }
  return { default: defaultLanguage, languages: out };
}
