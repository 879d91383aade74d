/**
 * The routing CLI (bot/cli/route.ts): one JSON line per message, --batch, --explain, --lang,
 * usage errors in Dutch with exit code 2.
 */

import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../bot/cli/route.js';
import { ROOT, understanding } from './helpers.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], stdin = ''): Promise<Run> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  input.end(stdin);
  const code = await main(args, { stdin: input, stdout, stderr }, understanding());
  return { code, out, err };
}

function lines(out: string): Record<string, unknown>[] {
  expect(out.endsWith('\n')).to.equal(true);
  return out
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('understand: CLI route', () => {
  it('prints exactly one JSON object on one line, keys in contract order', async () => {
    const r = await run(['ik heb shulde']);
    expect(r.code).to.equal(0);
    expect(r.err).to.equal('');
    const [obj, ...rest] = lines(r.out);
    expect(rest).to.deep.equal([]);
    expect(Object.keys(obj ?? {})).to.deep.equal(['flow', 'score', 'alternatives']);
    expect(obj?.['flow']).to.equal('geld');
    expect(obj?.['score']).to.be.within(0, 1);
  });

  it('joins several arguments into one message, also after --', async () => {
    expect(lines((await run(['ik', 'heb', 'schulden'])).out)[0]?.['flow']).to.equal('geld');
    expect(lines((await run(['--', '--batch is hier gewoon tekst'])).out)).to.have.length(1);
  });

  it('gives crisis for acute danger', async () => {
    expect(lines((await run(['mijn man slaat me'])).out)[0]?.['flow']).to.equal('crisis');
  });

  it('--explain adds which words matched which synonyms', async () => {
    const [obj] = lines((await run(['--explain', 'ik heb shulde'])).out);
    expect(Object.keys(obj ?? {})).to.deep.equal(['flow', 'score', 'alternatives', 'explain']);
    expect(obj?.['explain']).to.deep.include({ word: 'shulde', synonym: 'schuld', flow: 'geld' });
  });

  it('--explain on crisis says which phrase matched, and "past" when its sentence says it is over', async () => {
    const [now] = lines((await run(['--explain', 'mijn man slaat me'])).out);
    expect(now?.['crisis']).to.include({ kind: 'violence' });
    expect(now?.['crisis']).to.not.have.property('past');
    const [over] = lines((await run(['--explain', 'jaren geleden ben ik verkracht'])).out);
    expect(over?.['crisis']).to.include({ kind: 'violence', past: true });
    // without --explain the contract is as it was
    expect(Object.keys(lines((await run(['mijn man slaat me'])).out)[0] ?? {})).to.deep.equal(['flow', 'score', 'alternatives']);
  });

  it('--lang en forces English, --lang=en too', async () => {
    expect(lines((await run(['--lang', 'en', 'ik heb schulden'])).out)[0]?.['flow']).to.equal('onbekend');
    expect(lines((await run(['--lang=en', 'debts'])).out)[0]?.['flow']).to.equal('geld');
  });

  it('--batch: one line out per line in, in order, empty lines give onbekend', async () => {
    const r = await run(['--batch'], 'ik heb schulden\n\nI lost my job\r\nmijn paspoort is verlopen\n\u0000\u0001\uFFFD\n');
    expect(r.code).to.equal(0);
    expect(lines(r.out).map((o) => o['flow'])).to.deep.equal(['geld', 'onbekend', 'werk', 'buiten', 'onbekend']);
  });

  it('--batch with --explain and no input at all', async () => {
    const r = await run(['--batch', '--explain'], '');
    expect(r.code).to.equal(0);
    expect(r.out).to.equal('');
    const two = await run(['--batch', '--explain'], 'schulden');
    expect(lines(two.out)[0]?.['explain']).to.be.an('array');
  });

  it('any input yields valid JSON: empty, huge, binary-ish', async () => {
    for (const text of ['', ' ', 'x'.repeat(100000), '\u0000\u001b[2J\uD800', '"}{\\', '0'.repeat(50)]) {
      const r = await run([text]);
      expect(r.code).to.equal(0);
      expect(lines(r.out)).to.have.length(1);
    }
  });

  it('usage errors: Dutch message on stderr, exit code 2, nothing on stdout', async () => {
    for (const args of [[], ['--bogus', 'x'], ['--lang'], ['--lang', 'xx', 'hoi'], ['--batch', 'tekst']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).to.equal(2);
      expect(r.out).to.equal('');
      expect(r.err).to.match(/Gebruik|Onbekende|Geef|taal/);
    }
    const help = await run(['--help']);
    expect(help.code).to.equal(0);
    expect(help.out).to.match(/^Gebruik:/);
  });

  it('runs as a command (spawned with tsx)', function () {
    this.timeout(30000);
    const cli = join(ROOT, 'bot', 'cli', 'route.ts');
    const one = spawnSync(process.execPath, ['--import', 'tsx', cli, 'ik heb schulden'], { cwd: ROOT, encoding: 'utf8' });
    expect(one.status).to.equal(0);
    expect(JSON.parse(one.stdout)).to.have.property('flow', 'geld');
    const batch = spawnSync(process.execPath, ['--import', 'tsx', cli, '--batch'], { cwd: ROOT, input: 'schulden\n\nwerk\n', encoding: 'utf8' });
    expect(batch.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { flow: string }).flow)).to.deep.equal(['geld', 'onbekend', 'werk']);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, '--onzin'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/Onbekende optie/);
  });
});
