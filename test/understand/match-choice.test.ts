/**
 * Free text at a question: matchChoice() against the current buttons.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import type { ChoiceOption } from '../../bot/understand/index.js';
import { understanding } from './helpers.js';

const TOPICS: ChoiceOption[] = [
  { id: 'geld', labels: ['Geld en schulden'] },
  { id: 'wonen', labels: ['Wonen'] },
  { id: 'gezondheid', labels: ['Gezondheid'] },
  { id: 'mens', labels: ['Praat met een mens'] },
];
const YES_NO: ChoiceOption[] = [
  { id: 'ja', labels: ['Ja'] },
  { id: 'nee', labels: ['Nee'] },
];
const URGENT: ChoiceOption[] = [
  { id: 'dringend', labels: ['Ja, heel dringend'] },
  { id: 'wachten', labels: ['Het kan even wachten'] },
  { id: 'weet-niet', labels: ['Weet ik niet'] },
];
const TWO_YES: ChoiceOption[] = [
  { id: 'a', labels: ['Ja, nu'] },
  { id: 'b', labels: ['Ja, later'] },
  { id: 'c', labels: ['Nee'] },
];
const WHAT: ChoiceOption[] = [
  { id: 'schulden', labels: ['Ik heb schulden'] },
  { id: 'besluit', labels: ['Niet eens met een besluit'] },
  { id: 'anders', labels: ['Iets anders'] },
];
const URGENT_EN: ChoiceOption[] = [
  { id: 'dringend', labels: ['Yes, very urgent'] },
  { id: 'wachten', labels: ['It can wait a little'] },
  { id: 'weet-niet', labels: ["I don't know"] },
];
const CONSENT: ChoiceOption[] = [
  { id: 'akkoord', labels: ['Ja, dat mag'] },
  { id: 'weiger', labels: ['Nee, liever niet'] },
];

describe('understand: matchChoice()', () => {
  const u = understanding();

  const cases: [string, readonly ChoiceOption[], string | null][] = [
    ['Geld en schulden', TOPICS, 'geld'],
    ['geld', TOPICS, 'geld'],
    ['schulden', TOPICS, 'geld'],
    ['schuldn', TOPICS, 'geld'],
    ['wonenn', TOPICS, 'wonen'],
    ['gezondhijd', TOPICS, 'gezondheid'],
    ['ik wil met een mens praten', TOPICS, 'mens'],
    ['2', TOPICS, 'wonen'],
    [' 3. ', TOPICS, 'gezondheid'],
    ['nummer 4', TOPICS, 'mens'],
    ['de tweede', TOPICS, 'wonen'],
    ['de laatste', TOPICS, 'mens'],
    ['laatste', URGENT, URGENT[URGENT.length - 1]!.id],
    // "laatste" is a common word: with another word it is no button ("mijn laatste kans", "de laatste tijd")
    ['mijn laatste kans', URGENT, null],
    ['zo zwaar de laatste tijd', URGENT, null],
    // "de" of "de laatste" does not mean the last button on its own
    ['de eerste', URGENT, URGENT[0]!.id],
    ['5', TOPICS, null],
    ['0', TOPICS, null],
    ['blabla', TOPICS, null],
    ['', TOPICS, null],
    ['ja', YES_NO, 'ja'],
    ['jawel', YES_NO, 'ja'],
    ['nee hoor', YES_NO, 'nee'],
    ['Ja graag', CONSENT, 'akkoord'],
    ['oke', CONSENT, 'akkoord'],
    ['nee dank je', CONSENT, 'weiger'],
    // a bare yes where exactly one of three buttons starts with it
    ['ja', URGENT, 'dringend'],
    ['jawel', URGENT, 'dringend'],
    ['nee', TWO_YES, 'c'],
    // ...but never a button that only begins with a negation, nor a word of a yes/no phrase
    ['nee', WHAT, null],
    ['niet', WHAT, null],
    ['is', URGENT, null],
    ['dan', URGENT, null],
    ['je', URGENT, null],
    ['yes', CONSENT, 'akkoord'],
    ['misschien', CONSENT, null],
    // a yes or no of another language in a Dutch conversation: a word of a phrase says nothing
    // alone (Polish "no tak" made English "no" a yes), a phrase counts whole at the start
    ['no', YES_NO, 'nee'],
    ['no thank you', YES_NO, 'nee'],
    ['nie, dziękuję', YES_NO, 'nee'],
    ['no tak', YES_NO, 'ja'],
    ['of course', YES_NO, 'ja'],
    ['liever niet', YES_NO, 'nee'],
    ['maar', YES_NO, null],
  ];
  it('a bare "no" in English does not pick "Yes, very urgent" (Polish "no tak" is not English)', () => {
    expect(u.matchChoice('no', URGENT_EN, 'en')).to.equal(null);
    expect(u.matchChoice('yes', URGENT_EN, 'en')?.id).to.equal('dringend');
  });
  for (const [text, options, id] of cases) {
    it(`"${text}" -> ${id ?? 'null'}`, () => {
      const m = u.matchChoice(text, options, 'nl');
      if (id === null) expect(m).to.equal(null);
      else {
        expect(m?.id).to.equal(id);
        expect(m?.score).to.be.within(0.6, 1);
      }
    });
  }

  it('"the last" picks the last button in every language that has words for it', () => {
    const opts = [
      { id: 'a', labels: ['A'] },
      { id: 'b', labels: ['B'] },
      { id: 'c', labels: ['C'] },
    ];
    for (const [text, lang] of [['the last one', 'en'], ['sonuncu', 'tr'], ['الأخير', 'ar'], ['ostatni', 'pl'], ['останній', 'uk'], ['de onderste', 'nl']] as const) {
      expect(u.matchChoice(text, opts, lang)?.id, `${lang}: ${text}`).to.equal('c');
    }
  });

  it('works in English', () => {
    const opts = [
      { id: 'geld', labels: ['Money and debts'] },
      { id: 'wonen', labels: ['Housing'] },
    ];
    expect(u.matchChoice('debts', opts, 'en')?.id).to.equal('geld');
    expect(u.matchChoice('second', opts, 'en')?.id).to.equal('wonen');
    expect(u.matchChoice('housng', opts, 'en')?.id).to.equal('wonen');
  });

  it('returns null when two options fit equally well', () => {
    const opts = [
      { id: 'a', labels: ['Hulp bij geld'] },
      { id: 'b', labels: ['Hulp bij geld zoeken'] },
    ];
    expect(u.matchChoice('geld', opts, 'nl')).to.equal(null);
  });

  it('property: never throws; a result is always one of the options', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.constantFrom('nl', 'en', 'tr'), (s, lang) => {
        const m = u.matchChoice(s, TOPICS, lang);
        expect(m === null || TOPICS.some((o) => o.id === m.id)).to.equal(true);
      }),
      { numRuns: 300 },
    );
    expect(u.matchChoice('ja', [], 'nl')).to.equal(null);
  });
});
