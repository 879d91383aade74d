/**
 * The synonym and crisis files through the one loader (bot/authoring): languages from file names,
 * every problem collected as a diagnostic with file, line and column, and variants that inherit
 * from their base language.
 */

import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { SynonymFileError } from '../../bot/authoring/synonyms.js';
import { createUnderstanding } from '../../bot/understand/index.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijs-syn-'));
  mkdirSync(join(root, 'flows', 'synonyms'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'flows', 'synonyms', name), text);
  return root;
}

const NL = `
taal: nl
gewone_woorden: [ik, heb, een]
leefgebieden:
  geld:
    woorden: [schulden, geen geld]
  wonen:
    woorden: [woning]
crisis:
  suicide: [wil dood]
`;

describe('understand: the synonym files (loadUnderstanding)', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string>): string => {
    const r = project(files);
    roots.push(r);
    return r;
  };
  after(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('discovers every language from the file names, default language first', () => {
    const root = make({
      'en.yaml': 'leefgebieden:\n  geld:\n    woorden: [debt]\n',
      'nl.yaml': NL,
      'tr.yaml': 'leefgebieden:\n  geld:\n    woorden: [borç]\ncrisis:\n  suicide: [ölmek istiyorum]\n',
      'nl-x-simple.yaml': 'leefgebieden:\n  geld:\n    woorden: [centen]\n',
      'README.txt': 'not a synonym file',
    });
    const data = loadUnderstanding(root);
    expect(data.languages.map((l) => l.lang)).to.deep.equal(['nl', 'en', 'nl-x-simple', 'tr']);
    const u = createUnderstanding(data);
    expect(u.languages).to.deep.equal(['nl', 'en', 'nl-x-simple', 'tr']);
    expect(u.route('borç', { lang: 'tr' }).flow).to.equal('geld');
    expect(u.crisis('ölmek istiyorum')?.kind).to.equal('suicide');
  });

  it('lets nl-x-simple inherit everything from nl and never detects it', () => {
    const root = make({ 'nl.yaml': NL, 'nl-x-simple.yaml': 'leefgebieden:\n  geld:\n    woorden: [centen]\n' });
    const u = createUnderstanding(loadUnderstanding(root));
    expect(u.route('ik heb schulden', { lang: 'nl-x-simple' }).flow).to.equal('geld');
    expect(u.route('centen', { lang: 'nl-x-simple' }).flow).to.equal('geld');
    expect(u.route('woning', { lang: 'nl-x-simple' }).flow).to.equal('wonen');
    expect(u.crisis('ik wil dood')?.kind).to.equal('suicide');
    expect(u.detectLanguage('ik heb schulden')).to.equal('nl');
  });

  it('names file, line and column for bad YAML', () => {
    const root = make({ 'nl.yaml': 'leefgebieden:\n  geld:\n    woorden: [schulden\n  wonen: x\n' });
    expect(() => loadUnderstanding(root))
      .to.throw(SynonymFileError)
      .with.property('message')
      .that.matches(/^flows\/synonyms\/nl\.yaml:\d+:\d+ error YAML_SYNTAX /);
  });

  it('names the file and line of an unknown leefgebied, and lists the right ones', () => {
    const root = make({ 'nl.yaml': 'leefgebieden:\n  geld:\n    woorden: [schulden]\n  gled:\n    woorden: [x]\n' });
    expect(() => loadUnderstanding(root)).to.throw(/nl\.yaml:4:3 error SCHEMA_UNKNOWN_KEY De sleutel 'gled'.*geld, wonen/);
  });

  it('rejects unknown names, lists that are not lists, and a wrong taal', () => {
    expect(() => loadUnderstanding(make({ 'nl.yaml': 'woordenlijst: [a]\n' }))).to.throw(/nl\.yaml:1:1 error SCHEMA_UNKNOWN_KEY De sleutel 'woordenlijst'/);
    expect(() => loadUnderstanding(make({ 'nl.yaml': 'leefgebieden:\n  geld:\n    woorden: schulden\n' }))).to.throw(/nl\.yaml:3:14 error SCHEMA_TYPE /);
    expect(() => loadUnderstanding(make({ 'en.yaml': 'taal: nl\n' }))).to.throw(/en\.yaml:1:7 error SYNONYM_LANGUAGE .*'taal: nl' past niet bij de bestandsnaam/);
    expect(() => loadUnderstanding(make({ 'nl.yaml': 'crisis:\n  zelfmoord: [x]\n' }))).to.throw(/SCHEMA_UNKNOWN_KEY De sleutel 'zelfmoord'/);
    expect(() => loadUnderstanding(make({ 'nl.yaml': 'leefgebieden:\n  geld:\n    woorden: [[a]]\n' }))).to.throw(/nl\.yaml:3:15 error SCHEMA_TYPE /);
  });

  it('collects every problem of every file at once', () => {
    const root = make({ 'nl.yaml': 'woordenlijst: [a]\nleefgebieden:\n  gled: {}\n', 'en.yaml': 'taal: nl\n', 'tr.yaml': 'basis: ar\n' });
    try {
      loadUnderstanding(root);
      expect.fail('should throw');
    } catch (e) {
      const codes = (e as SynonymFileError).diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
      expect(codes).to.include.members([
        'flows/synonyms/nl.yaml:1:1 SCHEMA_UNKNOWN_KEY',
        'flows/synonyms/nl.yaml:3:3 SCHEMA_UNKNOWN_KEY',
        'flows/synonyms/en.yaml:1:7 SYNONYM_LANGUAGE',
        'flows/synonyms/tr.yaml:1:8 SYNONYM_LANGUAGE',
      ]);
    }
  });

  it('rejects a bad file name, a missing base, an empty or missing folder', () => {
    expect(() => loadUnderstanding(make({ 'Nederlands versie.yaml': NL }))).to.throw(/SYNONYM_LANGUAGE .*geen taalcode/);
    expect(() => loadUnderstanding(make({ 'nl.yaml': NL, 'tr.yaml': 'basis: ar\n' }))).to.throw(/tr\.yaml:1:8 error SYNONYM_LANGUAGE .*basis 'ar' bestaat niet/);
    expect(() => loadUnderstanding(make({}))).to.throw(/FILE_MISSING/);
    expect(() => loadUnderstanding(join(tmpdir(), 'bestaat-niet-' + Date.now()))).to.throw(/FILE_MISSING/);
  });

  it('createUnderstanding is pure and copes with empty data', () => {
    const u = createUnderstanding({ languages: [] });
    expect(u.route('ik heb schulden').flow).to.equal('onbekend');
    expect(u.crisis('ik wil dood')).to.equal(null);
    expect(u.redact('bsn 123456782').text).to.equal('bsn [bsn]');
    expect(u.matchChoice('1', [{ id: 'a', labels: ['A'] }], 'nl')?.id).to.equal('a');
  });
});
