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

  it('who sent the resident counts for little (verwijzers): "mijn coach zei" is not what the question is about', () => {
    const base = { topics: { geld: topic(['schulden']), werk: topic(['coach']) } };
    const score = (u: ReturnType<typeof createUnderstanding>, text: string, flow: string) => {
      const r = u.route(text, { lang: 'nl' });
      return r.flow === flow ? r.score : (r.alternatives.find((x) => x.flow === flow)?.score ?? 0);
    };
    // without verwijzers the coach weighs as much as the debts
    const plain = createUnderstanding({ languages: [lang(base)] });
    expect(score(plain, 'mijn coach zei schulden', 'werk')).to.equal(score(plain, 'mijn coach zei schulden', 'geld'));
    const u = createUnderstanding({ languages: [lang({ ...base, referrers: { who: ['coach'], said: ['zei'], via: ['via'] } })] });
    expect(score(u, 'mijn coach zei schulden', 'werk')).to.be.lessThan(score(u, 'mijn coach zei schulden', 'geld'));
    expect(score(u, 'via de coach schulden', 'werk')).to.be.lessThan(score(u, 'via de coach schulden', 'geld'));
    // without a word of sending the coach counts in full
    expect(score(u, 'mijn coach schulden', 'werk')).to.equal(score(u, 'mijn coach schulden', 'geld'));
  });

  it('what the resident says is not the question counts for little (wensen.niet_dit, niet_dat, niet_om), up to a clause, a sentence or a boundary word', () => {
    const base = { topics: { geld: topic(['schulden', 'geld']), werk: topic(['werk', 'baas']) } };
    const wish = { cues: [], bounds: ['en', 'maar'], notThis: ['geen probleem'], notThat: ['daar gaat het niet om'], notAbout: ['niet om'] };
    const plain = createUnderstanding({ languages: [lang(base)] });
    const u = createUnderstanding({ languages: [lang({ ...base, wish })] });
    const score = (x: typeof u, text: string, flow: string) => {
      const r = x.route(text, { lang: 'nl' });
      return r.flow === flow ? r.score : (r.alternatives.find((a) => a.flow === flow)?.score ?? 0);
    };
    // a tie without the lists; with them the dismissed one drops
    for (const text of ['werk is geen probleem, schulden', 'mijn baas betaalt netjes, daar gaat het niet om. schulden', 'het gaat niet om geld maar om werk']) {
      const dismissed = text.startsWith('het') ? 'geld' : 'werk';
      const other = dismissed === 'geld' ? 'werk' : 'geld';
      expect(score(plain, text, dismissed), text).to.equal(score(plain, text, other));
      expect(score(u, text, dismissed), text).to.be.lessThan(score(u, text, other));
    }
    // a clause phrase reaches its own clause only; a boundary word ends any reach
    expect(score(u, 'schulden, werk is geen probleem', 'geld')).to.equal(score(plain, 'schulden, werk is geen probleem', 'geld'));
    expect(score(u, 'schulden en werk, daar gaat het niet om', 'geld')).to.equal(score(plain, 'schulden en werk, daar gaat het niet om', 'geld'));
    expect(score(u, 'schulden en werk, daar gaat het niet om', 'werk')).to.be.lessThan(score(plain, 'schulden en werk, daar gaat het niet om', 'werk'));
  });

  it('a cause cue is a wish cue too ("dat komt door de schulden"): the cause weighs more than the complaint', () => {
    const base = { topics: { geld: topic(['schulden']), gezondheid: topic(['slecht']) } };
    const text = 'ik slaap slecht maar dat komt door de schulden';
    const r0 = createUnderstanding({ languages: [lang(base)] }).route(text, { lang: 'nl' });
    expect(r0.alternatives[0]?.score).to.equal(r0.score);
    const u = createUnderstanding({ languages: [lang({ ...base, wish: { cues: ['komt door'], bounds: ['en', 'maar'] } })] });
    const r = u.route(text, { lang: 'nl' });
    expect(r.flow).to.equal('geld');
    expect(r.alternatives[0]?.score).to.be.lessThan(r.score);
  });

  it('explains a pattern hit by its source', () => {
    const u = createUnderstanding({ languages: [lang()] });
    const r = u.route('mijn vader heeft kanker', { lang: 'nl', explain: true });
    expect(r.explain?.some((e) => e.synonym === 'moeder/vader ... dementie/kanker' && e.flow === 'mantelzorg')).to.equal(true);
  });
});
