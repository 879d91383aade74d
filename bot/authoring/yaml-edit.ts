/**
 * Writes values into a YAML file by editing only the lines that change, so comments, quoting and
 * line folding elsewhere stay exactly as staff wrote them. An existing value is replaced in place;
 * a missing key is added at the end of the deepest map that exists. When an edit cannot be made
 * that way (an empty or inline map), the `yaml` Document API writes the file (comments kept).
 * @packageDocumentation
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document, type Node } from 'yaml';

/** One value to write: a path of keys and a text or a list of texts. */
export interface YamlEdit {
  readonly path: readonly string[];
  readonly value: string | readonly string[];
}

/** A value as YAML after `key: ` (plain when safe, quoted when needed; a list in flow style). */
function inline(value: string | readonly string[]): string {
  if (typeof value === 'string') return stringify(value, { lineWidth: 0 }).trimEnd();
  return `[${value.map((v) => inline(v)).join(', ')}]`;
}

function sameValue(doc: Document, edit: YamlEdit): boolean {
  return JSON.stringify(doc.getIn(edit.path)) === JSON.stringify(edit.value) || JSON.stringify((doc.getIn(edit.path) as { toJSON?: () => unknown })?.toJSON?.()) === JSON.stringify(edit.value);
}

/** Applies one edit to YAML text by splicing lines; undefined when it cannot be done that way. */
function splice(text: string, edit: YamlEdit): string | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) return undefined;
  const existing = doc.getIn(edit.path, true) as Node | undefined;
  if (existing && (isScalar(existing) || isSeq(existing)) && existing.range) {
    const block = isSeq(existing) ? !existing.flow : existing.type === 'BLOCK_FOLDED' || existing.type === 'BLOCK_LITERAL';
    // A plain value ends before its comment; a block value runs to its last line.
    const [start, valueEnd, nodeEnd] = existing.range;
    const end = block ? nodeEnd : valueEnd;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = /^\s*/.exec(text.slice(lineStart))![0];
    // A block scalar or block list ends with its newline: keep one.
    const tail = /\n$/.test(text.slice(start, end)) ? '\n' : '';
    return `${text.slice(0, start)}${inline(edit.value).replace(/\n/g, `\n${indent}`)}${tail}${text.slice(end)}`;
  }
  if (existing) return undefined;
  // Find the deepest map that exists and add the rest of the path at its end.
  for (let depth = edit.path.length - 1; depth >= 0; depth--) {
    const parent = depth === 0 ? doc.contents : (doc.getIn(edit.path.slice(0, depth), true) as Node | undefined);
    if (parent === undefined || parent === null) continue;
    if (!isMap(parent) || parent.flow || parent.items.length === 0 || !parent.range) return undefined;
    const firstKey = parent.items[0]!.key as Node;
    const col = lines.linePos(firstKey.range![0]).col - 1;
    const rest = edit.path.slice(depth);
    const added = rest.map((k, i) => `${' '.repeat(col + 2 * i)}${inline(k)}:${i === rest.length - 1 ? ` ${inline(edit.value)}` : ''}`).join('\n');
    const end = parent.range[1];
    const lineEnd = text.indexOf('\n', Math.max(end - 1, 0));
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const before = text.slice(0, at);
    return `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${added}\n${text.slice(at)}`;
  }
  return undefined;
}

/** Writes every edit into YAML text (or into a new file when `text` is empty); returns the new text. */
export function setYamlValues(text: string, edits: readonly YamlEdit[]): string {
  let out = text;
  for (const edit of edits) {
    const spliced = out.trim() === '' ? `${rootLines(edit)}\n` : splice(out, edit);
    const check = spliced === undefined ? undefined : parseDocument(spliced);
    if (spliced !== undefined && check && check.errors.length === 0 && sameValue(check, edit)) {
      out = spliced;
      continue;
    }
    const doc = parseDocument(out);
    doc.setIn(edit.path, edit.value);
    out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  }
  return out;
}

function rootLines(edit: YamlEdit): string {
  return edit.path.map((k, i) => `${'  '.repeat(i)}${inline(k)}:${i === edit.path.length - 1 ? ` ${inline(edit.value)}` : ''}`).join('\n');
}
