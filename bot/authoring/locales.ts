/**
 * Languages and translations: `locales/languages.yaml`, the fixed texts in `locales/<lang>/common.yaml`,
 * and the translations of flow and content texts in `locales/<lang>/<group>.yaml`.
 * Dutch flow and content texts are written in the flows and content themselves.
 * @packageDocumentation
 */
import type { YamlPath } from '../engine/steps/index.js';
import type { Language, Resources, TextEntry, TranslationFile } from './project.js';
import { locate, type YamlSource } from './yaml-source.js';

/** Reads a YAML file without a schema; undefined when missing or broken. */
export type ReadPlain = (file: string, required: boolean) => YamlSource | undefined;

/** A leaf of a nested translation object, with its path. */
export interface Leaf {
  readonly key: string;
  readonly value: string | readonly string[];
  readonly path: YamlPath;
}

/** Every string (or list of strings) leaf of a nested object, keyed with dots. */
export function leaves(data: unknown, path: YamlPath = []): Leaf[] {
  if (typeof data === 'string') return [{ key: path.join('.'), value: data, path }];
  if (Array.isArray(data)) return data.every((x) => typeof x === 'string') ? [{ key: path.join('.'), value: data as string[], path }] : [];
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

/** Sets a dotted key in a nested object. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) {
    const next = obj[part];
    if (!next || typeof next !== 'object' || Array.isArray(next)) obj[part] = {};
    obj = obj[part] as Record<string, unknown>;
  }
  obj[parts[parts.length - 1]!] = value;
}

/** Reads `locales/languages.yaml`; falls back to Dutch only. */
export function loadLanguages(read: ReadPlain): { languages: Language[]; defaultLanguage: string } {
  const source = read('locales/languages.yaml', true);
  const data = (source?.data ?? {}) as { default?: string; languages?: Partial<Language>[] };
  const languages = (data.languages ?? [])
    .filter((l): l is Language => typeof l.code === 'string')
    .map((l, i) => {
      const r = l.readability;
      const line = source ? locate(source, ['languages', i]).line : undefined;
      return {
        code: l.code,
        name: l.name ?? l.code,
        native: l.native ?? l.code,
        dir: l.dir === 'rtl' ? 'rtl' : 'ltr',
        ...(Array.isArray(l.aliases) ? { aliases: l.aliases.map(String) } : {}),
        ...(typeof l.script === 'string' ? { script: l.script } : {}),
        ...(typeof l.cardWords === 'number' && l.cardWords > 0 ? { cardWords: l.cardWords } : {}),
        ...(r && typeof r.minScore === 'number' && typeof r.maxWords === 'number' ? { readability: { minScore: r.minScore, maxWords: r.maxWords } } : {}),
        ...(line ? { line } : {}),
      } as Language;
    });
  const defaultLanguage = data.default ?? 'nl';
  if (!languages.some((l) => l.code === defaultLanguage)) {
    languages.unshift({ code: defaultLanguage, name: 'Nederlands', native: 'Nederlands', dir: 'ltr' });
  }
  return { languages, defaultLanguage };
}

/**
 * Registers the fixed texts of the default language: `locales/<default>/common.yaml` (what
 * residents read, translated) and `locales/<default>/system.yaml` (what operators and staff read:
 * server errors, report labels; in the default language only).
 */
export function loadCommon(defaultLanguage: string, read: ReadPlain, texts: TextEntry[]): void {
  const source = read(`locales/${defaultLanguage}/common.yaml`, true);
  for (const leaf of source ? leaves(source.data) : []) {
    texts.push({ ns: 'common', group: 'common', key: leaf.key, value: leaf.value, file: source!.file, ...locate(source!, leaf.path) });
  }
  const system = read(`locales/${defaultLanguage}/system.yaml`, false);
  for (const leaf of system ? leaves(system.data) : []) {
    texts.push({ ns: 'system', group: 'system', key: leaf.key, value: leaf.value, file: system!.file, ...locate(system!, leaf.path), translate: false });
  }
}

/** Builds i18next resources: the default language from `texts`, the others from their translation files. */
export function buildResources(
  languages: readonly Language[],
  defaultLanguage: string,
  texts: readonly TextEntry[],
  read: ReadPlain,
): { resources: Resources; translations: TranslationFile[] } {
  const resources: Resources = {};
  const translations: TranslationFile[] = [];
  const groups = new Map<string, string>();
  for (const t of texts) {
    groups.set(t.group, t.ns);
    const lang = (resources[defaultLanguage] ??= {});
    setKey((lang[t.ns] ??= {}), t.key, t.value);
  }
  for (const { code } of languages) {
    if (code === defaultLanguage) continue;
    const lang = (resources[code] ??= {});
    for (const [group, ns] of groups) {
      const source = read(`locales/${code}/${group}.yaml`, false);
      if (!source) continue;
      translations.push({ lang: code, ns, group, source });
      for (const leaf of leaves(source.data)) setKey((lang[ns] ??= {}), leaf.key, leaf.value);
    }
  }
  return { resources, translations };
}

/** Looks a dotted key up in a language's namespace. */
export function lookup(resources: Resources, lang: string, ns: string, key: string): unknown {
  let obj: unknown = resources[lang]?.[ns];
  for (const part of key.split('.')) {
    if (!obj || typeof obj !== 'object') return undefined;
    obj = (obj as Record<string, unknown>)[part];
  }
  return obj;
}

/** Reads every language's source hashes (`locales/<lang>/.sources.yaml`); a missing file means none recorded. */
export function loadSourceHashes(languages: readonly Language[], read: ReadPlain, path: (lang: string) => string): Record<string, Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const { code } of languages) {
    const data = read(path(code), false)?.data;
    if (!data || typeof data !== 'object') continue;
    const groups: Record<string, Record<string, string>> = {};
    for (const [group, keys] of Object.entries(data as Record<string, unknown>)) {
      if (keys && typeof keys === 'object') groups[group] = Object.fromEntries(Object.entries(keys as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    }
    out[code] = groups;
  }
  return out;
}
