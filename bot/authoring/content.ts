/**
 * Loads a gemeente's content pack (plus the shared national pack) into a directory, registering
 * its Dutch texts for translation checks.
 * @packageDocumentation
 */
import type { Area, Directory, Organisation, Pack, Phone, Service, SourceRef } from '../content/types.js';
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

/** Loads `content/landelijk/` and `content/<pack>/`. */
export function loadContent(pack: string, read: ReadChecked, checkers: ContentCheckers, texts: TextEntry[], diagnostics: Diagnostic[]): LoadedContent {
  const organisations = new Map<string, Organisation>();
  const services = new Map<string, Service>();
  const glossary = new Map<string, { id: string; text: string }>();
  const glossaryTerms = new Map<string, readonly string[]>();
  const areas: Area[] = [];
  let crisis: Directory['crisis'] = { suicide: [], violence: [], child: [], medical: [] };
  const sources = new Map<string, { source: YamlSource; path: YamlPath }>();

  const packSource = read(`content/${pack}/pack.yaml`, checkers.pack, true);
  const packData = (packSource?.data ?? {}) as Partial<Pack>;
  const packInfo: Pack = {
    id: packData.id ?? pack,
    name: packData.name ?? pack,
    handoff: packData.handoff ?? '',
    ...(packData.general ? { general: packData.general } : {}),
    ...(packData.areaService ? { areaService: packData.areaService } : {}),
    ...(Array.isArray(packData.areaAlso) ? { areaAlso: packData.areaAlso.map(String) } : {}),
  };
  if (packSource) sources.set('pack', { source: packSource, path: [] });

  for (const dir of [AUTHORING_DEFAULTS.sharedPack, pack]) {
    const group = `content/${dir}`;
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
      texts.push({ ns: 'content', group, key, value, file: source.file, ...locate(source, path) });
      return `content:${key}`;
    };
    const optText = (source: YamlSource, path: YamlPath, item: Raw, field: string, key: string) =>
      typeof item[field] === 'string' ? { [field]: text(source, [...path, field], `${key}.${field}`, item[field] as string) } : {};

    for (const { item, path, source } of list('organisations.yaml', 'organisations', checkers.organisations)) {
      const id = String(item.id);
      organisations.set(id, {
        id,
        name: String(item.name),
        description: text(source, [...path, 'description'], `organisations.${id}.description`, String(item.description)),
        ...contact(item, (i, v) => text(source, [...path, 'phones', i, 'description'], `organisations.${id}.phones.${phoneKey(item, i)}`, v)),
        ...(typeof item.independent === 'boolean' ? { independent: item.independent } : {}),
        source: item.source as SourceRef,
      });
    }
    for (const { item, path, source } of list('services.yaml', 'services', checkers.services)) {
      const id = String(item.id);
      const k = `services.${id}`;
      services.set(id, {
        id,
        organisation: String(item.organisation),
        name: text(source, [...path, 'name'], `${k}.name`, String(item.name)),
        description: text(source, [...path, 'description'], `${k}.description`, String(item.description)),
        for: text(source, [...path, 'for'], `${k}.for`, String(item.for)),
        ...optText(source, path, item, 'how', k),
        ...optText(source, path, item, 'schedule', k),
        ...optText(source, path, item, 'area', k),
        free: item.free === true,
        ...(typeof item.independent === 'boolean' ? { independent: item.independent } : {}),
        ...contact(item, (i, v) => text(source, [...path, 'phones', i, 'description'], `${k}.phones.${phoneKey(item, i)}`, v)),
        source: item.source as SourceRef,
      } as Service);
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
