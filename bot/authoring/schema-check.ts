/**
 * The structural check: a JSON Schema (Ajv) over a parsed YAML file, with every error turned into
 * a Dutch diagnostic that points at the right line.
 * @packageDocumentation
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { diag, type Diagnostic, type DiagnosticCode } from './diagnostic.js';
import { at, suggest, type YamlSource } from './yaml-source.js';

/** A compiled checker for one schema. */
export type SchemaChecker = (source: YamlSource) => Diagnostic[];

/** Compiles a schema into a checker. */
export function schemaChecker(schema: Record<string, unknown>): SchemaChecker {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  const validate: ValidateFunction = ajv.compile(schema);
  return (source) => {
    if (validate(source.data)) return [];
    return humanise(source, validate.errors ?? []);
  };
}

/** Keys whose absence has its own, clearer code. */
const REQUIRED_CODES: Readonly<Record<string, DiagnosticCode>> = Object.freeze({ label: 'CHOICE_NO_LABEL' });

const TYPE_NL: Readonly<Record<string, string>> = Object.freeze({
  string: 'een tekst',
  array: 'een lijst (regels die met - beginnen)',
  object: 'een groep sleutels (sleutel: waarde)',
  integer: 'een heel getal',
  number: 'een getal',
  boolean: 'true of false',
});

function pathOf(e: ErrorObject): (string | number)[] {
  return e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function lastKey(path: readonly (string | number)[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '(bestand)';
}

function stepIdAt(source: YamlSource, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return undefined;
  const steps = (source.data as { steps?: unknown[] }).steps;
  const s = steps?.[path[1]] as { id?: unknown } | undefined;
  return typeof s?.id === 'string' ? s.id : undefined;
}

function humanise(source: YamlSource, errors: readonly ErrorObject[]): Diagnostic[] {
  // A failed oneOf also reports every branch's own errors: keep only the oneOf itself.
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'const') continue;
    if (e.keyword !== 'oneOf' && oneOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))) continue;
    const d = one(source, e);
    const id = `${d.line}:${d.col}:${d.code}:${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

function one(source: YamlSource, e: ErrorObject): Diagnostic {
  const path = pathOf(e);
  const step = stepIdAt(source, path);
  const where = (p: readonly (string | number)[], key = false) => at(source, p, { key, ...(step ? { step } : {}) });
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
      return diag('SCHEMA_UNKNOWN_KEY', where([...path, key], true), { key, suggestion: suggest(key, allowed), allowed: allowed.join(', ') });
    }
    case 'required': {
      const key = String(params.missingProperty);
      const code = REQUIRED_CODES[key];
      if (code) {
        const id = (source.doc.getIn([...path, 'id']) as string | undefined) ?? '?';
        return diag(code, where(path), { id: String(id) });
      }
      const w = step ? ` in stap '${step}'` : '';
      return diag('SCHEMA_REQUIRED', where(path), { key, where: w });
    }
    case 'type': {
      const t = String(params.type);
      return diag('SCHEMA_TYPE', where(path), { key: lastKey(path), expected: TYPE_NL[t] ?? t });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(source.doc.getIn(path) ?? '');
      return diag('SCHEMA_VALUE', where(path), {
        key: lastKey(path),
        detail: `'${value}' kan hier niet`,
        hint: `${suggest(value, allowed)}Kies uit: ${allowed.join(', ')}.`,
      });
    }
    case 'pattern':
      return diag('SCHEMA_VALUE', where(path), {
        key: lastKey(path),
        detail: `'${String(source.doc.getIn(path) ?? '')}' heeft niet de goede vorm`,
        hint: patternHint(lastKey(path)),
      });
    case 'minItems':
      return diag('SCHEMA_VALUE', where(path), { key: lastKey(path), detail: 'de lijst is leeg', hint: 'Zet er minstens één item in.' });
    case 'maxItems':
      return diag('SCHEMA_VALUE', where(path), {
        key: lastKey(path),
        detail: `de lijst is te lang (meer dan ${String(params.limit)})`,
        hint: 'Te veel knoppen maakt kiezen moeilijk; splits de vraag in tweeën.',
      });
    case 'minLength':
      return diag('SCHEMA_VALUE', where(path), { key: lastKey(path), detail: 'de tekst is leeg', hint: 'Vul een tekst in.' });
    case 'maxLength':
      return diag('SCHEMA_VALUE', where(path), {
        key: lastKey(path),
        detail: `de tekst is langer dan ${String(params.limit)} tekens`,
        hint: 'Maak het korter; op een knop passen maar een paar woorden.',
      });
    case 'oneOf':
      return diag('SCHEMA_VALUE', where(path), {
        key: lastKey(path),
        detail: 'deze voorwaarde heeft niet de goede vorm',
        hint: 'Gebruik {answer: naam, is: keuze}, {answer: naam, in: [keuzes]}, {answered: naam}, {visited: {atLeast: 2}} of {postcode: true}.',
      });
    default:
      return diag('SCHEMA_VALUE', where(path), { key: lastKey(path), detail: e.message ?? 'onbekende fout', hint: 'Kijk naar de uitleg in de editor (schema).' });
  }
}

function patternHint(key: string): string {
  if (key === 'checked') return 'Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-22.';
  if (key === 'url') return 'Een webadres begint met https://.';
  if (key === 'number') return 'Alleen cijfers, spaties, + en -, bijvoorbeeld 0800-2000.';
  return 'Gebruik alleen kleine letters, cijfers en streepjes, en begin met een letter of cijfer.';
}
