/**
 * scripts/ensure-test-deps.sh (npm's pretest): installs Debian's chromium and redis-server with
 * apt-get when they are missing, and explains when it cannot. The "missing" branches run with
 * paths that point nowhere and a fake apt-get/id on PATH, so nothing on this machine changes.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/project.js';

const SCRIPT = join(ROOT, 'scripts', 'ensure-test-deps.sh');

describe('npm test installs what the tests need outside npm', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wegwijs-deps-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string>) => spawnSync('/bin/bash', [SCRIPT], { env, encoding: 'utf8' });
  const fake = (name: string, body: string) => {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/bash\n${body}\n`);
    chmodSync(file, 0o755);
  };
  const present = () => {
    const exe = join(dir, 'present');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    return exe;
  };

  it('does nothing when both are there', () => {
    const r = run({ PATH: '/usr/bin:/bin', CHROMIUM_PATH: present(), REDIS_SERVER: present() });
    expect(r.status).to.equal(0);
    expect(r.stdout + r.stderr).to.equal('');
  });

  it('installs a missing one with apt-get as root, and says so', () => {
    const chromium = join(dir, 'chromium');
    const log = join(dir, 'apt.log');
    fake('apt-get', `echo "$*" >> ${log}\n[ "$1" = install ] && { printf '#!/bin/sh\\n' > ${chromium}; chmod +x ${chromium}; }\nexit 0`);
    fake('id', 'echo 0');
    const r = run({ PATH: `${dir}:/usr/bin:/bin`, CHROMIUM_PATH: chromium, REDIS_SERVER: present() });
    expect(r.status, r.stderr).to.equal(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).to.deep.equal(['update -qq', 'install -y -qq --no-install-recommends chromium']);
    expect(r.stderr).to.include('Installeren met apt-get: chromium').and.include('Installed: chromium');
    expect(existsSync(chromium)).to.equal(true);
  });

  it('explains what to run when not root, or without apt-get', () => {
    fake('apt-get', `echo called > ${join(dir, 'called')}`);
    fake('id', 'echo 1000');
    const missing = { CHROMIUM_PATH: join(dir, 'no-chromium'), REDIS_SERVER: join(dir, 'no-redis') };
    const user = run({ PATH: `${dir}:/usr/bin:/bin`, ...missing });
    expect(user.status).to.equal(1);
    expect(user.stderr).to.include('sudo apt-get install -y chromium redis-server');
    expect(existsSync(join(dir, 'called')), 'apt-get not called').to.equal(false);
    const noApt = run({ PATH: join(dir, 'empty'), ...missing });
    expect(noApt.status).to.equal(1);
    expect(noApt.stderr).to.include('Geen apt-get op deze machine');
  });
});
