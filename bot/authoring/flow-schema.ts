/**
 * The JSON Schema of a flow file, generated from the step kinds so the two never drift apart.
 * `npm run schema` writes it to `schema/flow.schema.json` (staff editors read it through the
 * `# yaml-language-server: $schema=...` modeline); a test checks the file is up to date.
 * @packageDocumentation
 */
import { STEP_KINDS } from '../engine/steps/index.js';

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' };

/** Builds the flow schema (draft-07). */
export function flowSchema(): Record<string, unknown> {
  const kinds = Object.values(STEP_KINDS);
  const definitions: Record<string, unknown> = {};
  for (const k of kinds) {
    definitions[k.kind] = {
      type: 'object',
      title: `stap (${k.kind})`,
      description: k.description,
      additionalProperties: false,
      required: ['id', 'kind', ...k.required],
      ...(k.dependencies ? { dependencies: k.dependencies } : {}),
      properties: {
        id: { ...ID, description: 'Korte, unieke naam van de stap in deze flow (kleine letters, cijfers, streepjes).' },
        kind: { const: k.kind },
        ...k.properties,
      },
    };
  }
  definitions.step = {
    type: 'object',
    title: 'stap',
    required: ['id', 'kind'],
    properties: { kind: { enum: kinds.map((k) => k.kind), description: 'Soort stap.' } },
    allOf: kinds.map((k) => ({ if: { properties: { kind: { const: k.kind } } }, then: { $ref: `#/definitions/${k.kind}` } })),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'flow.schema.json',
    title: 'Wegwijs-flow',
    description: 'Een gespreksflow voor één leefgebied (of de startflow). Zie docs/ voor uitleg.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'start', 'steps'],
    properties: {
      id: { ...ID, description: 'Id van de flow; gelijk aan de bestandsnaam.' },
      version: { type: 'integer', minimum: 1, description: 'Versie van het flowformaat.' },
      title: { type: 'string', minLength: 1, description: 'Naam van het leefgebied zoals de inwoner die ziet.' },
      description: { type: 'string', description: 'Uitleg voor medewerkers (niet voor de inwoner).' },
      start: { ...ID, description: 'De eerste stap.' },
      afterFlow: { ...ID, description: 'Alleen in de startflow: waar het gesprek verdergaat als een leefgebied klaar is.' },
      supportEarly: {
        ...ID,
        description:
          'Alleen in de startflow: een verwijzing (onafhankelijke cliëntondersteuning) die de bot meteen bij de eerste verwijzing laat zien zodra de inwoner twee of meer leefgebieden noemde.',
      },
      steps: { type: 'array', minItems: 1, items: { $ref: '#/definitions/step' } },
    },
    definitions,
  };
}
