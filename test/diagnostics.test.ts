/**
 * One failing fixture per diagnostic code (test/fixtures/invalid/<CODE>.yaml). Each fixture
 * replaces, extends or removes a file of the shipped project and names the diagnostic it must
 * cause, with file, line and column.
 */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, hasErrors } from '../bot/authoring/diagnostic.js';
import { CATALOGUE } from '../bot/authoring/messages.js';
import { readFixture, ROOT, validateWith } from './support/project.js';

const DIR = join(ROOT, 'test', 'fixtures', 'invalid');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('diagnostics: one failing fixture per code', () => {
  it('has a fixture for every code in the catalogue', () => {
    const codes = files.map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(codes).to.deep.equal(Object.keys(CATALOGUE).sort());
  });

  for (const file of files) {
    const code = file.replace(/\.yaml$/, '');
    it(`${code}: reported with file, line and column`, () => {
      const fixture = readFixture(join(DIR, file));
      const { diagnostics } = validateWith(fixture);
      const printed = diagnostics.map(formatDiagnostic);
      if (process.env.SHOW_DIAGNOSTICS) console.log(printed.join('\n'));
      expect(fixture.expect.length, 'the fixture names what it expects').to.be.greaterThan(0);
      for (const e of fixture.expect) {
        expect(e.code).to.equal(code);
        const hits = diagnostics.filter((d) => d.code === e.code);
        expect(hits, `expected ${e.code} in:\n${printed.join('\n')}`).to.not.be.empty;
        if (e.where) expect(hits.map((d) => `${d.file}:${d.line}:${d.col}`)).to.include(e.where);
        for (const d of hits) {
          expect(d.message, 'message in Dutch, for staff').to.match(/\S/);
          expect(d.hint).to.match(/\S/);
          expect(formatDiagnostic(d)).to.match(/^\S+:\d+:\d+ (error|warning) [A-Z_]+ .+ — .+$/);
        }
      }
      if (CATALOGUE[code as keyof typeof CATALOGUE].severity === 'error') expect(hasErrors(diagnostics)).to.equal(true);
    });
  }
});
