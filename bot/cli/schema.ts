/**
 * `npm run schema`: writes the JSON Schemas under `schema/` (generated from the step kinds and the
 * content model). `--check` only compares and exits 1 when a file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSchemas } from '../authoring/content-schema.js';
import { flowSchema } from '../authoring/flow-schema.js';
import { cliArgs } from './args.js';
import { projectRoot } from './root.js';

/** The schema files and their contents as they should be. */
export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(allSchemas(flowSchema()))) out[name] = `${JSON.stringify(schema, null, 2)}\n`;
  return out;
}

const USAGE = `Gebruik: npm run schema -- [--check]

Schrijft de JSON Schemas in schema/ (uit de code van de staptypes en het contentmodel).

  --check   schrijf niets; exit 1 als een bestand verouderd is
  --help    deze uitleg
`;

function main(argv: readonly string[]): number {
  const dir = join(projectRoot(), 'schema');
  const check = cliArgs(argv, { check: { type: 'boolean' } }, USAGE).values.check === true;
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(schemaFiles())) {
    const file = join(dir, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      process.stderr.write(`schema/${name} is verouderd; draai npm run schema\n`);
      stale++;
    } else {
      writeFileSync(file, text);
      process.stdout.write(`schema/${name} geschreven\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
