/**
 * Two ways routing reads more than single words (issue 14): the words after a wish cue count
 * more (`wensen`), and word patterns with gaps add their own evidence (`patronen`). Tested on a
 * small made-up language so the mechanism is checked, not the shipped vocabulary.
 */
import { expect } from 'chai';
import { createUnderstanding } from '../../bot/understand/index.js';
import type { LanguageData } from '../../bot/understand/types.js';

const topic = (words: string[], patterns?: string[]) => ({ words, weak: [], examples: [], ...(patterns ? { patterns } : {}) });

function lang(extra: Partial<LanguageData> = {}): LanguageData {
  return {
    lang: 'nl',
    topics: { geld: topic(['bijstand', 'schulden']), werk: topic(['werk']), mantelzorg: topic(['mantelzorg'], ['moeder/vader ... dementie/kanker']), gezondheid: topic(['kanker', 'dementie']) },
    crisis: {},
    notCrisis: [],
    stopwords: ['ik', 'zit', 'in', 'de', 'en', 'aan', 'het', 'mijn', 'heeft', 'al', 'jaar', 'een', 'is', 'er'],
    spelling: {},
    yes: [],
    no: [],
    ordinals: [],
    ...extra,
  };
}

describe('understand: wishes and patterns', () => {
  it('without wensen, context and wish weigh the same (a tie, first leefgebied wins)', () => {
    const u = createUnderstanding({ languages: [lang()] });
    expect(u.route('ik zit in de bijstand en wil aan het werk', { lang: 'nl' }).flow).to.equal('geld');
  });

  it('with wensen, what the resident asks for wins, up to a boundary', () => {
    const u = createUnderstanding({ languages: [lang({ wish: { cues: ['wil'], bounds: ['en', 'maar'] } })] });
    const r = u.route('ik zit in de bijstand en wil aan het werk', { lang: 'nl' });
    expect(r.flow).to.equal('werk');
    expect(r.alternatives.map((a) => a.flow)).to.include('geld');
    // the boundary ends the wish: 'wil' followed by 'en' boosts nothing after it
    expect(u.route('ik wil en bijstand werk', { lang: 'nl' }).flow).to.equal('geld');
  });

  it('a pattern with a gap adds its leefgebied: someone else\'s illness is mantelzorg, one\'s own is not', () => {
    const u = createUnderstanding({ languages: [lang()] });
    expect(u.route('mijn moeder heeft al een jaar dementie', { lang: 'nl' }).flow).to.equal('mantelzorg');
    expect(u.route('ik heb dementie', { lang: 'nl' }).flow).to.equal('gezondheid');
    // too far apart (more than the long gap of 8 words): no pattern
    expect(u.route('mijn moeder is er een een een een een een een een een dementie', { lang: 'nl' }).flow).to.equal('gezondheid');
  });

  it('explains a pattern hit by its source', () => {
    const u = createUnderstanding({ languages: [lang()] });
    const r = u.route('mijn vader heeft kanker', { lang: 'nl', explain: true });
    expect(r.explain?.some((e) => e.synonym === 'moeder/vader ... dementie/kanker' && e.flow === 'mantelzorg')).to.equal(true);
  });
});
