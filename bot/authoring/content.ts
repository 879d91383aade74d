/**
 * Loads a gemeente's content pack (plus the shared national pack) into a directory, registering
 * its Dutch texts for translation checks.
 * @packageDocumentation
 */
import type { Area, CallbackIntake, Directory, Organisation, Pack, Phone, Service, SourceRef } from '../content/types.js';
import type { YamlPath } from '../engine/steps/index.js';
import { AUTHORING_DEFAULTS } from './defaults.js';
import { diag, type Diagnostic } from './diagnostic.js';
import type { TextEntry } from './project.js';
import type { SchemaChecker } from './schema-check.js';
import { at, locate, type YamlSource } from './yaml-source.js';

/** Reads and checks a YAML file; undefined when missing or broken (diagnostics say why). */
export type ReadChecked = (file: string, checker: SchemaChecker, required: boolean) => YamlSource | undefined;

/** Checkers for each content file kind. */
export interface ContentCheckers {
  readonly pack: SchemaChecker;
  readonly organisations: SchemaChecker;
  readonly services: SchemaChecker;
  readonly glossary: SchemaChecker;
  readonly areas: SchemaChecker;
  readonly crisis: SchemaChecker;
}

/** The result of loading content. */
export interface LoadedContent {
  readonly directory: Directory;
  readonly sources: Map<string, { source: YamlSource; path: YamlPath }>;
  /** Raw glossary terms in Dutch, by entry id. */
  readonly glossaryTerms: Map<string, readonly string[]>;
}

type Raw = Record<string, unknown>;

/** The text fields of a service; each is translated and may be overridden by a gemeente. */
const SERVICE_TEXTS = ['name', 'description', 'for', 'how', 'schedule', 'area'] as const;

/** One written entry of a service (the national one, or a gemeente's fill-in), with the i18n keys of its texts. */
interface Layer {
  readonly item: Raw;
  readonly keys: Partial<Record<(typeof SERVICE_TEXTS)[number], string>>;
  readonly phones: readonly Phone[];
}
/** What a service must have once the national entry and the gemeente's fill-in are merged. */
export const SERVICE_REQUIRED = Object.freeze(['organisation', 'name', 'description', 'for'] as const);

/** The i18next namespace of a content folder: `landelijk`, or `gemeente` for any gemeente's pack. */
function contentNamespace(dir: string): string {
  return dir === AUTHORING_DEFAULTS.sharedPack ? 'landelijk' : 'gemeente';
}

/**
 * Loads `content/landelijk/` and `content/<pack>/`. A service the pack writes with the id of a
 * national one fills it in: every field the pack writes wins, the rest comes from the national entry.
 */
