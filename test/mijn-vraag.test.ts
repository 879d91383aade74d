/**
 * Issue 15 in the engine and render: the wijk by name after an unknown postcode, the services
 * shown kept for "Mijn vraag" (bounded), and the date only from outside the engine.
 */
import { expect } from 'chai';
import { ENGINE_DEFAULTS } from '../bot/engine/defaults.js';
import { initialState, step } from '../bot/engine/step.js';
import type { Output, State } from '../bot/engine/types.js';
import { translator } from '../bot/i18n.js';
import { render } from '../bot/render/render.js';
import { shippedBot, shippedProject } from './support/project.js';

const atWonenPostcode = (postcode?: string): State => {
  const graph = shippedProject().graph;
  return { ...initialState(graph), flow: 'wonen', step: 'postcode', ...(postcode ? { postcode } : {}) };
};

describe('Mijn vraag and the wijk by name (issue 15)', () => {
  const graph = shippedProject().graph;

  it('a known postcode skips the wijk question; an unknown one asks it with the wijken as buttons', () => {
    const known = step(graph, atWonenPostcode(), { type: 'text', text: '3311' });
    expect(known.outputs.some((o) => o.kind === 'question' && o.step === 'wijk')).to.equal(false);
    const unknown = step(graph, atWonenPostcode(), { type: 'text', text: '3312' });
    const q = unknown.outputs.find((o): o is Extract<Output, { kind: 'question' }> => o.kind === 'question');
    expect(q?.step).to.equal('wijk');
    expect(q?.choices.map((c) => c.id)).to.deep.equal(['wijk-centrum', 'wijk-oost', 'wijk-west', 'weet-niet']);
    const chosen = step(graph, unknown.state, { type: 'choice', flow: 'wonen', step: 'wijk', choice: 'wijk-oost' });
    expect(chosen.state.area).to.equal('oost');
    expect(step(graph, unknown.state, { type: 'text', text: '3' }).state.area, 'a number counts the buttons as shown').to.equal('west');
    expect(step(graph, unknown.state, { type: 'text', text: '4' }).state.area).to.equal(undefined);
    const back = step(graph, chosen.state, { type: 'back' });
    expect(back.state.area).to.equal(undefined);
    expect(back.state.postcode).to.equal('3312');
  });

  it('"Liever niet" never asks the wijk', () => {
    const r = step(graph, atWonenPostcode(), { type: 'choice', flow: 'wonen', step: 'postcode', choice: 'liever-niet' });
    expect(r.outputs.some((o) => o.kind === 'question' && o.step === 'wijk')).to.equal(false);
  });

  it(`keeps at most ${ENGINE_DEFAULTS.maxReferred} services shown, without repeats`, () => {
    let state: State = initialState(graph);
    for (let i = 0; i < 3; i++) {
      const r = step(graph, { ...state, flow: 'start', step: 'menu-meer' }, { type: 'choice', flow: 'start', step: 'menu-meer', choice: 'niet-gemeente' });
      state = r.state;
    }
    expect(state.referred).to.deep.equal(['clientondersteuning', 'informele-steun', 'ervaringsdeskundige', 'mantelzorglijn', 'vertrouwenspersoon-jeugd']);
    const many: State = { ...state, referred: Array.from({ length: 20 }, (_, i) => `s${i}`) };
    const r = step(graph, { ...many, flow: 'start', step: 'menu-meer' }, { type: 'choice', flow: 'start', step: 'menu-meer', choice: 'niet-gemeente' });
    expect(r.state.referred).to.have.length(ENGINE_DEFAULTS.maxReferred);
    expect(r.state.referred?.at(-1)).to.equal('vertrouwenspersoon-jeugd');
  });

  it('the date on Mijn vraag comes from the render context, written out in the language', () => {
    const bot = shippedBot();
    const state: State = { ...initialState(graph), referred: ['clientondersteuning'] };
    const out: Output[] = [{ kind: 'summary', text: 'start:samenvatting.text', items: [] }];
    const ctx = { graph, directory: bot.directory, t: translator(bot.i18n, 'nl') };
    const withDate = render(out, state, { ...ctx, today: '2026-11-30' })[0]!.text;
    expect(withDate).to.include('Gemaakt op 30 november 2026 met de chat van de gemeente Dordrecht.');
    expect(withDate).to.include('Onafhankelijke cliëntondersteuning (MEEPlus): https://www.meeplus.nl');
    expect(render(out, state, ctx)[0]!.text).to.include('Gemaakt met de chat van de gemeente Dordrecht.');
    const en = render(out, { ...state, lang: 'en' }, { ...ctx, t: translator(bot.i18n, 'en'), today: '2026-11-30' })[0]!.text;
    expect(en).to.match(/Made on (30 November|November 30,) 2026 with the chat of the municipality of Dordrecht\./);
  });
});
