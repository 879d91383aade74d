/**
 * Reading `flows/synonyms/*.yaml` into {@link UnderstandingData}. The only file with I/O.
 *
 * @remarks
 * The language of a file is its name: `nl.yaml` is `nl`, `nl-x-simple.yaml` is `nl-x-simple`,
 * `tr.yaml` is `tr`. Every problem is reported as an Error whose message starts with the file
 * name and, where known, line and column: `flows/synonyms/nl.yaml:12:5: …`.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { DEFAULTS, TOPICS } from './defaults.js';
import type { CrisisKind, LanguageData, TopicData, UnderstandingData } from './types.js';

const KEYS = [
  'taal', 'naam', 'basis', 'schrijfwijzen', 'gewone_woorden', 'ja', 'nee', 'rangtelwoorden',
  'leefgebieden', 'buiten', 'crisis', 'geen_crisis',
] as const;
const TOPIC_KEYS = ['woorden', 'zwakke_woorden', 'voorbeelden'];
const CRISIS_KINDS: readonly CrisisKind[] = ['suicide', 'violence', 'child', 'medical'];
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Thrown for a synonym file that cannot be used; the message names file, line and column. */
export class SynonymFileError extends Error {
  override name = 'SynonymFileError';
}

class Reader {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  fail(path: readonly (string | number)[], message: string, atKey = false): never {
    let where = this.file;
    let node: unknown = path.length > 0 ? this.doc.getIn(path, true) : this.doc.contents;
    if (atKey && path.length > 0) {
      // point at the name itself, not at its value
      const parent = path.length > 1 ? this.doc.getIn(path.slice(0, -1), true) : this.doc.contents;
      const items = (parent as { items?: { key?: { value?: unknown; range?: unknown } }[] } | null)?.items ?? [];
      node = items.find((p) => p.key?.value === path[path.length - 1])?.key ?? node;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const pos = this.lines.linePos(range[0]);
      where += `:${pos.line}:${pos.col}`;
    }
    throw new SynonymFileError(`${where}: ${message}`);
  }

  strings(value: unknown, path: (string | number)[]): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, `'${path.join('.')}' moet een lijst zijn (regels die met "- " beginnen).`);
    return value.map((v, i) => {
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
      return this.fail([...path, i], `'${path.join('.')}' mag alleen tekst bevatten, maar regel ${i + 1} is geen tekst.`);
    });
  }

  map(value: unknown, path: (string | number)[]): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, `'${path.join('.') || 'het bestand'}' moet een lijst met namen en waarden zijn.`);
    }
    return value as Record<string, unknown>;
  }

  unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], path: (string | number)[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        this.fail([...path, k], `onbekende naam '${k}'. Toegestaan: ${allowed.join(', ')}.`, true);
      }
    }
  }

  topic(value: unknown, path: (string | number)[]): TopicData {
    const t = this.map(value, path);
    this.unknownKeys(t, TOPIC_KEYS, path);
    return {
      words: this.strings(t['woorden'], [...path, 'woorden']),
      weak: this.strings(t['zwakke_woorden'], [...path, 'zwakke_woorden']),
      examples: this.strings(t['voorbeelden'], [...path, 'voorbeelden']),
    };
  }
}

/**
 * Parse the text of one synonym file.
 *
 * @param file - file name used in messages (e.g. `flows/synonyms/nl.yaml`)
 * @param lang - language tag (from the file name)
 * @param text - the YAML text
 * @throws SynonymFileError with file:line:col for bad YAML or bad content
 */