export function loadContent(pack: string, read: ReadChecked, checkers: ContentCheckers, texts: TextEntry[], diagnostics: Diagnostic[]): LoadedContent {
  const organisations = new Map<string, Organisation>();
  const serviceLayers = new Map<string, Layer[]>();
  const glossary = new Map<string, { id: string; text: string }>();
  const glossaryTerms = new Map<string, readonly string[]>();
  const areas: Area[] = [];
  let crisis: Directory['crisis'] = { suicide: [], violence: [], child: [], medical: [] };
  const sources = new Map<string, { source: YamlSource; path: YamlPath }>();

  const packSource = read(`content/${pack}/pack.yaml`, checkers.pack, false); // a missing pack is reported by the loader
  const packData = (packSource?.data ?? {}) as Partial<Pack>;
  const packInfo: Pack = {
    id: packData.id ?? pack,
    name: packData.name ?? pack,
    handoff: packData.handoff ?? '',
    ...(packData.general ? { general: packData.general } : {}),
    ...(packData.areaService ? { areaService: packData.areaService } : {}),
    ...(Array.isArray(packData.areaAlso) ? { areaAlso: packData.areaAlso.map(String) } : {}),
    ...(Array.isArray(packData.unavailable) ? { unavailable: packData.unavailable.map(String) } : {}),
  };
  if (packSource) sources.set('pack', { source: packSource, path: [] });

  for (const dir of [AUTHORING_DEFAULTS.sharedPack, pack]) {
    const group = `content/${dir}`;
    const ns = contentNamespace(dir);
    const list = (file: string, key: string, checker: SchemaChecker): { item: Raw; path: YamlPath; source: YamlSource }[] => {
      const source = read(`content/${dir}/${file}`, checker, false);
      if (!source) return [];
      const items = ((source.data as Raw)[key] as Raw[] | undefined) ?? [];
      const seen = new Map<string, number>();
      return items.flatMap((item, i) => {
        const id = String(item.id);
        const path: YamlPath = [key, i];
        if (seen.has(id)) {
          diagnostics.push(diag('DUPLICATE_ID', at(source, [...path, 'id']), { id, what: source.file }));
          return [];
        }
        seen.set(id, i);
        sources.set(`${key}/${id}`, { source, path });
        return [{ item, path, source }];
      });
    };
    const text = (source: YamlSource, path: YamlPath, key: string, value: string | readonly string[]) => {
      texts.push({ ns, group, key, value, file: source.file, ...locate(source, path) });
      return `${ns}:${key}`;
    };

    for (const { item, path, source } of list('organisations.yaml', 'organisations', checkers.organisations)) {
      const id = String(item.id);
      organisations.set(id, {
        id,
        name: String(item.name),
        description: text(source, [...path, 'description'], `organisations.${id}.description`, String(item.description)),
        ...contact(item, (i, v) => text(source, [...path, 'phones', i, 'description'], `organisations.${id}.phones.${phoneKey(item, i)}`, v)),
        ...(typeof item.independent === 'boolean' ? { independent: item.independent } : {}),
        source: item.source as SourceRef,
        // Issue 16: the organisation's confirmed intake address for call-back requests, with its promise.
        ...(item.callback && typeof item.callback === 'object' ? { callback: { ...(item.callback as CallbackIntake), promise: text(source, [...path, 'callback', 'promise'], `organisations.${id}.callback.promise`, String((item.callback as Raw).promise)) } } : {}),
      });
    }
    for (const { item, path, source } of list('services.yaml', 'services', checkers.services)) {
      const id = String(item.id);
      const keys: Layer['keys'] = {};
      for (const field of SERVICE_TEXTS) {
        if (typeof item[field] === 'string') keys[field] = text(source, [...path, field], `services.${id}.${field}`, item[field] as string);
      }
      const { phones } = contact(item, (i, v) => text(source, [...path, 'phones', i, 'description'], `services.${id}.phones.${phoneKey(item, i)}`, v));
      serviceLayers.set(id, [...(serviceLayers.get(id) ?? []), { item, keys, phones }]);
    }
    for (const { item, path, source } of list('glossary.yaml', 'glossary', checkers.glossary)) {
      const id = String(item.id);
      const terms = (item.terms as string[]).map(String);
      text(source, [...path, 'terms'], `glossary.${id}.terms`, terms);
      glossary.set(id, { id, text: text(source, [...path, 'text'], `glossary.${id}.text`, String(item.text)) });
      glossaryTerms.set(id, terms);
    }
    const crisisSource = read(`content/${dir}/crisis.yaml`, checkers.crisis, false);
    if (crisisSource) {
      crisis = (crisisSource.data as { crisis: Directory['crisis'] }).crisis;
      sources.set('crisis', { source: crisisSource, path: ['crisis'] });
    }
    for (const { item } of list('areas.yaml', 'areas', checkers.areas)) {
      areas.push({ id: String(item.id), name: String(item.name), postcodes: (item.postcodes as string[]).map(String), service: String(item.service) });
    }
  }
  const services = new Map<string, Service>();
  for (const [id, layers] of serviceLayers) services.set(id, mergeService(id, layers));
  const directory: Directory = {
    pack: packInfo,
    organisations,
    services,
    areas,
    crisis,
    glossary: [...glossary.values()].map((g) => ({ id: g.id, text: g.text, terms: {} })),
  };
  return { directory, sources, glossaryTerms };
}

/** Merges a service's layers: for each field, the last layer that writes it wins. */
function mergeService(id: string, layers: readonly Layer[]): Service {
  const last = <T>(pick: (l: Layer) => T | undefined): T | undefined => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const value = pick(layers[i]!);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const textKeys: Layer['keys'] = {};
  for (const field of SERVICE_TEXTS) {
    const key = last((l) => l.keys[field]);
    if (key) textKeys[field] = key;
  }
  const str = (field: string) => last((l) => (typeof l.item[field] === 'string' ? String(l.item[field]) : undefined));
  const bool = (field: string) => last((l) => (typeof l.item[field] === 'boolean' ? (l.item[field] as boolean) : undefined));
  const url = str('url');
  const email = str('email');
  const independent = bool('independent');
  return {
    id,
    organisation: str('organisation') ?? '',
    name: textKeys.name ?? '',
    description: textKeys.description ?? '',
    for: textKeys.for ?? '',
    ...(textKeys.how ? { how: textKeys.how } : {}),
    ...(textKeys.schedule ? { schedule: textKeys.schedule } : {}),
    ...(textKeys.area ? { area: textKeys.area } : {}),
    free: bool('free') === true,
    ...(independent !== undefined ? { independent } : {}),
    phones: last((l) => (Array.isArray(l.item.phones) ? l.phones : undefined)) ?? [],
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    source: layers[layers.length - 1]!.item.source as SourceRef,
  };
}

/** Phone descriptions are translated, keyed by the digits of the number. */
function phoneKey(item: Raw, i: number): string {
  return String((item.phones as Phone[])[i]?.number ?? i).replace(/\D/g, '');
}

function contact(item: Raw, describe: (i: number, dutch: string) => string): { url?: string; email?: string; phones: Phone[] } {
  const phones = Array.isArray(item.phones) ? (item.phones as Phone[]) : [];
  return {
    phones: phones.map((p, i) => (p.description ? { number: p.number, description: describe(i, p.description) } : { number: p.number })),
    ...(typeof item.url === 'string' ? { url: item.url } : {}),
    ...(typeof item.email === 'string' ? { email: item.email } : {}),
  };
}
