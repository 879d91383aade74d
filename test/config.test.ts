/**
 * Settings: `.env` is read without overriding the environment, every setting is checked with a
 * message that names it (Dutch / English), unknown names in `.env` are reported, and an invalid
 * setting stops `npm start` before anything listens.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';
import { configProblems, loadDotEnv, SETTINGS, unknownSettings } from '../bot/config-check.js';
import { DEFAULTS, readConfig } from '../bot/config.js';
import { ROOT } from './support/project.js';

describe('configuration', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wegwijs-env-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the setting and says what is wrong, in Dutch and English', () => {
    expect(configProblems({ PORT: 'abc' })).to.deep.equal(['Instelling PORT: "abc" is geen poortnummer (1–65535). / Setting PORT: "abc" is not a port number (1–65535).']);
    const many = configProblems({ PORT: '70000', LOG_LEVEL: 'loud', EXIT_URL: 'http://x.nl', REDIS_URL: 'localhost:6379', FSYNC: 'yes', CONTENT_ROOT: join(dir, 'nope') });
    expect(many.map((l) => l.split(':')[0])).to.deep.equal(['Instelling PORT', 'Instelling CONTENT_ROOT', 'Instelling LOG_LEVEL', 'Instelling REDIS_URL', 'Instelling EXIT_URL', 'Instelling FSYNC']);
    expect(configProblems({ METRICS_TOKEN: 'tiny' })[0]).to.include('METRICS_TOKEN').and.include('"…"').and.not.include('tiny');
    expect(configProblems({ MicrosoftAppId: 'abc-123' }).join('\n')).to.include('MicrosoftAppPassword').and.include('MicrosoftAppTenantId');
    // TRUST_PROXY is read by the same parser the server uses: an entry it cannot read is refused
    expect(configProblems({ TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1' })).to.deep.equal([]);
    expect(configProblems({ TRUST_PROXY: 'loopback, 10.0.0.999' }).join('\n')).to.include('TRUST_PROXY').and.include('10.0.0.999');
    expect(configProblems({ TRUST_PROXY: '10.0.0.0/33' }).join('\n')).to.include('10.0.0.0/33');
    // an empty prefix is not /0 (that would trust every address); two prefixes are not a range
    expect(configProblems({ TRUST_PROXY: '10.0.0.0/' }).join('\n')).to.include('10.0.0.0/');
    expect(configProblems({ TRUST_PROXY: '::1/' }).join('\n')).to.include('::1/');
    expect(configProblems({ TRUST_PROXY: '10.0.0.0/8/99' }).join('\n')).to.include('10.0.0.0/8/99');
  });

  it('accepts the defaults, empty values and .env.example as it is, which documents every setting', () => {
    expect(configProblems({})).to.deep.equal([]);
    const example = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8'));
    expect(configProblems(example)).to.deep.equal([]);
    expect(unknownSettings(Object.keys(example))).to.deep.equal([]);
    expect(Object.keys(SETTINGS).filter((k) => !(k in example))).to.deep.equal([]);
    expect(readConfig(example)).to.deep.equal({ ...DEFAULTS, dataDir: 'data' });
  });

  it('reads .env without overriding what is already set, and reports unknown names', () => {
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=4000\nGEMEENTE=leiden\nPROT=8080\n# comment\n');
    const env: NodeJS.ProcessEnv = { GEMEENTE: 'raalte' };
    expect(loadDotEnv(file, env)?.sort()).to.deep.equal(['GEMEENTE', 'PORT', 'PROT']);
    expect(env).to.deep.include({ PORT: '4000', GEMEENTE: 'raalte' });
    expect(unknownSettings(['PORT', 'PROT'])).to.have.length(1).and.satisfy((l: string[]) => l[0]!.startsWith('Onbekende instelling PROT'));
    expect(loadDotEnv(join(dir, 'missing.env'), env)).to.equal(undefined);
  });

  it('npm start refuses an invalid setting before listening, and warns about an unknown one in .env', function () {
    this.timeout(60_000);
    writeFileSync(join(dir, '.env'), 'PROT=8080\n');
    // Started from another folder (its .env), so tsx is named by its file URL.
    const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
    const r = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'bot/cli/serve.ts')], { cwd: dir, env: { ...process.env, PORT: 'abc' }, encoding: 'utf8' });
    expect(r.status).to.equal(1);
    expect(r.stderr).to.include('Instelling PORT: "abc" is geen poortnummer (1–65535). / Setting PORT: "abc" is not a port number (1–65535).');
    expect(r.stderr).to.include('Onbekende instelling PROT');
    const help = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bot/cli/serve.ts'), '--help'], { encoding: 'utf8' });
    expect(help.status).to.equal(0);
    expect(help.stdout).to.include('--check');
  });
});
