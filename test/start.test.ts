/**
 * `npm start` runs compiled JavaScript: scripts/start.mjs builds dist/ when it is missing or older
 * than the sources, then runs dist/bot/cli/serve.js, which finds the page's files, the vendored Web
 * Chat and the content from dist/.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/project.js';
import { childServer, freePort, tempData } from './support/server.js';

describe('compiled start', function () {
  this.timeout(120_000);
  const built = join(ROOT, 'dist', '.built');

  it('rebuilds dist/ when it is older than the sources', () => {
    if (existsSync(built)) utimesSync(built, new Date(0), new Date(0));
    const r = spawnSync(process.execPath, ['scripts/start.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).to.match(/dist\/ (ontbreekt|is ouder dan de bronnen)/);
    expect(r.stdout).to.include('Instellingen in orde');
    const again = spawnSync(process.execPath, ['scripts/start.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(again.stderr, 'up to date: no second build').to.not.include('bouwen');
  });

  it('serves the page, hashed files and the content from dist/, and drains on SIGTERM', async () => {
    const s = await childServer({ PORT: String(await freePort()), DATA_DIR: tempData(), LOG_LEVEL: 'silent', ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) }, [join(ROOT, 'scripts', 'start.mjs')]);
    try {
      const html = await (await fetch(`${s.base}/`)).text();
      const webchat = /\/static\/webchat\.[0-9a-f]{10}\.js/.exec(html)?.[0];
      expect(webchat).to.be.a('string');
      expect((await fetch(`${s.base}${webchat}`)).status).to.equal(200);
      expect((await fetch(`${s.base}/embed.js`)).status).to.equal(200);
      const tokens = await fetch(`${s.base}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(tokens.status, 'the content loaded and Direct Line runs').to.equal(200);
      const exited = once(s.proc, 'exit');
      s.proc.kill('SIGTERM');
      expect((await exited)[0]).to.equal(0);
    } finally {
      if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
    }
  });
});
