/**
 * Loads a project folder in layers: parse YAML with positions, check each file against its JSON
 * Schema, build the immutable typed model. Problems are collected, never thrown.
 * The semantic rules run afterwards (see `validate.ts`).
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph, GlossaryEntry } from '../engine/types.js';
import { buildFlow } from './build-flow.js';
import { loadContent, type ContentCheckers } from './content.js';
import { allSchemas } from './content-schema.js';
import { AUTHORING_DEFAULTS } from './defaults.js';
import { diag, type Diagnostic } from './diagnostic.js';
import { flowSchema } from './flow-schema.js';
import { buildResources, loadCommon, loadLanguages, loadSourceHashes, lookup } from './locales.js';
import type { FlowUnit, Project, TextEntry } from './project.js';
import { schemaChecker, type SchemaChecker } from './schema-check.js';
import { sourcesPath } from './translation-status.js';
import { at, parseYaml, type YamlSource } from './yaml-source.js';
import { loadSynonyms, requireSynonyms } from './synonyms.js';
import { loadPageTexts } from './page-texts.js';
import type { UnderstandingData } from '../understand/types.js';

/** Options for loading. */
export interface LoadOptions {
  /** The project folder (with `flows/`, `content/`, `locales/`). */
  readonly root: string;
  /** The gemeente's content pack; defaults to `GEMEENTE` or `dordrecht`. */
  readonly pack?: string;
  /**
   * Files to use instead of what is on disk (relative path → text), or `null` to act as if a file
   * is missing. For tests and editor previews; nothing is written.
   */
  readonly overlay?: ReadonlyMap<string, string | null>;
}

/** Reads files from the root, with the overlay on top. */
function fileAccess(root: string, overlay: ReadonlyMap<string, string | null> | undefined) {
  const exists = (file: string): boolean => {
    const o = overlay?.get(file);
    return o === null ? false : o !== undefined || existsSync(join(root, file));
  };
  const read = (file: string): string => overlay?.get(file) ?? readFileSync(join(root, file), 'utf8');
  const list = (dir: string, ext: string): string[] => {
    const onDisk = existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : [];
    const extra = [...(overlay?.keys() ?? [])].filter((f) => f.startsWith(`${dir}/`) && !f.slice(dir.length + 1).includes('/')).map((f) => f.slice(dir.length + 1));
    return [...new Set([...onDisk, ...extra])].filter((f) => f.endsWith(ext) && exists(`${dir}/${f}`)).sort();
  };
  const dirs = (dir: string): string[] => {
    const onDisk = existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
    const extra = [...(overlay?.keys() ?? [])].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]!);
    return [...new Set([...onDisk, ...extra])].sort();
  };
  return { exists, read, list, dirs };
}

/** The gemeenten of a project: every folder under `content/` with a `pack.yaml` (not the national one). */
export function listPacks(root: string, overlay?: ReadonlyMap<string, string | null>): string[] {
  const files = fileAccess(root, overlay);
  return files.dirs('content').filter((d) => d !== AUTHORING_DEFAULTS.sharedPack && files.exists(`content/${d}/pack.yaml`));
}

let checkers: (ContentCheckers & { flow: SchemaChecker; synonyms: SchemaChecker }) | undefined;
function getCheckers(): ContentCheckers & { flow: SchemaChecker; synonyms: SchemaChecker } {
  if (!checkers) {
    const s = allSchemas(flowSchema());
    checkers = {
      flow: schemaChecker(s['flow.schema.json']!),
      pack: schemaChecker(s['pack.schema.json']!),
      organisations: schemaChecker(s['organisations.schema.json']!),
      services: schemaChecker(s['services.schema.json']!),
      glossary: schemaChecker(s['glossary.schema.json']!),
      areas: schemaChecker(s['areas.schema.json']!),
      crisis: schemaChecker(s['crisis.schema.json']!),
      synonyms: schemaChecker(s['synonyms.schema.json']!),
    };
  }
  return checkers;
}

/** Reading with positions: a missing or broken file becomes a diagnostic, never an exception. */
function readers(files: ReturnType<typeof fileAccess>, diagnostics: Diagnostic[]) {
  const readPlain = (file: string, required: boolean): YamlSource | undefined => {
    if (!files.exists(file)) {
      if (required) diagnostics.push(diag('FILE_MISSING', { file, line: 1, col: 1 }, { what: file, file }));
      return undefined;
    }
    const parsed = parseYaml(file, files.read(file));
    diagnostics.push(...parsed.diagnostics);
    return parsed.source;
  };
  const readChecked = (file: string, checker: SchemaChecker, required: boolean): YamlSource | undefined => {
    const source = readPlain(file, required);
    if (!source) return undefined;
    const problems = checker(source);
    diagnostics.push(...problems);
    return problems.length === 0 ? source : undefined;
  };
  return { readPlain, readChecked };
}

/**
 * Only the synonym and crisis files of a project (for the route CLI and benchmarks).
 * @throws SynonymFileError listing every problem (file:line:col) when a file has errors
 */
