/**
 * The short form of a flow (a question's `next` for its choices, a menu choice with `flow:`) builds
 * exactly the graph the long form did: same steps, same targets, same pictures.
 * `test/fixtures/long-form/` keeps flows as they were written before the short form.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../bot/authoring/diagnostic.js';
import { loadProject } from '../bot/authoring/load.js';
import { flowToMermaid } from '../bot/authoring/mermaid.js';
import type { Project } from '../bot/authoring/project.js';
import { validate } from '../bot/authoring/validate.js';
import type { Flow } from '../bot/engine/types.js';
import { translator } from '../bot/i18n.js';
import { ROOT, shippedBot, shippedProject } from './support/project.js';

const LONG = join(ROOT, 'test', 'fixtures', 'long-form');

/** A flow as plain data, without source positions, how a target was written, or the words that fill a choice in (not part of the form). */
function plain(flow: Flow): unknown {
  const steps = [...flow.steps.values()].map((s) => JSON.parse(JSON.stringify(s, (k, v: unknown) => (k === 'pos' || k === 'via' || k === 'words' ? undefined : v))) as unknown);
  return { ...flow, steps };
}

function picture(project: Project, id: string): string {
  const t = translator(shippedBot().i18n, 'nl');
  return flowToMermaid(project.graph.flows.get(id)!, t, (s) => s);
}

describe('the short form of a flow', () => {
  for (const id of ['start', 'geld']) {
    it(`${id}: the shipped short form builds the same graph and picture as the long form`, () => {
      const overlay = new Map([[`flows/${id}.yaml`, readFileSync(join(LONG, `${id}.yaml`), 'utf8')]]);
      const long = loadProject({ root: ROOT, pack: 'dordrecht', overlay });
      expect(plain(shippedProject().graph.flows.get(id)!)).to.deep.equal(plain(long.graph.flows.get(id)!));
      expect(picture(shippedProject(), id)).to.equal(picture(long, id));
    });
  }

  it('the committed pictures in docs/flows are what the shipped flows draw', () => {
    const project = shippedProject();
    const t = translator(shippedBot().i18n, 'nl');
    const name = (s: string) => {
      const service = project.directory.services.get(s);
      return service ? t(service.name) : s;
    };
    for (const flow of project.graph.flows.values()) {
      expect(flowToMermaid(flow, t, name), flow.id).to.equal(readFileSync(join(ROOT, 'docs', 'flows', `${flow.id}.mmd`), 'utf8'));
    }
  });

  it('the start menu has no written link steps any more, and its choices still enter the flows', () => {
    const text = readFileSync(join(ROOT, 'flows', 'start.yaml'), 'utf8');
    expect(text).to.not.match(/kind: link/);
    const menu = shippedProject().graph.flows.get('start')!.steps.get('menu');
    expect(menu?.kind === 'question' && menu.choices.find((c) => c.id === 'geld')?.next).to.equal('naar-geld');
    expect(shippedProject().graph.flows.get('start')!.steps.get('naar-geld')).to.include({ kind: 'link', flow: 'geld' });
  });

  it('a typo in a flow choice is reported at that choice', () => {
    const text = readFileSync(join(ROOT, 'flows', 'start.yaml'), 'utf8').replace('flow: wonen', 'flow: wonnen');
    const line = text.split('\n').findIndex((l) => l.includes('flow: wonnen')) + 1;
    const { diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: new Map([['flows/start.yaml', text]]) });
    const printed = diagnostics.map(formatDiagnostic);
    expect(printed.filter((d) => d.includes('UNKNOWN_FLOW'))).to.deep.equal([
      `flows/start.yaml:${line}:15 error UNKNOWN_FLOW De flow 'wonnen' bestaat niet. — Bedoelt u 'wonen'? Bestaande flows: ${[...shippedProject().graph.flows.keys()].join(', ')}.`,
    ]);
  });

  it("a wrong question 'next' is reported once, at the question", () => {
    const text = readFileSync(join(ROOT, 'flows', 'geld.yaml'), 'utf8').replace('next: haast', 'next: haats');
    const line = text.split('\n').findIndex((l) => l.includes('next: haats')) + 1;
    const { diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: new Map([['flows/geld.yaml', text]]) });
    const wrong = diagnostics.filter((d) => d.code === 'UNKNOWN_TARGET');
    expect(wrong.map((d) => `${d.file}:${d.line}`)).to.deep.equal([`flows/geld.yaml:${line}`]);
  });
});
