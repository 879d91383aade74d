/**
 * i18next set-up over the loaded resources. Synchronous: resources are already in memory.
 * @packageDocumentation
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Resources } from './authoring/project.js';

/** A translator for one language: key (with namespace, `geld:wat.text`) → text. */
export type Translate = (key: string, params?: Readonly<Record<string, string>>) => string;

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

const caches = new WeakMap<i18n, Map<string, { t: TFunction; texts: Map<string, string> }>>();

/**
 * A translator bound to one language (falls back to the default language per key). Texts without
 * parameters are cached per instance and language: resources never change after loading (a
 * reload builds a new instance).
 */
export function translator(instance: i18n, lang: string): Translate {
  let perLang = caches.get(instance);
  if (!perLang) caches.set(instance, (perLang = new Map()));
  let entry = perLang.get(lang);
  if (!entry) perLang.set(lang, (entry = { t: instance.getFixedT(lang), texts: new Map() }));
  const { t, texts } = entry;
  return (key, params) => {
    if (params) return String(t(key, { ...params }));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = String(t(key))));
    return text;
  };
}

/** A list of strings under a key (e.g. command words), or an empty list. */
export function translateList(instance: i18n, lang: string, key: string): string[] {
  const v: unknown = instance.getFixedT(lang)(key, { returnObjects: true });
  return Array.isArray(v) ? v.map(String) : [];
}
