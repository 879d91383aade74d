/**
 * Shared test helpers: the understanding service built once from the real synonym files, and the
 * routing test set.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { createUnderstanding, type Understanding } from '../../bot/understand/index.js';

/** Project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let cached: Understanding | undefined;

/** The understanding service over flows/synonyms, built once per test run. */
export function understanding(): Understanding {
  cached ??= createUnderstanding(loadUnderstanding(ROOT));
  return cached;
}

/** One case of the routing set. */
export interface RoutingCase {
  category: string;
  /** Accepted first choices (one, or several for the `several` category). */
  expected: string[];
  /** Expected crisis kind, for `crisis/<kind>`. */
  kind?: string;
  text: string;
}

/** Read test/understand/routing-set.yaml. */
export function routingSet(): RoutingCase[] {
  const data = parse(readFileSync(join(ROOT, 'test', 'understand', 'routing-set.yaml'), 'utf8')) as Record<
    string,
    [string | string[], string][]
  >;
  const out: RoutingCase[] = [];
  for (const [category, cases] of Object.entries(data)) {
    for (const [exp, text] of cases) {
      const list = Array.isArray(exp) ? exp : [exp];
      const first = list[0] ?? '';
      if (first.startsWith('crisis/')) out.push({ category, expected: ['crisis'], kind: first.slice(7), text: String(text) });
      else out.push({ category, expected: list, text: String(text) });
    }
  }
  return out;
}
