/** The schema files under `schema/` and their exact contents, generated from the code. */
import { allSchemas } from './content-schema.js';
import { flowSchema } from './flow-schema.js';

/** File name → JSON text, as `npm run schema` writes it. */
export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(allSchemas(flowSchema()))) out[name] = `${JSON.stringify(schema, null, 2)}\n`;
  return out;
}
