/**
 * publiccode.yml follows the publiccode.yml standard v0.4: a small JSON Schema of the standard's
 * required keys and their formats (derived from https://yml.publiccode.tools), and the licence
 * it names is the one in LICENSE.
 */
import { expect } from 'chai';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './support/project.js';

const lang = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
const description = {
  type: 'object',
  required: ['shortDescription', 'longDescription', 'features'],
  properties: {
    shortDescription: { type: 'string', minLength: 1, maxLength: 150 },
    longDescription: { type: 'string', minLength: 150, maxLength: 10000 },
    features: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 100 } },
    documentation: { type: 'string', pattern: '^https?://' },
  },
};

/** The required part of publiccode.yml v0.4. */
const SCHEMA = {
  type: 'object',
  required: ['publiccodeYmlVersion', 'name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation'],
  properties: {
    publiccodeYmlVersion: { const: '0.4' },
    name: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^(https?|git)://[^\\s]+$' },
    softwareVersion: { type: 'string' },
    releaseDate: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
    platforms: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    categories: { type: 'array', minItems: 1, items: { enum: ['customer-service-and-support', 'digital-citizenship', 'instant-messaging', 'knowledge-management', 'communications', 'help-desk'] } },
    developmentStatus: { enum: ['concept', 'development', 'beta', 'stable', 'obsolete'] },
    softwareType: { enum: ['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles'] },
    description: { type: 'object', minProperties: 1, propertyNames: { pattern: lang }, additionalProperties: description },
    legal: { type: 'object', required: ['license'], properties: { license: { type: 'string', pattern: '^[A-Za-z0-9.+-]+( (AND|OR) [A-Za-z0-9.+-]+)*$' } } },
    maintenance: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['internal', 'contract', 'community', 'none'] },
        contacts: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' } } } },
      },
      if: { properties: { type: { enum: ['internal', 'community'] } } },
      then: { required: ['contacts'], properties: { contacts: { minItems: 1 } } },
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      properties: { localisationReady: { type: 'boolean' }, availableLanguages: { type: 'array', minItems: 1, items: { type: 'string', pattern: lang } } },
    },
  },
};

describe('publiccode.yml', () => {
  const doc = parse(readFileSync(join(ROOT, 'publiccode.yml'), 'utf8')) as { legal: { license: string }; description: Record<string, unknown> };

  it('has every key the standard (v0.4) requires, in the right format', () => {
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).to.equal(true);
    expect(Object.keys(doc.description)).to.include.members(['nl', 'en']);
  });

  it('names the licence that LICENSE holds, and package.json agrees', () => {
    expect(doc.legal.license).to.equal('EUPL-1.2');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).to.match(/EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    expect((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string }).license).to.equal('EUPL-1.2');
  });
});