export function parseSynonymFile(file: string, lang: string, text: string): LanguageData {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    throw new SynonymFileError(`${where}: ongeldige YAML: ${err.message.split('\n')[0] ?? ''}`);
  }
  const r = new Reader(file, doc, lines);
  const root = r.map(doc.toJS() as unknown, []);
  r.unknownKeys(root, KEYS, []);
  if (root['taal'] !== undefined && String(root['taal']) !== lang) {
    r.fail(['taal'], `'taal: ${String(root['taal'])}' past niet bij de bestandsnaam; verwacht 'taal: ${lang}'.`);
  }
  const topics: Record<string, TopicData> = {};
  const lg = r.map(root['leefgebieden'], ['leefgebieden']);
  for (const [id, value] of Object.entries(lg)) {
    if (!TOPICS.includes(id) || id === 'buiten') {
      r.fail(['leefgebieden', id], `onbekend leefgebied '${id}'. Kies uit: ${TOPICS.filter((t) => t !== 'buiten').join(', ')}.`, true);
    }
    topics[id] = r.topic(value, ['leefgebieden', id]);
  }
  if (root['buiten'] !== undefined) topics['buiten'] = r.topic(root['buiten'], ['buiten']);
  const crisisMap = r.map(root['crisis'], ['crisis']);
  r.unknownKeys(crisisMap, CRISIS_KINDS, ['crisis']);
  const crisis: Partial<Record<CrisisKind, string[]>> = {};
  for (const k of CRISIS_KINDS) crisis[k] = r.strings(crisisMap[k], ['crisis', k]);
  const spellingMap = r.map(root['schrijfwijzen'], ['schrijfwijzen']);
  const spelling: Record<string, string> = {};
  for (const [from, to] of Object.entries(spellingMap)) {
    if (typeof to !== 'string' && typeof to !== 'number' && to !== null) {
      r.fail(['schrijfwijzen', from], `schrijfwijze '${from}' moet één tekst als waarde hebben.`);
    }
    spelling[from] = to === null ? '' : String(to);
  }
  const data: LanguageData = {
    lang,
    source: file,
    topics,
    crisis,
    notCrisis: r.strings(root['geen_crisis'], ['geen_crisis']),
    stopwords: r.strings(root['gewone_woorden'], ['gewone_woorden']),
    spelling,
    yes: r.strings(root['ja'], ['ja']),
    no: r.strings(root['nee'], ['nee']),
    ordinals: r.strings(root['rangtelwoorden'], ['rangtelwoorden']),
  };
  if (root['naam'] !== undefined) data.name = String(root['naam']);
  if (root['basis'] !== undefined) data.base = String(root['basis']);
  return data;
}

/**
 * Read every synonym file in `<rootDir>/flows/synonyms/`.
 *
 * @param rootDir - the project root (the folder holding `flows/`)
 * @returns data for every language found, the default language (`nl`) first
 * @throws SynonymFileError naming the file for a bad file name, bad YAML, bad content, a missing
 *   base language, or when the folder holds no synonym files
 */
export function loadUnderstanding(rootDir: string): UnderstandingData {
  const dir = join(rootDir, 'flows', 'synonyms');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (e) {
    throw new SynonymFileError(`${dir}: map met synoniemen niet gevonden (${(e as Error).message}).`);
  }
  if (names.length === 0) throw new SynonymFileError(`${dir}: geen synoniemenbestanden (*.yaml) gevonden.`);
  const languages: LanguageData[] = [];
  for (const name of names) {
    const file = join('flows', 'synonyms', name);
    const lang = name.replace(/\.ya?ml$/i, '');
    if (!LANG_TAG.test(lang)) {
      throw new SynonymFileError(`${file}: de bestandsnaam moet een taalcode zijn, zoals nl.yaml, en.yaml of nl-x-simple.yaml.`);
    }
    if (languages.some((l) => l.lang === lang)) throw new SynonymFileError(`${file}: taal '${lang}' staat er twee keer.`);
    languages.push(parseSynonymFile(file, lang, readFileSync(join(dir, name), 'utf8')));
  }
  for (const l of languages) {
    if (l.base && !languages.some((b) => b.lang === l.base)) {
      throw new SynonymFileError(`${l.source ?? l.lang}: basis '${l.base}' bestaat niet (geen ${l.base}.yaml).`);
    }
  }
  const def = DEFAULTS.defaultLanguage;
  languages.sort((a, b) => (a.lang === def ? -1 : b.lang === def ? 1 : a.lang < b.lang ? -1 : 1));
  return { languages };
}
