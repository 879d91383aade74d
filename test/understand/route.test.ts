/**
 * The routing contract: result shape, scores, explain, language detection, problems(), and
 * robustness on any string.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { LEEFGEBIEDEN } from '../../bot/understand/index.js';
import type { RouteResult } from '../../bot/understand/index.js';
import { understanding } from './helpers.js';

const FLOWS = new Set<string>([...LEEFGEBIEDEN, 'crisis', 'buiten', 'onbekend']);

function expectValid(r: RouteResult): void {
  expect(FLOWS.has(r.flow), r.flow).to.equal(true);
  expect(r.score).to.be.within(0, 1);
  expect(r.alternatives).to.be.an('array');
  for (const a of r.alternatives) {
    expect(FLOWS.has(a.flow), a.flow).to.equal(true);
    expect(a.flow).to.not.equal(r.flow);
    expect(a.score).to.be.within(0, 1);
  }
  expect(new Set(r.alternatives.map((a) => a.flow)).size).to.equal(r.alternatives.length);
}

describe('understand: route()', () => {
  const u = understanding();

  it('lists the languages found in flows/synonyms, nl first', () => {
    expect(u.languages[0]).to.equal('nl');
    expect(u.languages).to.include('en');
  });

  const cases: [string, string][] = [
    ['ik heb shulde', 'geld'],
    ['ik heb geen geld meer', 'geld'],
    ['me huisbaas zet me eruit', 'wonen'],
    ['ik voel me zo somber', 'gezondheid'],
    ['me zoon luistert nie', 'opvoeden'],
    ['ik zoek een baan', 'werk'],
    ['mijn dochter spijbelt', 'onderwijs'],
    ['ik ben eenzaam', 'meedoen'],
    ['ik snap de brief van de gemeente niet', 'taal'],
    ['we gaan scheiden', 'relaties'],
    ['ik zorg voor mijn zieke vader', 'mantelzorg'],
    ['ik wil een traplift', 'ondersteuning'],
    ['mijn paspoort is verlopen', 'buiten'],
    ['I have debts', 'geld'],
    ['huur achterstand', 'geld'],
  ];
  for (const [text, flow] of cases) {
    it(`routes "${text}" to ${flow}`, () => {
      const r = u.route(text);
      expectValid(r);
      expect(r.flow).to.equal(flow);
    });
  }

  it('reads Arabic words with a small word glued to the front or a possessive at the end', () => {
    // "بشغلي" (in my work) and "لمدرستهم" (to their school) are not in the synonym file as typed
    const r = u.route('مشاكل بشغلي', { explain: true });
    expect(r.lang).to.equal('ar');
    expect(r.flow).to.equal('werk');
    expect(r.explain?.some((e) => e.word === 'بشغلي' && e.flow === 'werk')).to.equal(true);
    expect(u.route('ما بيروحوا لمدرستهم').flow).to.equal('onderwijs');
    // a word that only occurs in an example sentence does not hide the synonym after the preposition
    expect(u.route('بدي حدا يهتم بأمي المريضة').flow).to.equal('mantelzorg');
  });

  it('hears a letter typed twice ("ww") only when typed twice: the Arabizi "w" (and) is no WW', () => {
    const r = u.route('ana mn sana hon w ma ba3ref 7ada, kel yom bel bet', { explain: true });
    expect(r.explain?.some((e) => e.word === 'w')).to.equal(false);
    expect(u.route('ik heb een ww uitkering en wil weer aan de slag').flow).to.equal('werk');
  });

  it('reads Ukrainian typed in Latin letters as its Cyrillic synonyms, and never reads Dutch as Latin Ukrainian', () => {
    const r = u.route('hroshi ne vystachaye');
    expect(r.lang).to.equal('uk');
    expect(r.flow).to.equal('geld');
    expect(u.route('khochu znayty kvartyru sama, de shukaty').flow).to.equal('wonen');
    // "meer" is no "мер" (mayor): a Latin message is read in Ukrainian only when it is Ukrainian
    expect(u.route('ik kan niet meer').flow).to.not.equal('buiten');
  });

  it('reads a compound whose last part is a common word by its first part ("huur|probleem")', () => {
    for (const [text, flow, part] of [['mijn huurprobleem', 'wonen', 'huur'], ['een taalvraag', 'taal', 'taal'], ['ik zoek een vrijwilligersplek', 'meedoen', 'vrijwilliger']] as const) {
      const r = u.route(text, { lang: 'nl', explain: true });
      expect(r.flow, text).to.equal(flow);
      expect(r.explain?.map((e) => e.synonym), text).to.include(part);
    }
  });

  it('reads a compound that stands only inside phrases by its last part ("darm|kanker"), not its first ("slaap|kamer")', () => {
    // "darmkanker" is a word of a mantelzorg phrase ("moeder … darmkanker"), never a synonym alone
    const r = u.route('ik heb darmkanker', { lang: 'nl', explain: true });
    expect(r.flow).to.equal('gezondheid');
    expect(r.explain?.map((e) => e.synonym)).to.include('kanker');
    const room = u.route('het lekt in de slaapkamer', { lang: 'nl', explain: true });
    expect(room.explain?.some((e) => e.flow === 'gezondheid')).to.equal(false);
  });

  it('reads Polish case endings', () => {
    // "wózkiem inwalidzkim" (instrumental) is the word group "wózek inwalidzki" (wheelchair)
    expect(u.route('problem z wózkiem inwalidzkim').flow).to.equal('ondersteuning');
    expect(u.route('potrzebuję pomocy przy sprzątaniu').flow).to.equal('ondersteuning');
  });

  it('gives crisis with score 1 for acute danger, keeping the ranking as alternatives', () => {
    const r = u.route('mijn man slaat me en ik heb schulden');
    expect(r.flow).to.equal('crisis');
    expect(r.score).to.equal(1);
    expect(r.alternatives.map((a) => a.flow)).to.include('geld');
  });

  it('gives onbekend with score 0 for empty or meaningless text', () => {
    for (const t of ['', '   ', 'hallo', '???', '12345', '🙂🙂🙂']) {
      const r = u.route(t);
      expectValid(r);
      expect(r.flow, t).to.equal('onbekend');
      expect(r.score).to.equal(0);
    }
  });

  it('adds explain only when asked, naming word, synonym and flow', () => {
    expect(u.route('ik heb schulden')).to.not.have.property('explain');
    const r = u.route('ik heb shulde en huurachterstand', { explain: true });
    expect(r.explain).to.be.an('array').that.is.not.empty;
    const hit = r.explain?.find((e) => e.word === 'shulde');
    expect(hit).to.deep.equal({ word: 'shulde', synonym: 'schuld', flow: 'geld' });
  });

  it('scores surer with more evidence', () => {
    const one = u.route('schulden').score;
    const two = u.route('schulden en een deurwaarder en een aanmaning').score;
    expect(two).to.be.greaterThan(one);
  });

  it('detects the language, defaulting to nl', () => {
    expect(u.detectLanguage('ik heb schulden')).to.equal('nl');
    expect(u.detectLanguage('I lost my job and I have debts')).to.equal('en');
    expect(u.detectLanguage('')).to.equal('nl');
    expect(u.detectLanguage('🙂')).to.equal('nl');
    expect(u.route('I lost my job').lang).to.equal('en');
  });

  it('reads in the forced language only', () => {
    expect(u.route('ik heb schulden', { lang: 'en' }).lang).to.equal('en');
    expect(u.route('ik heb schulden', { lang: 'en' }).flow).to.equal('onbekend');
    expect(u.route('debts', { lang: 'en' }).flow).to.equal('geld');
    expect(u.route('debts', { lang: 'xx-unknown' }).lang).to.equal('nl');
  });

  it('problems(): several strong matches are several problems, in rank order', () => {
    const r = u.route('ik ben mijn baan kwijt en heb schulden en mijn huis wordt ontruimd');
    const p = u.problems(r);
    expect(p.length).to.be.at.least(2);
    expect(p[0]).to.equal(r.flow);
    expect(p).to.include.members(['geld', 'wonen']);
    expect(u.problems(u.route('ik heb schulden'))).to.deep.equal(['geld']);
    expect(u.problems(u.route(''))).to.deep.equal([]);
    expect(u.problems(u.route('paspoort'))).to.deep.equal([]);
  });

  it('never throws and always gives a valid result on hostile input', () => {
    const hostile = [
      'a'.repeat(10000),
      'schulden '.repeat(1200),
      '0'.repeat(5000),
      '\u0000\u0001\u0002\u001b[31m\u007f',
      'مرحبا أنا أحتاج مساعدة',
      '\u202Eschulden\u202C',
      '\uD800\uDC00\uD800',
      'ＳＣＨＵＬＤＥＮ',
      "m'n 't z'n d'r",
    ];
    for (const t of hostile) expectValid(u.route(t));
    expect(u.route('ＳＣＨＵＬＤＥＮ').flow).to.equal('geld');
  });

  it('property: any string gives a valid result, also with explain and a forced language', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(undefined, 'nl', 'en', 'zz'), (s, lang) => {
        const r = u.route(s, { explain: true, ...(lang ? { lang } : {}) });
        expectValid(r);
        expect(u.languages).to.include(u.detectLanguage(s));
      }),
      { numRuns: 300 },
    );
  });

  it('a dropped final n is the word with its n ("leze" is lezen), not a word one typo away ("lesgeld")', () => {
    expect(u.route('ik ben nooit naar school geweest kan nie leze').flow).to.equal('taal');
    const r = u.route('leze en brieve', { explain: true });
    expect(r.flow).to.equal('taal');
    expect(r.explain?.find((e) => e.word === 'leze')?.synonym).to.match(/^lezen/);
  });

  it('a common word is not read as the topic word one typo away (klaar is not klarna, daarmee not darmen)', () => {
    for (const [text, not] of [['ik ben er helemaal klaar mee', 'geld'], ['Mijn vader zegt nare dingen over mijn vriend. Hoe ga ik daarmee om?', 'gezondheid'], ['mijn man komt vaker laat thuis', 'mantelzorg']] as const) {
      const r = u.route(text, { explain: true });
      expect(r.flow, text).to.not.equal(not);
      expect(r.explain?.some((e) => e.fuzzy && ['klaar', 'daarmee', 'vaker'].includes(e.word)), text).to.equal(false);
    }
  });

  it('another language counts with a word of its own, not with a likeness alone ("lang" is no "lungs", "moet" no "meet")', () => {
    for (const text of ['het speelt al heel lang', 'ja het moet snel']) {
      const r = u.route(text, { explain: true });
      expect(r.flow, text).to.equal('onbekend');
      expect(r.explain?.some((e) => e.fuzzy), text).to.equal(false);
    }
    expect(u.route('my lungs hurt when I walk').flow).to.equal('gezondheid');
  });

  it('is pure: the same text gives the same result', () => {
    const a = u.route('ik heb schulden en ben eenzaam', { explain: true });
    u.route('iets heel anders over werk');
    expect(u.route('ik heb schulden en ben eenzaam', { explain: true })).to.deep.equal(a);
  });
});
