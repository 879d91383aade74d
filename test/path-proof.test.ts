/**
 * Generated from the flow graph: every path from the start of every shipped flow reaches a
 * referral or a handoff within 25 steps. A failure names the path.
 */
import { expect } from 'chai';
import { AUTHORING_DEFAULTS } from '../bot/authoring/defaults.js';
import { proofStarts, provePaths } from '../bot/authoring/paths.js';
import { loadProject } from '../bot/authoring/load.js';
import { ROOT, shippedProject } from './support/project.js';

describe('path proof: every path ends in a referral or a person', () => {
  const project = shippedProject();
  for (const start of proofStarts(project)) {
    it(`from ${start}`, () => {
      const proof = provePaths(project, start);
      const named = proof.failures.map((p) => p.join(' → '));
      expect(named, `paths without a referral or a person:\n${named.join('\n')}`).to.deep.equal([]);
      expect(proof.paths).to.be.greaterThan(0);
      expect(proof.outcomes.size).to.be.greaterThan(0);
    });
  }

  it('covers the entry flow and every shipped leefgebied flow', () => {
    const starts = proofStarts(project).map((s) => s.split('#')[0]);
    expect(starts).to.include(AUTHORING_DEFAULTS.entryFlow);
    for (const id of AUTHORING_DEFAULTS.leefgebieden) if (project.flows.has(id)) expect(starts).to.include(id);
  });

  it('names the failing path when a flow has a dead end', () => {
    const broken = loadProject({
      root: ROOT,
      overlay: new Map([
        [
          'flows/geld.yaml',
          'id: geld\ntitle: Geld\nstart: wat\nsteps:\n  - id: wat\n    kind: question\n    text: Wat?\n    choices:\n' +
            '      - {id: a, label: A, next: advies}\n      - {id: b, label: B, next: niets}\n' +
            '  - {id: advies, kind: referral, text: Hier., services: [wijkteam]}\n  - {id: niets, kind: message, text: Tja.}\n',
        ],
      ]),
    });
    const proof = provePaths(broken, 'geld#wat');
    expect(proof.failures.map((p) => p.join(' → '))).to.deep.equal(['geld#wat → geld#niets']);
  });

  it('fails a path that needs more than the limit of steps', () => {
    const proof = provePaths(project, 'geld#wat', 2);
    expect(proof.failures.length).to.be.greaterThan(0);
  });
});
