/**
 * Every CLI parses its arguments with node:util parseArgs: `--help` prints a Dutch usage on stdout
 * (exit 0), an unknown option prints the problem and the usage on stderr (exit 2), before any
 * content is loaded or any port is opened.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './support/project.js';

const CLIS = ['chat', 'route', 'report', 'graph', 'schema', 'readability', 'serve', 'dev', 'validate', 'translations'];
const run = (cli: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bot', 'cli', `${cli}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('CLI arguments', function () {
  this.timeout(120_000);

  for (const cli of CLIS) {
    it(`${cli}: --help explains, an unknown option is refused with exit 2`, () => {
      const help = run(cli, ['--help']);
      expect(help.status, help.stderr).to.equal(0);
      expect(help.stdout).to.match(/^Gebruik/);
      const bad = run(cli, ['--onzin-optie']);
      expect(bad.status).to.equal(2);
      expect(bad.stdout).to.equal('');
      expect(bad.stderr).to.match(/onzin-optie/).and.match(/Gebruik/);
    });
  }
});
