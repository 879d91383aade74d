/**
 * JSON Schemas of the content pack files (organisations, services, glossary, pack), shaped after
 * Open Referral HSDS. Written to `schema/*.schema.json` by `npm run schema`.
 * @packageDocumentation
 */
import { synonymsSchema } from './synonyms.js';

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Korte, unieke naam (kleine letters, cijfers, streepjes).' };
const TEXT = { type: 'string', minLength: 1 };
const SOURCE = {
  type: 'object',
  title: 'bron',
  description: 'Waar dit gegeven vandaan komt en wanneer het is nagekeken. Een gegeven dat niet na te kijken is, laat u weg.',
  additionalProperties: false,
  required: ['checked'],
  properties: {
    url: { type: 'string', description: 'Webpagina waar het gegeven staat.' },
    document: { type: 'string', description: 'Document waar het gegeven staat (bijvoorbeeld een raadsinformatiebrief).' },
    checked: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Datum van nakijken, jjjj-mm-dd.' },
    note: { type: 'string' },
  },
};
const PHONE = {
  type: 'object',
  additionalProperties: false,
  required: ['number'],
  properties: {
    number: { type: 'string', pattern: '^[0-9 +-]{3,20}$', description: 'Telefoonnummer zoals de inwoner het intoetst, bijvoorbeeld 0800-2000.' },
    description: { type: 'string', description: 'Bijvoorbeeld: gratis, dag en nacht.' },
  },
};
const CONTACT = {
  url: { type: 'string', pattern: '^https://', description: 'Website (https).' },
  email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
  phones: { type: 'array', items: PHONE },
};

