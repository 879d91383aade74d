/**
 * Bounded work per turn: every entry point reads at most `DEFAULTS.limits` of a text, also after
 * NFKD folding (U+FDFA becomes 18 characters). These tests check the bounds and that the results
 * stay right at them; how fast it is, is measured by `npm run bench:crafted`, never here.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULTS } from '../../bot/understand/index.js';
import { capFolded, createNormaliser, fold } from '../../bot/understand/normalise.js';
import { understanding } from './helpers.js';

const u = understanding();
/** MAX_MESSAGE_CHARS of the channel. */
const MESSAGE = 2000;
const EXPANDING = ['\uFDFA', '\uFB03', '\u3392', '\u2474', 'ｚ', '\u01C4', 'e\u0301', ' '];

describe('understand: bounded work per turn', () => {
  it('keeps the limits in one frozen place, at about twice a message', () => {
    expect(Object.isFrozen(DEFAULTS.limits)).to.equal(true);
    const l = DEFAULTS.limits;
    for (const n of [l.routeChars, l.crisisChars, l.normalisedChars, l.redactChars]) {
      expect(n).to.be.at.least(2 * MESSAGE);
      expect(n).to.be.at.most(3 * MESSAGE);
    }
  });

  it('capFolded keeps the start and the end of a long folded text', () => {
    const long = 'a'.repeat(5000) + 'z'.repeat(5000);
    const c = capFolded(long, 100);
    expect(c.length).to.be.at.most(101);
    expect(c.startsWith('a')).to.equal(true);
    expect(c.endsWith('z')).to.equal(true);
    expect(capFolded('kort')).to.equal('kort');
  });

  it('splits at most normalisedChars folded characters into words, however the text expands', () => {
    const norm = createNormaliser('nl', {});
    const text = fc.array(fc.oneof(fc.constantFrom(...EXPANDING), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 2000 }).map((a) => a.join('').slice(0, MESSAGE));
    fc.assert(
      fc.property(text, (t) => {
        const toks = norm.tokens(t);
        const chars = toks.reduce((n, x) => n + x.raw.length + 1, 0);
        expect(chars).to.be.at.most(DEFAULTS.limits.normalisedChars + toks.length + 2);
      }),
      { numRuns: 100 },
    );
    expect(fold('\uFDFA'.repeat(MESSAGE)).length).to.be.greaterThan(DEFAULTS.limits.normalisedChars);
    expect(norm.tokens('\uFDFA'.repeat(MESSAGE)).length).to.be.below(DEFAULTS.limits.normalisedChars / 2);
  });

  it('still finds a cry for help before or after 2,000 characters that expand 18-fold', () => {
    const filler = '\uFDFA'.repeat(MESSAGE - 20);
    expect(u.crisis(`ik wil dood ${filler}`)?.kind).to.equal('suicide');
    expect(u.crisis(`${filler} ik wil dood`)?.kind).to.equal('suicide');
    expect(u.route(`${filler} ik wil dood`).flow).to.equal('crisis');
  });

  it('redacts a whole message (nothing of 2,000 characters is cut)', () => {
    const text = 'x '.repeat(990) + 'bel 0612345678';
    expect(text.length).to.be.at.most(MESSAGE);
    expect(u.redact(text).text.endsWith('bel [telefoonnummer]')).to.equal(true);
  });

  it('answers every entry point on crafted messages without throwing', () => {
    const crafted = [
      ...EXPANDING.map((c) => c.repeat(MESSAGE)),
      '0'.repeat(MESSAGE),
      '+31 6 '.repeat(330),
      'a/b/c '.repeat(330),
      'a '.repeat(1000),
      '@'.repeat(MESSAGE),
      'ik ben Jan '.repeat(180),
      ' '.repeat(MESSAGE) + '2',
    ];
    for (const t of crafted) {
      expect(u.redact(t).text).to.be.a('string');
      expect(u.detectLanguage(t)).to.be.a('string');
      expect(u.route(t).flow).to.be.a('string');
      expect(u.crisis(t)).to.satisfy((x: unknown) => x === null || typeof x === 'object');
      u.matchChoice(t, [{ id: 'ja', labels: ['Ja'] }, { id: 'nee', labels: ['Nee'] }], 'nl');
    }
    expect(u.matchChoice(' '.repeat(150) + '2 ', [{ id: 'a', labels: ['Een'] }, { id: 'b', labels: ['Twee'] }], 'nl')?.id).to.equal('b');
  });
});
