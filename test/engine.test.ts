/** The engine on its own: pure, small serialisable state, never throws, keeps the place. */
import { expect } from 'chai';
import fc from 'fast-check';
import { initialState, step } from '../bot/engine/step.js';
import { postcodeDigits } from '../bot/engine/memory.js';
import type { Input, State } from '../bot/engine/types.js';
import { shippedProject } from './support/project.js';

const graph = () => shippedProject().graph;

function play(inputs: Input[]): { state: State; outputs: ReturnType<typeof step>['outputs'] } {
  let r = step(graph(), undefined, { type: 'start' });
  for (const i of inputs) r = step(graph(), r.state, i);
  return r;
}

const choice = (flow: string, s: string, c: string): Input => ({ type: 'choice', flow, step: s, choice: c });

describe('engine', () => {
  it('starts by greeting and waits at the menu', () => {
    const r = step(graph(), undefined, { type: 'start' });
    expect(r.state).to.include({ flow: 'start', step: 'menu' });
    expect(r.outputs.map((o) => o.kind)).to.deep.equal(['text', 'text', 'question']);
  });

  it('does not change the state it is given', () => {
    const before = play([choice('start', 'menu', 'geld')]).state;
    const frozen = JSON.stringify(before);
    step(graph(), before, choice('geld', 'wat', 'schulden'));
    step(graph(), before, { type: 'back' });
    expect(JSON.stringify(before)).to.equal(frozen);
  });

  it('is deterministic', () => {
    const inputs = [choice('start', 'menu', 'geld'), choice('geld', 'wat', 'schulden'), { type: 'back' } as Input];
    expect(play(inputs)).to.deep.equal(play(inputs));
  });

  it('back undoes the last answer and the flow it entered', () => {
    const r = play([choice('start', 'menu', 'geld'), choice('geld', 'wat', 'schulden'), { type: 'back' }]);
    expect(r.state).to.include({ flow: 'geld', step: 'wat' });
    expect(r.state.answers).to.not.have.property('geld.wat');
    const r2 = step(graph(), r.state, { type: 'back' });
    expect(r2.state).to.include({ flow: 'start', step: 'menu' });
    expect(r2.state.visited).to.deep.equal([]);
  });

  it('a person, a word and a language keep the place', () => {
    const at = play([choice('start', 'menu', 'geld'), choice('geld', 'wat', 'schulden')]).state;
    for (const input of [{ type: 'human' }, { type: 'explain', entry: 'wmo' }, { type: 'language', lang: 'en' }] as Input[]) {
      const r = step(graph(), at, input);
      expect(r.state).to.include({ flow: 'geld', step: 'haast' });
      expect(r.outputs.at(-1)).to.include({ kind: 'question', step: 'haast', again: true });
    }
    expect(step(graph(), at, { type: 'human' }).outputs[0]).to.include({ kind: 'handoff', service: 'wijkteam', reason: 'asked' });
  });

  it('ignores a button of an earlier question kindly', () => {
    const at = play([choice('start', 'menu', 'geld'), choice('geld', 'wat', 'schulden')]).state;
    const r = step(graph(), at, choice('start', 'menu', 'wonen'));
    expect(r.state).to.deep.equal(at);
    expect(r.outputs[0]).to.deep.equal({ kind: 'text', text: 'common:staleButton' });
  });

  it('keeps free text only where the flow asks for own words', () => {
    const at = play([choice('start', 'menu', 'geld')]).state;
    const kept = step(graph(), at, { type: 'text', text: '  mijn energie is afgesloten  ' });
    expect(kept.state.answers['geld.wat']).to.deep.equal({ t: 'mijn energie is afgesloten' });
    const haast = kept.state;
    const reasked = step(graph(), haast, { type: 'text', text: 'geen idee' });
    expect(reasked.state).to.deep.equal(haast);
    expect(reasked.outputs[0]).to.deep.equal({ kind: 'text', text: 'common:pickButton' });
  });

  it('keeps at most the 4 digits of a postcode', () => {
    expect(postcodeDigits('3311 AB')).to.equal('3311');
    expect(postcodeDigits('mijn postcode is 3317')).to.equal('3317');
    expect(postcodeDigits('3311AB 12'), 'house number dropped').to.equal('3311');
    expect(postcodeDigits('3311 of 3312')).to.equal(undefined);
    expect(postcodeDigits('12345')).to.equal(undefined);
    expect(postcodeDigits('0311')).to.equal(undefined);
  });

  it('never throws and always leaves valid, small JSON state, whatever comes in', () => {
    const inputArb: fc.Arbitrary<Input> = fc.oneof(
      fc.constant<Input>({ type: 'back' }),
      fc.constant<Input>({ type: 'restart' }),
      fc.constant<Input>({ type: 'human' }),
      fc.string({ maxLength: 40 }).map((entry): Input => ({ type: 'explain', entry })),
      fc.string({ maxLength: 3000 }).map((text): Input => ({ type: 'text', text })),
      fc.record({ flow: fc.constantFrom('start', 'geld', 'wonen', 'x'), step: fc.string({ maxLength: 12 }), choice: fc.string({ maxLength: 12 }) }).map((c): Input => ({ type: 'choice', ...c })),
      fc.constantFrom(...['menu', 'wat', 'haast', 'geprobeerd', 'netwerk', 'wens', 'nog-iets']).chain((s) =>
        fc.constantFrom('geld', 'wonen', 'schulden', 'ja', 'nee', 'al-lang', 'niets', 'overzicht').map((c): Input => ({ type: 'choice', flow: 'x', step: s, choice: c })),
      ),
    );
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 40 }), (inputs) => {
        let state: State | undefined;
        for (const input of inputs) {
          const r = step(graph(), state, input);
          expect(JSON.parse(JSON.stringify(r.state))).to.deep.equal(r.state);
          expect(JSON.stringify(r.state).length).to.be.lessThan(4000);
          expect(r.outputs.length).to.be.greaterThan(0);
          state = r.state;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('walks real conversations by always choosing a random button, and each one reaches an outcome', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 30, maxLength: 30 }), (picks) => {
        let r = step(graph(), initialState(graph()), { type: 'start' });
        let outcome = false;
        for (const pick of picks) {
          outcome ||= r.outputs.some((o) => o.kind === 'referral' || o.kind === 'handoff');
          const q = r.outputs.findLast((o) => o.kind === 'question');
          if (!q || q.kind !== 'question' || r.state.done) break;
          const c = q.choices[pick % q.choices.length]!;
          r = step(graph(), r.state, choice(q.flow, q.step, c.id));
        }
        outcome ||= r.outputs.some((o) => o.kind === 'referral' || o.kind === 'handoff');
        expect(outcome).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});
