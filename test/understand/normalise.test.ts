/**
 * Normalising: spellings that residents mix up get the same key; different words do not.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { FuzzyVocabulary, editDistance } from '../../bot/understand/fuzzy.js';
import { createNormaliser, fold, words } from '../../bot/understand/normalise.js';

describe('understand: normalise', () => {
  const nl = createNormaliser('nl', { "m'n": 'mijn', me: 'mijn', nie: 'niet' });
  const key = (w: string): string => nl.tokens(w).map((t) => t.key).join(' ');

  const same: [string, string][] = [
    ['schulden', 'shulde'],
    ['schulden', 'schuld'],
    ['geld', 'gelt'],
    ['wonen', 'woon'],
    ['rekeningen', 'rekening'],
    ['bijstand', 'bystand'],
    ['bijstand', 'beistand'],
    ['vrouw', 'frau'],
    ['school', 'sgool'],
    ['zorg', 'sorg'],
    ['buren', 'buur'],
    ['verhuisd', 'verhuist'],
    ['eenzaam', 'eensaam'],
    ['huurachterstand', 'huurachterstant'],
    ['Cafe', 'café'],
    ["m'n", 'mijn'],
    ['me', 'mijn'],
    ['nie', 'niet'],
    ['ZORGTOESLAG', 'zorgtoeslag'],
  ];
  for (const [a, b] of same) {
    it(`"${a}" and "${b}" share a key`, () => expect(key(a)).to.equal(key(b)));
  }

  const different: [string, string][] = [
    ['alleen', 'alle'],
    ['huis', 'thuis'],
    ['werk', 'merk'],
    ['kinderen', 'kind'],
  ];
  for (const [a, b] of different) {
    it(`"${a}" and "${b}" stay apart`, () => expect(key(a)).to.not.equal(key(b)));
  }

  it('folds case, diacritics, ligatures, full-width letters and direction marks', () => {
    expect(words(fold('Ĳs CAFÉ ﬁets ＳＣＨＵＬＤ \u202Eabc\u202C'))).to.deep.equal(['ijs', 'cafe', 'fiets', 'schuld', 'abc']);
  });

  it('keeps English plurals and "career"/"carer" apart', () => {
    const en = createNormaliser('en', {});
    const k = (w: string): string => en.key(w);
    expect(k('debts')).to.equal(k('debt'));
    expect(k('babies')).to.equal(k('baby'));
    expect(k('career')).to.not.equal(k('carer'));
    expect(k('stress')).to.equal('stres');
  });

  describe('Arabic', () => {
    const ar = createNormaliser('ar', {});
    const k = (w: string): string => ar.tokens(w).map((t) => t.key).join(' ');
    const sameAr: [string, string][] = [
      ['البيت', 'بيت'], // article
      ['بالبيت', 'بيتي'], // article with preposition; possessive
      ['للمدرسة', 'مدرستي'], // لل; ة written ت before a possessive
      ['عالمدرسة', 'المدرسه'], // spoken "on the"; ة written ه
      ['وزوجي', 'زوجي'], // "and"
      ['مريضة', 'مريض'], // feminine ending
      ['امتحانات', 'امتحان'], // plural -ات
      ['متطوعين', 'متطوع'], // plural -ين
      ['الاجتماعية', 'اجتماعي'],
      ['ابنو', 'ابنه'], // spoken possessive "و"
      ['كتيييير', 'كتير'], // a letter held for emphasis
      ['أطفالي', 'اطفالى'], // hamza and ى/ي
      ['الuitkering', 'uitkering'], // Dutch word with the article glued to it
    ];
    for (const [a, b] of sameAr) it(`"${a}" and "${b}" share a key`, () => expect(k(a)).to.equal(k(b)));
    const apart: [string, string][] = [
      ['ولدي', 'لدي'], // my son / I have
      ['والدين', 'الدين'], // parents / the debt
      ['نفسية', 'نفسي'], // psychological / myself
      ['بيتي', 'بي'], // short stems stay whole
      ['أمي', 'ام'],
    ];
    for (const [a, b] of apart) it(`"${a}" and "${b}" stay apart`, () => expect(k(a)).to.not.equal(k(b)));
    it('reads a glued preposition, spoken present and negation only as alternatives', () => {
      const alt = (w: string): string[] => (ar.rules.clitics?.(ar.tokens(w)[0]?.body ?? '') ?? []).map((x) => ar.key(x));
      expect(k('بمدرستي')).to.not.equal(k('مدرستي'));
      expect(alt('بمدرستي')).to.include(k('مدرستي'));
      expect(alt('بعرف')).to.include(k('أعرف'));
      expect(alt('كنخدم')).to.include(k('أخدم'));
      expect(alt('ماقدرتش')).to.include(k('قدرت'));
      expect(alt('كرسيا')).to.include(k('كرسي'));
      expect(alt('بيت')).to.deep.equal([]);
    });
  });

  describe('Polish', () => {
    const pl = createNormaliser('pl', {});
    const k = (w: string): string => pl.tokens(w).map((t) => t.key).join(' ');
    const samePl: [string, string][] = [
      ['czynsz', 'czynszu'],
      ['czynszem', 'czynsz'],
      ['długi', 'długów'],
      ['dlugach', 'długi'], // without Polish letters, ł as l
      ['pomocy', 'pomoc'],
      ['sprzątaniu', 'sprzątanie'],
      ['mieszkania', 'mieszkaniem'],
      ['pracować', 'pracuję'],
      ['pracy', 'praca'],
      ['szkoła', 'szkole'],
      ['holenderskiego', 'holendersku'],
      ['babcię', 'babcia'],
    ];
    for (const [a, b] of samePl) it(`"${a}" and "${b}" share a key`, () => expect(k(a)).to.equal(k(b)));
    const apart: [string, string][] = [
      ['długo', 'dług'], // long / debt
      ['mieszkam', 'mieszkanie'], // I live / a flat
      ['umówić', 'umowa'], // make an appointment / contract
      ['mama', 'mam'], // short words stay whole
    ];
    for (const [a, b] of apart) it(`"${a}" and "${b}" stay apart`, () => expect(k(a)).to.not.equal(k(b)));
  });

  it('leaves other languages alone: the Arabic and Polish rules are used for ar and pl only', () => {
    for (const lang of ['nl', 'nl-x-simple', 'en', 'tr', 'uk']) {
      const n = createNormaliser(lang, {});
      expect(n.rules.clitics, lang).to.equal(undefined);
      // a Polish ending and an Arabic article are not dropped in another language
      expect(n.key('pomocy'), lang).to.not.equal(n.key('pomoc'));
      expect(n.key('البيت'), lang).to.not.equal(n.key('بيت'));
    }
  });

  it("reads a Turkish word apart from the case ending after its apostrophe (GGZ'de), and only in Turkish", () => {
    const tr = createNormaliser('tr', {});
    const keys = (n: typeof tr, t: string) => n.tokens(t).map((x) => x.key);
    expect(keys(tr, "GGZ'de bekleme")).to.deep.equal(keys(tr, 'ggz bekleme'));
    expect(keys(tr, "cv'me")).to.deep.equal(keys(tr, 'cv'));
    // Dutch keeps the word whole: "m'n" is one word
    expect(keys(nl, "zo'n")).to.not.deep.equal(keys(nl, 'zo'));
  });

  it('property: Arabic and Polish keys are never empty', () => {
    for (const lang of ['ar', 'pl']) {
      const n = createNormaliser(lang, {});
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'والبيتكنشاةهىءلyzłąa '.split('')), maxLength: 30 }), (s) => {
          for (const t of n.tokens(s)) expect(t.key.length).to.be.greaterThan(0);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('fuzzy vocabulary finds typos within one edit and missing endings, not other words', () => {
    const v = new FuzzyVocabulary(['dokter', 'rekening', 'werk', 'bank', 'huurachterstand']);
    expect(v.lookup('rekenign')?.key).to.equal('rekening');
    expect(v.lookup('dokt')?.key).to.equal('dokter');
    expect(v.lookup('wurk')?.key).to.equal('werk');
    expect(v.lookup('bang')).to.equal(null);
    expect(v.lookup('huurachtrstand')?.key).to.equal('huurachterstand');
    expect(v.lookup('xyzxyz')).to.equal(null);
  });

  it('edit distance (with swaps) agrees with a brute-force reference', () => {
    const ref = (a: string, b: string): number => {
      const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
      return (d[a.length] as number[])[b.length] as number;
    };
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(s, s, (a, b) => {
        expect(editDistance(a, b, 20)).to.equal(ref(a, b));
      }),
    );
  });

  it('property: tokens() never throws and keys are never empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const t of nl.tokens(s)) expect(t.key.length).to.be.greaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
