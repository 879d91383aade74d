/**
 * Parsing YAML while keeping positions, so every diagnostic can name a line and a column.
 * @packageDocumentation
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diag, type At, type Diagnostic } from './diagnostic.js';
import type { YamlPath } from '../engine/steps/index.js';

/** A parsed YAML file with its positions. */
export interface YamlSource {
  /** Path relative to the project root, forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The plain JavaScript value of the document. */
  readonly data: unknown;
}

/** Parses YAML text; syntax problems become YAML_SYNTAX diagnostics and `source` is undefined. */
export function parseYaml(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const diagnostics = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    const detail = dutchYamlError(e.code, e.message);
    return diag('YAML_SYNTAX', { file, line: pos.line, col: pos.col }, { detail });
  });
  if (diagnostics.length > 0) return { diagnostics };
  return { source: { file, text, doc, lines, data: doc.toJS() as unknown }, diagnostics };
}

function dutchYamlError(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'een sleutel staat hier twee keer',
    TAB_AS_INDENT: 'er staat een tab; gebruik spaties',
    BAD_INDENT: 'het inspringen klopt niet',
    MISSING_CHAR: 'er mist een teken (bijvoorbeeld een aanhalingsteken of haakje)',
    BLOCK_AS_IMPLICIT_KEY: 'een sleutel of dubbele punt staat op de verkeerde plek',
    MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels; mist er een dubbele punt?',
    UNEXPECTED_TOKEN: 'hier staat een teken dat niet verwacht werd',
  };
  const first = message.split('\n')[0] ?? message;
  return known[code] ?? `${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** The YAML node at a path (keys and list indexes), or undefined. */
export function nodeAt(source: YamlSource, path: YamlPath): { node?: Node; keyNode?: Node } {
  let node: unknown = source.doc.contents;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return {};
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      keyNode = undefined;
    } else {
      return {};
    }
  }
  return { node: (node ?? undefined) as Node | undefined, ...(keyNode ? { keyNode } : {}) };
}

/**
 * Where a path stands: the value (or, with `key`, the key of the last part).
 * Falls back to the nearest existing parent, then to line 1.
 */
export function locate(source: YamlSource, path: YamlPath, opts: { key?: boolean } = {}): { line: number; col: number } {
  for (let len = path.length; len >= 0; len--) {
    const { node, keyNode } = nodeAt(source, path.slice(0, len));
    const target = opts.key && len === path.length && keyNode ? keyNode : (node ?? keyNode);
    if (target?.range) {
      const p = source.lines.linePos(target.range[0]);
      return { line: p.line, col: p.col };
    }
  }
  return { line: 1, col: 1 };
}

/** An `At` for a path in a source. */
export function at(source: YamlSource, path: YamlPath, extra: { flow?: string; step?: string; key?: boolean } = {}): At {
  const p = locate(source, path, extra.key ? { key: true } : {});
  return { file: source.file, ...p, ...(extra.flow ? { flow: extra.flow } : {}), ...(extra.step ? { step: extra.step } : {}) };
}

/** The closest of `known` to `word` (edit distance), for "Bedoelt u …?" hints, or undefined when none is close. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** "Bedoelt u 'x'? " or an empty string. */
export function suggest(word: string, known: Iterable<string>): string {
  const c = closest(word, known);
  return c ? `Bedoelt u '${c}'? ` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
