/**
 * Translations as a round trip: every missing or outdated text of a language out to a CSV file a
 * translator or agency works in, and the filled-in file back into `locales/<lang>/...yaml`, with
 * the hash of the Dutch source each translation was made from in `locales/<lang>/.sources.yaml`.
 *
 * The CSV has one row per text: `key` (`flows/geld:wat.text`: file group and key), `source` (the
 * Dutch), `target` (the translation; prefilled for an outdated one), `note` (where the Dutch text
 * is written, and why the row is there), `lang` and `hash` (of the Dutch source; do not change).
 * A list (command words, glossary terms) has one item per line in its cell.
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readCsv, writeCsv } from './csv.js';
import { lookup } from './locales.js';
import { translationPath, type Project, type TextEntry } from './project.js';
import { checkTranslation } from './translation-check.js';
import { isTranslated, sourceHash, sourcesPath, translationTodos, type TranslationTodo } from './translation-status.js';
import { setYamlValues, type YamlEdit } from './yaml-edit.js';

const HEADER = ['key', 'source', 'target', 'note', 'lang', 'hash'] as const;

const cellOf = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join('\n'));

/** Every missing or outdated text of `lang` over the given projects (one per gemeente), each once. */
export function todosOf(projects: readonly Project[], lang: string): TranslationTodo[] {
  const todos = new Map<string, TranslationTodo>();
  for (const p of projects) for (const t of translationTodos(p, lang)) todos.set(`${t.text.group}:${t.text.key}`, t);
  return [...todos.values()];
}

/** The CSV with every missing or outdated text of `lang`. */
export function exportCsv(projects: readonly Project[], lang: string): { csv: string; rows: number } {
  const rows = todosOf(projects, lang).map((t) => [
    `${t.text.group}:${t.text.key}`,
    cellOf(t.text.value),
    t.current === undefined ? '' : cellOf(t.current),
    `${t.text.file}:${t.text.line}:${t.text.col}${t.state === 'outdated' ? ' — verouderd: de Nederlandse tekst is veranderd, kijk de vertaling na' : ''}`,
    lang,
    sourceHash(t.text.value),
  ]);
  return { csv: writeCsv([[...HEADER], ...rows]), rows: rows.length };
}

/** What an import did. */
export interface ImportResult {
  /** Translations written, per file. */
  readonly written: ReadonlyMap<string, number>;
  /** Rows not written, as `FILE:row: …` lines in Dutch (with the key). */
  readonly rejected: readonly string[];
  /** Rows written with a warning (length, script). */
  readonly warnings: readonly string[];
  /** Rows without a translation (left for later). */
  readonly empty: number;
}

