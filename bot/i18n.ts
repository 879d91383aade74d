/**
 * i18next set-up over the loaded resources. Synchronous: resources are already in memory.
 * @packageDocumentation
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Resources } from './authoring/project.js';

/** A translator for one language: key (with namespace, `geld:wat.text`) → text. */
export interface Translate {
  (key: string, params?: Readonly<Record<string, string>>): string;
  /** The language it translates to (absent for hand-made translators in tests and tools). */
  readonly lang?: string;
  /** True when the language has its own text for `key`; false when the text falls back to Dutch. */
  readonly has?: (key: string) => boolean;
}

/** Fixed keys of the i18n layer, in one frozen place. */
export const I18N_DEFAULTS = Object.freeze({
  /**
   * The note after a text shown in Dutch because its translation is missing ("This part is only in
   * Dutch for now."). Optional per language: a language without it (easy Dutch) shows no note.
   */
  untranslatedNote: 'common:untranslated',
});

/** Whether a language has its own, non-empty value for a key (no fallback): one lookup. */
function ownText(instance: i18n, lang: string, key: string): boolean {
  const i = key.indexOf(':');
  const v: unknown = instance.getResource(lang, i < 0 ? 'common' : key.slice(0, i), i < 0 ? key : key.slice(i + 1));
  return typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.length > 0;
}

/** Creates an isolated i18next instance over the given resources. */
export function createI18n(resources: Resources, defaultLanguage: string): i18n {
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

const caches = new WeakMap<i18n, Map<string, { t: TFunction; texts: Map<string, string>; templates: Map<string, string | null>; own: Map<string, boolean> }>>();

/** Parameters that are options of i18next, not values to fill in: such a call goes to i18next itself. */
const OPTION_PARAMS = new Set(['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'ordinal', 'replace', 'interpolation', 'postProcess', 'keySeparator', 'nsSeparator', 'joinArrays', 'fallbackLng']);
/** A place to fill in, as i18next writes it: `{{name}}` or unescaped `{{- name}}`. */
const PLACE = /\{\{(-?)\s*([^{}]*?)\s*\}\}/g;

/**
 * A text's template for filling in without i18next, or null when i18next must do it: nesting
 * (`$t(`), formats (`{{x, number}}`) or paths (`{{a.b}}`).
 */
function simpleTemplate(raw: string): string | null {
  if (raw.includes('$t(')) return null;
  for (const m of raw.matchAll(PLACE)) if (/[,.]/.test(m[2] ?? '')) return null;
  return raw;
}

/** Fills in a simple template as i18next does (values are not read again; an unknown place stays). */
function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(PLACE, (whole, _dash: string, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * A translator bound to one language (falls back to the default language per key). Texts, and the
 * templates of texts with parameters, are cached per instance and language: resources never
 * change after loading (a reload builds a new instance).
 */
export function translator(instance: i18n, lang: string): Translate {
  let perLang = caches.get(instance);
  if (!perLang) caches.set(instance, (perLang = new Map()));
  let entry = perLang.get(lang);
  if (!entry) perLang.set(lang, (entry = { t: instance.getFixedT(lang), texts: new Map(), templates: new Map(), own: new Map() }));
  const { t, texts, templates, own } = entry;
  const translate = (key: string, params?: Readonly<Record<string, string>>): string => {
    if (params) {
      // the template is looked up once; filling it in is a replace, not a pass through i18next
      if (Object.keys(params).some((p) => OPTION_PARAMS.has(p))) return String(t(key, { ...params }));
      let template = templates.get(key);
      if (template === undefined) templates.set(key, (template = simpleTemplate(String(t(key, { skipInterpolation: true })))));
      return template === null ? String(t(key, { ...params })) : fill(template, params);
    }
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = String(t(key))));
    return text;
  };
  const has = (key: string): boolean => {
    let yes = own.get(key);
    if (yes === undefined) own.set(key, (yes = ownText(instance, lang, key)));
    return yes;
  };
  return Object.assign(translate, { lang, has });
}

/** A list of strings under a key (e.g. command words), or an empty list. */
export function translateList(instance: i18n, lang: string, key: string): string[] {
  const v: unknown = instance.getFixedT(lang)(key, { returnObjects: true });
  return Array.isArray(v) ? v.map(String) : [];
}

/** "a", "a en b", "a, b en c" in the language of `t` (its word for "and": `common:privacy.and`). */
export function joinAnd(items: readonly string[], t: Translate): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${t('common:privacy.and')} ${items.at(-1)!}` : (items[0] ?? '');
}
