/** Flow pictures: Mermaid source per flow with Dutch labels, and SVGs drawn by Mermaid in Chromium. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowToMermaid } from '../bot/authoring/mermaid.js';
import { translator } from '../bot/i18n.js';
import { ROOT, shippedBot, shippedProject } from './support/project.js';

describe('flow pictures (npm run graph)', function () {
  this.timeout(120_000);

  it('labels questions, choices, branches and referrals in Dutch', () => {
    const t = translator(shippedBot().i18n, 'nl');
    const src = flowToMermaid(shippedProject().graph.flows.get('geld')!, t, (id) => `dienst ${id}`);
    expect(src).to.match(/^flowchart TD/);
    expect(src).to.include('Wat speelt er met geld?');
    expect(src).to.include('-- "Ik heb schulden" -->');
    expect(src).to.include('Verwijzing: dienst wijkteam-geld');
    expect(src).to.include('class ');
  });

  it('writes a Mermaid file and an SVG for every flow', () => {
    const out = mkdtempSync(join(tmpdir(), 'wegwijs-graph-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'graph.ts'), '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 100_000 });
    expect(r.status, r.stderr).to.equal(0);
    for (const id of shippedProject().graph.flows.keys()) {
      expect(readFileSync(join(out, `${id}.mmd`), 'utf8')).to.match(/^flowchart TD/);
      const svg = readFileSync(join(out, `${id}.svg`), 'utf8');
      expect(svg).to.match(/^<svg/).and.not.include('Syntax error');
    }
  });
});
