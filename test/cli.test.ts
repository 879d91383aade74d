/** The commands staff and scripts use, run as real processes: validate, chat, schema. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaFiles } from '../bot/authoring/schema-files.js';
import { ROOT } from './support/project.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], input = ''): { code: number | null; out: string; err: string } {
  const r = spawnSync(TSX, [join(ROOT, 'bot', 'cli', script), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', () => {
  it('passes on the shipped flows and content', () => {
    const r = run('validate.ts', []);
    expect(r.code, r.out).to.equal(0);
    expect(r.out).to.match(/0 fouten/);
  });

  it('fails with file and line when a next: points to a step that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-validate-'));
    try {
      for (const d of ['flows', 'content', 'locales']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
      const file = join(dir, 'flows', 'wonen.yaml');
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((l) => /^\s+next: /.test(l));
      lines[at] = lines[at]!.replace(/next: .*/, 'next: bestaat-niet');
      writeFileSync(file, lines.join('\n'));
      const r = run('validate.ts', ['--root', dir]);
      expect(r.code).to.equal(1);
      const col = lines[at]!.indexOf('bestaat-niet') + 1;
      expect(r.out).to.include(`flows/wonen.yaml:${at + 1}:${col} error UNKNOWN_TARGET`);
      expect(r.out).to.not.match(/\n\s+at /, 'no stack trace');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing folder kindly, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-empty-'));
    try {
      const r = run('validate.ts', ['--root', dir]);
      expect(r.code).to.equal(1);
      expect(r.out).to.include('error FILE_MISSING');
      expect(r.out + r.err).to.not.match(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown option with a Dutch usage line', () => {
    const r = run('validate.ts', ['--onzin']);
    expect(r.code).to.equal(2);
    expect(r.err).to.match(/Onbekende optie/);
  });
});

describe('npm run chat (scripted)', () => {
  it('reaches a referral in geld', () => {
    const r = run('chat.ts', [], 'Geld en schulden\nIk heb schulden\n2\n1\n3\n2\n');
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.include('Hulp bij geld en schulden');
    expect(r.out).to.include('Is er nog iets anders');
  });

  it('reaches a referral in wonen, in own words', () => {
    const r = run('chat.ts', [], 'wonen\nproblemen met de buren\n1\nnog niets\nnee\ndat het probleem stopt\nliever niet\n');
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.include('Het wijkteam weet wat er in de buurt kan helpen');
    expect(r.out).to.include('Sociaal Wijkteam');
  });

  it('survives odd input: empty lines, emoji, right-to-left text, control characters, long lines', () => {
    const odd = ['', '🙂🙂', 'مرحبا', '\u0007\u0000\u001b[31m', 'x'.repeat(10_000), '123456789'].join('\n');
    const r = run('chat.ts', [], `${odd}\n`);
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.equal('');
    expect(r.out.match(/Kies een knop/g)?.length ?? 0).to.be.greaterThan(3);
  });
});

describe('schema files', () => {
  it('are up to date with the step kinds (npm run schema)', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(join(ROOT, 'schema', name), 'utf8'), `schema/${name} is outdated: run npm run schema`).to.equal(text);
    }
  });

  it('every flow starts with the yaml-language-server modeline', () => {
    for (const f of readdirSync(join(ROOT, 'flows')).filter((x) => x.endsWith('.yaml'))) {
      expect(readFileSync(join(ROOT, 'flows', f), 'utf8').split('\n')[0]).to.equal('# yaml-language-server: $schema=../schema/flow.schema.json');
    }
  });
});
