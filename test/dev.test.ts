/**
 * Hot reload: a saved change becomes live without a restart; a broken edit keeps the last good
 * version. (How fast is not a test's business: no timing here.)
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchContent } from '../bot/authoring/watch.js';
import { ROOT } from './support/project.js';
import { inProcess, RawClient } from './support/server.js';

describe('hot reload (npm run dev)', function () {
  this.timeout(60_000);

  it('serves a saved edit without a restart, and keeps the last good version after a broken edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-dev-'));
    for (const d of ['flows', 'content', 'locales']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    const server = await inProcess({ contentRoot: dir });
    const results: boolean[] = [];
    const stop = watchContent(dir, () => results.push(server.reload().ok));
    const greeting = async () => {
      const c = await new RawClient(server.base).generate();
      await c.start();
      return (await c.poll()).map((a) => String(a.text ?? '')).join(' ');
    };
    try {
      expect(await greeting()).to.include('Ik ben een computer');
      const file = join(dir, 'flows', 'start.yaml');
      const original = readFileSync(file, 'utf8');
      const marker = 'Welkom bij de test van het herladen.';
      const edited = original.replace(/(- id: welkom\n\s+kind: message\n\s+text: )(.*)/, `$1${marker} $2`);
      expect(edited).to.not.equal(original);
      writeFileSync(file, edited);
      while (!(await greeting()).includes(marker)) await new Promise((r) => setTimeout(r, 50));
      writeFileSync(file, `${edited}\n  - id: kapot\n    kind: vraag\n`);
      const before = results.length;
      while (results.length === before) await new Promise((r) => setTimeout(r, 50));
      expect(results.at(-1)).to.equal(false);
      expect(await greeting()).to.include(marker);
    } finally {
      stop();
      await server.close();
    }
  });
});
