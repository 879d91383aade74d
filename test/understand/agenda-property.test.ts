/**
 * Property: whatever a resident types, in whatever order, the agenda (`State.pending`) only ever
 * holds leefgebieden, each at most once, so never more than the eleven; and a feeling is
 * acknowledged at most once per conversation. Driven through `converse`, the turn the channels use.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { LEEFGEBIEDEN } from '../../bot/leefgebieden.js';
import { converse } from '../../bot/turn/converse.js';
import type { State } from '../../bot/engine/types.js';
import { shippedBot } from '../support/project.js';

const STORIES = [
  'ik heb schulden en de huur is te hoog',
  'mijn zoon luistert niet en ik ben mijn baan kwijt',
  'ik zorg voor mijn moeder en ik ben eenzaam',
  'ik wil Nederlands leren en een diploma halen',
  'we gaan scheiden en ik heb een rolstoel nodig',
  'ik ben somber en drink te veel',
  'schimmel in huis, schulden, ruzie met mijn man, mijn kind gaat niet naar school',
  'ik voel me zo alleen sinds mijn vrouw dood is',
  'ik ben bang en boos en ik schaam me',
  'ja',
  '2',
  'help',
  '😢',
];

describe('the agenda through converse (property)', () => {
  const bot = shippedBot();
  it('holds only leefgebieden, never twice, never more than eleven; feelings once', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...STORIES), fc.string({ maxLength: 40 }), fc.constant('geld wonen gezondheid opvoeden werk onderwijs meedoen taal relaties mantelzorg ondersteuning')), { maxLength: 10 }), (typed) => {
        let state: State | undefined = converse(bot, undefined, { type: 'start' }).state;
        for (const text of typed) {
          const r = converse(bot, state, { type: 'text', text });
          state = r.state;
          const pending = state.pending ?? [];
          expect(pending.every((f) => (LEEFGEBIEDEN as readonly string[]).includes(f)), pending.join()).to.equal(true);
          expect(new Set(pending).size).to.equal(pending.length);
          expect(pending.length).to.be.at.most(LEEFGEBIEDEN.length);
          const felt = state.felt ?? [];
          expect(new Set(felt).size).to.equal(felt.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