function listFile(key: string, title: string, item: Record<string, unknown>): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${key}.schema.json`,
    title,
    type: 'object',
    additionalProperties: false,
    required: [key],
    properties: { [key]: { type: 'array', items: item } },
  };
}

/** Schema of `organisations.yaml`. */
export function organisationsSchema(): Record<string, unknown> {
  return listFile('organisations', 'Wegwijs-organisaties', {
    type: 'object',
    title: 'organisatie',
    additionalProperties: false,
    required: ['id', 'name', 'description', 'source'],
    properties: {
      id: ID,
      name: { ...TEXT, description: 'Naam van de organisatie.' },
      description: { ...TEXT, description: 'Wat de organisatie doet, in eenvoudige woorden.' },
      independent: { type: 'boolean', description: 'Onafhankelijk: alleen voor de inwoner, beslist niet over zorg.' },
      ...CONTACT,
      source: SOURCE,
      callback: CALLBACK,
    },
  });
}

/** Issue 16: an organisation's intake for "Bel mij terug" (only when verified, with its own source). */
const CALLBACK = {
  type: 'object',
  title: 'terugbelverzoek',
  description: 'Waar de organisatie een terugbelverzoek ontvangt en wat ze belooft. Alleen als het is nagekeken.',
  additionalProperties: false,
  required: ['intake', 'promise', 'source'],
  properties: {
    intake: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$', description: 'Het e-mailadres van de intake dat de verzoeken ontvangt.' },
    promise: { ...TEXT, description: 'Wat er daarna gebeurt, bijvoorbeeld: Het wijkteam belt je binnen 10 werkdagen.' },
    hours: {
      type: 'object',
      additionalProperties: false,
      required: ['days', 'from', 'to'],
      properties: {
        days: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 }, description: 'Werkdagen, 1 = maandag.' },
        from: { type: 'string', pattern: '^\\d{2}:\\d{2}$' },
        to: { type: 'string', pattern: '^\\d{2}:\\d{2}$' },
      },
    },
    retentionDays: { type: 'integer', minimum: 1, maximum: 30, description: 'Na hoeveel dagen een niet bezorgd verzoek wordt gewist (standaard 7).' },
    source: SOURCE,
  },
};

/** Schema of `services.yaml`. */
export function servicesSchema(): Record<string, unknown> {
  return listFile('services', 'Wegwijs-diensten', {
    type: 'object',
    title: 'dienst',
    additionalProperties: false,
    required: ['id', 'source'],
    properties: {
      id: {
        ...ID,
        description:
          'Korte, unieke naam. Heeft een landelijke dienst (content/landelijk/services.yaml) hetzelfde id, dan vult u die hier in: wat u hier schrijft, gaat voor.',
      },
      organisation: { type: 'string', description: 'Id van de organisatie uit organisations.yaml. Verplicht, hier of in de landelijke dienst.' },
      name: { ...TEXT, description: 'Naam van de dienst zoals de inwoner die ziet.' },
      description: { ...TEXT, description: 'Wat ze voor de inwoner doen, in eenvoudige woorden.' },
      for: { ...TEXT, description: 'Voor wie.' },
      how: { ...TEXT, description: 'Hoe de inwoner ze bereikt.' },
      free: { type: 'boolean', description: 'Gratis voor de inwoner.' },
      independent: { type: 'boolean' },
      schedule: { ...TEXT, description: 'Wanneer bereikbaar (alleen als nagekeken).' },
      area: { ...TEXT, description: 'Voor welk gebied.' },
      ...CONTACT,
      source: SOURCE,
    },
  });
}

/** Schema of `glossary.yaml`. */
export function glossarySchema(): Record<string, unknown> {
  return listFile('glossary', 'Wegwijs-woordenlijst', {
    type: 'object',
    title: 'woord',
    additionalProperties: false,
    required: ['id', 'terms', 'text'],
    properties: {
      id: ID,
      terms: { type: 'array', minItems: 1, items: TEXT, description: 'De woorden (en spellingen) waarmee inwoners ernaar vragen.' },
      text: { ...TEXT, description: 'Uitleg in eenvoudige woorden, 1 tot 3 korte zinnen.' },
    },
  });
}

/** Schema of `pack.yaml`: one gemeente's content pack. */
export function packSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'pack.schema.json',
    title: 'Wegwijs-gemeentepakket',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'handoff'],
    properties: {
      id: ID,
      name: { ...TEXT, description: 'Naam van de gemeente.' },
      handoff: { type: 'string', description: 'Dienst voor "praat met een mens" (meestal het wijkteam).' },
      general: { type: 'string', description: 'Dienst met het algemene nummer en de website van de gemeente.' },
      areaService: {
        type: 'string',
        description: 'De algemene dienst (meestal het wijkteam) die wordt vervangen door het eigen wijkteam als de inwoner een postcode gaf.',
      },
      areaAlso: {
        type: 'array',
        items: { type: 'string' },
        description: 'Andere diensten van het wijkteam (geldhulp, opvoedcoach…) die met de gegevens van het eigen wijkteam getoond worden als de postcode bekend is.',
      },
      unavailable: {
        type: 'array',
        items: { type: 'string' },
        description: 'Diensten uit de flows die deze gemeente niet heeft. Een verwijzing laat ze weg; er moet altijd een andere dienst overblijven.',
      },
    },
  };
}

/** Schema of `areas.yaml`: neighbourhoods by postcode, each with its own team. */
export function areasSchema(): Record<string, unknown> {
  return listFile('areas', 'Wegwijs-wijken', {
    type: 'object',
    title: 'wijk',
    additionalProperties: false,
    required: ['id', 'name', 'postcodes', 'service'],
    properties: {
      id: ID,
      name: { ...TEXT, description: 'Naam van de wijk.' },
      postcodes: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', pattern: '^[1-9][0-9]{3}(-[1-9][0-9]{3})?$' },
        description: 'Postcodes met 4 cijfers: los ("3311") of van-tot ("3311-3313").',
      },
      service: { type: 'string', description: 'De dienst van het wijkteam van deze wijk (uit services.yaml).' },
    },
  });
}

/** Schema of `crisis.yaml`: which help lines to show per kind of acute danger. */
export function crisisSchema(): Record<string, unknown> {
  const list = { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Diensten (ids uit services.yaml), de dringendste eerst.' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'crisis.schema.json',
    title: 'Wegwijs-crisislijnen',
    type: 'object',
    additionalProperties: false,
    required: ['crisis'],
    properties: {
      crisis: {
        type: 'object',
        additionalProperties: false,
        required: ['suicide', 'violence', 'child', 'medical'],
        properties: { suicide: list, violence: list, child: list, medical: list },
      },
    },
  };
}

/** Every schema file by its file name under `schema/`. */
export function allSchemas(flow: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return {
    'flow.schema.json': flow,
    'organisations.schema.json': organisationsSchema(),
    'services.schema.json': servicesSchema(),
    'glossary.schema.json': glossarySchema(),
    'pack.schema.json': packSchema(),
    'areas.schema.json': areasSchema(),
    'crisis.schema.json': crisisSchema(),
    'synonyms.schema.json': synonymsSchema(),
  };
}
