/** The small writers and readers under a translation round trip: CSV and in-place YAML edits, as data. */
import { expect } from 'chai';
import { parse } from 'yaml';
import { readCsv, writeCsv } from '../bot/authoring/csv.js';
import { checkTranslation } from '../bot/authoring/translation-check.js';
import { setYamlValues } from '../bot/authoring/yaml-edit.js';

describe('translation files', () => {
  const rows = [
    ['key', 'source', 'target'],
    ['a', 'Tekst met "aanhalingstekens", komma', ''],
    ['b', 'twee\nregels', 'ترجمة'],
    ['c', ' spatie vooraan', '-'],
  ];

  it('CSV: what is written reads back the same (quotes, commas, new lines, Arabic)', () => {
    expect(readCsv(writeCsv(rows))).to.deep.equal(rows);
    expect(readCsv('key;source\r\nx;"a;b"\r\n')).to.deep.equal([['key', 'source'], ['x', 'a;b']]);
  });

  const YAML = '# kop\ntitle: Money # zo heet het\nwat:\n  text: >-\n    What is\n    going on\n  choices:\n    a: One\n# slot\n';
  const cases: { edit: { path: string[]; value: string | string[] }; expect: string }[] = [
    { edit: { path: ['title'], value: 'Geld' }, expect: '# kop\ntitle: Geld # zo heet het\nwat:\n  text: >-\n    What is\n    going on\n  choices:\n    a: One\n# slot\n' },
    { edit: { path: ['wat', 'text'], value: 'What: now?' }, expect: '# kop\ntitle: Money # zo heet het\nwat:\n  text: "What: now?"\n  choices:\n    a: One\n# slot\n' },
    { edit: { path: ['wat', 'choices', 'b'], value: 'Two' }, expect: '# kop\ntitle: Money # zo heet het\nwat:\n  text: >-\n    What is\n    going on\n  choices:\n    a: One\n    b: Two\n# slot\n' },
    { edit: { path: ['nieuw', 'text'], value: 'New' }, expect: `${YAML.replace('# slot\n', '')}nieuw:\n  text: New\n# slot\n` },
  ];
  for (const c of cases) {
    it(`YAML: sets ${c.edit.path.join('.')} and keeps everything else as written`, () => {
      const out = setYamlValues(YAML, [c.edit]);
      expect(out).to.equal(c.expect);
      expect(JSON.stringify((parse(out) as Record<string, unknown>)[c.edit.path[0]!])).to.include(JSON.stringify(c.edit.value).slice(1, -1));
    });
  }

  it('checks placeholders, length and script', () => {
    expect(checkTranslation('Bel {{number}}', 'Call {{number}}', {})).to.deep.equal([]);
    expect(checkTranslation('Bel {{number}}', 'Call', {}).map((p) => p.code)).to.deep.equal(['TRANSLATION_PLACEHOLDER']);
    expect(checkTranslation('Wonen', 'x'.repeat(60), {}).map((p) => p.code)).to.deep.equal(['TRANSLATION_LENGTH']);
    expect(checkTranslation('Wonen', 'Housing', { script: 'Arabic' }).map((p) => p.code)).to.deep.equal(['TRANSLATION_SCRIPT']);
    expect(checkTranslation('Veilig Thuis', 'Veilig Thuis', { script: 'Arabic' }), 'a name kept as it is').to.deep.equal([]);
  });
});