/** Reads a filled-in CSV and writes its translations into the project's locale files and source hashes. */
export function importCsv(projects: readonly Project[], csvText: string, csvName: string): ImportResult {
  const project = projects[0]!;
  const texts = new Map<string, TextEntry>();
  for (const p of projects) for (const t of p.texts) texts.set(`${t.group}:${t.key}`, t);
  const langs = new Map(project.languages.filter((l) => l.code !== project.defaultLanguage).map((l) => [l.code, l]));
  const [head, ...rows] = readCsv(csvText);
  const col = new Map((head ?? []).map((h, i) => [h.trim().toLowerCase(), i]));
  const rejected: string[] = [];
  const warnings: string[] = [];
  if (!HEADER.every((h) => col.has(h))) {
    return { written: new Map(), rejected: [`${csvName}:1: de eerste regel moet de kolommen ${HEADER.join(', ')} hebben.`], warnings, empty: 0 };
  }
  const edits = new Map<string, YamlEdit[]>();
  const hashes = new Map<string, Map<string, Map<string, string>>>(); // lang → group → key → hash
  let empty = 0;
  rows.forEach((row, i) => {
    const get = (h: (typeof HEADER)[number]) => (row[col.get(h)!] ?? '').trim();
    const where = `${csvName}:${i + 2}`;
    const id = get('key');
    const lang = langs.get(get('lang'));
    const text = texts.get(id);
    if (!lang) return rejected.push(`${where}: sleutel '${id}': onbekende taal '${get('lang')}'.`);
    if (!text) return rejected.push(`${where}: sleutel '${id}' bestaat niet (meer) in het Nederlands; niets geschreven.`);
    const raw = row[col.get('target')!] ?? '';
    if (raw.trim() === '') return empty++;
    const value: string | string[] = typeof text.value === 'string' ? raw.trim() : raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    for (const p of checkTranslation(text.value, value, lang)) {
      if (p.code === 'TRANSLATION_PLACEHOLDER') {
        return rejected.push(`${where}: sleutel '${id}' (${lang.code}): de plekhouders kloppen niet — verwacht ${p.args.expected}, gevonden ${p.args.found}. Niets geschreven voor deze sleutel.`);
      }
      warnings.push(`${where}: sleutel '${id}' (${lang.code}): ${p.code === 'TRANSLATION_LENGTH' ? `${p.args.length} tekens, het Nederlands ${p.args.dutch}` : `geen ${p.args.script}`}.`);
    }
    const file = translationPath(lang.code, text.group);
    (edits.get(file) ?? edits.set(file, []).get(file)!).push({ path: text.key.split('.'), value });
    const perLang = hashes.get(lang.code) ?? hashes.set(lang.code, new Map()).get(lang.code)!;
    const perGroup = perLang.get(text.group) ?? perLang.set(text.group, new Map()).get(text.group)!;
    perGroup.set(text.key, get('hash') || sourceHash(text.value));
    return undefined;
  });
  const written = new Map<string, number>();
  for (const [file, list] of edits) {
    const abs = join(project.root, file);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, setYamlValues(existsSync(abs) ? readFileSync(abs, 'utf8') : '', list));
    written.set(file, list.length);
  }
  for (const [lang, groups] of hashes) recordHashes(project.root, lang, groups);
  return { written, rejected, warnings, empty };
}

/**
 * Records that the translations of `lang` now match their Dutch source (after a translator or a
 * colleague checked them by hand): all present translations, or only those in `ids` (`group:key`).
 */
export function acceptTranslations(projects: readonly Project[], lang: string, ids?: readonly string[]): number {
  const groups = new Map<string, Map<string, string>>();
  let n = 0;
  for (const p of projects) {
    for (const t of p.texts) {
      if (ids && ids.length > 0 && !ids.includes(`${t.group}:${t.key}`)) continue;
      if (!isTranslated(t.value, lookup(p.resources, lang, t.ns, t.key))) continue;
      const g = groups.get(t.group) ?? groups.set(t.group, new Map()).get(t.group)!;
      if (!g.has(t.key)) n++;
      g.set(t.key, sourceHash(t.value));
    }
  }
  recordHashes(projects[0]!.root, lang, groups);
  return n;
}

const SOURCES_HEADER = `# Van welke Nederlandse tekst is elke vertaling gemaakt? Per bestand en sleutel een korte hash
# van die tekst. Verandert het Nederlands, dan meldt de validator OUTDATED_TRANSLATION.
# Dit bestand schrijft 'npm run translations -- import' en '... -- accept'; aanpassen met de hand hoeft niet.
`;

/** Merges hashes into `locales/<lang>/.sources.yaml`, sorted so changes read well in a diff. */
function recordHashes(root: string, lang: string, groups: ReadonlyMap<string, ReadonlyMap<string, string>>): void {
  const file = join(root, sourcesPath(lang));
  const data = (existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>> | null) : null) ?? {};
  for (const [group, keys] of groups) data[group] = { ...data[group], ...Object.fromEntries(keys) };
  const sorted = Object.fromEntries(
    Object.keys(data)
      .sort()
      .map((g) => [g, Object.fromEntries(Object.entries(data[g]!).sort(([a], [b]) => a.localeCompare(b)))]),
  );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, SOURCES_HEADER + stringify(sorted, { lineWidth: 0 }));
}