export function loadUnderstanding(root: string): UnderstandingData {
  const diagnostics: Diagnostic[] = [];
  const files = fileAccess(root, undefined);
  const data = loadSynonyms({ ...files, ...readers(files, diagnostics) }, getCheckers().synonyms, diagnostics);
  return requireSynonyms(data, diagnostics);
}

/** Loads everything; never throws on bad files (they become diagnostics). */
export function loadProject(opts: LoadOptions): Project {
  const root = opts.root;
  const pack = opts.pack ?? process.env.GEMEENTE ?? AUTHORING_DEFAULTS.pack;
  const diagnostics: Diagnostic[] = [];
  const texts: TextEntry[] = [];
  const c = getCheckers();

  const files = fileAccess(root, opts.overlay);
  const { readPlain, readChecked } = readers(files, diagnostics);

  const { languages, defaultLanguage } = loadLanguages((f, r) => readPlain(f, r));
  const jargonSource = readPlain('locales/jargon.yaml', false);
  const jargon: Record<string, string[]> = {};
  for (const [lang, words] of Object.entries((jargonSource?.data ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(words)) jargon[lang] = words.map(String);
  }

  const flows = new Map<string, FlowUnit>();
  const flowFiles = files.list('flows', '.yaml');
  if (!flowFiles.includes(`${AUTHORING_DEFAULTS.entryFlow}.yaml`)) {
    const file = `flows/${AUTHORING_DEFAULTS.entryFlow}.yaml`;
    diagnostics.push(diag('FILE_MISSING', { file, line: 1, col: 1 }, { what: 'met de startflow', file }));
  }
  const brokenFlows = new Set<string>();
  for (const name of flowFiles) {
    const file = `flows/${name}`;
    const source = readChecked(file, c.flow, true);
    if (!source) {
      brokenFlows.add(name.replace(/\.yaml$/, ''));
      continue;
    }
    const header = source.text.split('\n').filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('#')));
    if (!header.some((l) => l.startsWith('# yaml-language-server: $schema='))) {
      diagnostics.push(diag('MODELINE_MISSING', { file, line: 1, col: 1 }, { modeline: AUTHORING_DEFAULTS.flowModeline }));
    }
    const fileId = name.replace(/\.yaml$/, '');
    const id = String((source.data as { id: unknown }).id);
    if (id !== fileId) {
      diagnostics.push(diag('FLOW_ID_MISMATCH', at(source, ['id']), { id, fileId }));
      brokenFlows.add(fileId);
      continue;
    }
    const known: readonly string[] = [AUTHORING_DEFAULTS.entryFlow, ...AUTHORING_DEFAULTS.leefgebieden];
    if (!known.includes(id)) {
      diagnostics.push(diag('FLOW_UNKNOWN_ID', at(source, ['id']), { id, allowed: known.join(', ') }));
      continue;
    }
    flows.set(id, buildFlow(source, texts));
  }

  if (!files.exists(`content/${pack}/pack.yaml`)) {
    const file = `content/${pack}/pack.yaml`;
    const known = listPacks(root, opts.overlay).join(', ') || 'geen';
    diagnostics.push(diag('FILE_MISSING', { file, line: 1, col: 1 }, { what: `van gemeente '${pack}' (bestaande gemeenten: ${known})`, file }));
  }
  const content = loadContent(pack, readChecked, c, texts, diagnostics);
  const understanding = loadSynonyms({ ...files, readChecked }, c.synonyms, diagnostics);
  const pageTexts = loadPageTexts(languages, defaultLanguage, readPlain);
  loadCommon(defaultLanguage, readPlain, texts);
  const { resources, translations } = buildResources(languages, defaultLanguage, texts, readPlain);
  const sourceHashes = loadSourceHashes(languages.filter((l) => l.code !== defaultLanguage), readPlain, sourcesPath);

  const glossary: GlossaryEntry[] = content.directory.glossary.map((g) => {
    const terms: Record<string, readonly string[]> = {};
    for (const { code } of languages) {
      const list = lookup(resources, code, g.text.slice(0, g.text.indexOf(':')), `glossary.${g.id}.terms`);
      if (Array.isArray(list)) terms[code] = list.map((t) => String(t).toLowerCase());
    }
    return { ...g, terms };
  });
  const directory = { ...content.directory, glossary };
  const graph: Graph = {
    entry: AUTHORING_DEFAULTS.entryFlow,
    flows: new Map([...flows].map(([id, unit]) => [id, unit.flow])),
    leefgebieden: AUTHORING_DEFAULTS.leefgebieden.filter((id) => flows.has(id)),
    glossary,
    handoffService: directory.pack.handoff,
    ...(directory.pack.general ? { generalService: directory.pack.general } : {}),
    crisis: directory.crisis,
    defaultLanguage,
    postcodeAreas: directory.areas.length > 0,
  };
  return {
    root,
    languages,
    defaultLanguage,
    flows,
    brokenFlows,
    directory,
    contentSources: content.sources,
    texts,
    resources,
    translations,
    sourceHashes,
    jargon,
    graph,
    ...(understanding ? { understanding } : {}),
    pageTexts,
    diagnostics,
  };
}
