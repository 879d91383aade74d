/**
 * The personal-data guard: check digits, examples, and property-based tests per detector
 * (valid numbers written with spaces, dots and dashes are removed; ordinary sentences stay as
 * they are).
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { elfproef, ibanValid } from '../../bot/understand/index.js';
import { understanding } from './helpers.js';

const u = understanding();

const WORDS = ['ik', 'heb', 'een', 'vraag', 'over', 'mijn', 'huis', 'en', 'werk', 'de', 'gemeente', 'bel', 'me', 'op', 'nummer', 'is', 'graag', 'hulp'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));

/** Write digits in groups separated by a space, dot or dash (or nothing). */
function grouped(digits: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '.', '-', ' - '))
    .map(([sizes, sep]) => {
      const parts: string[] = [];
      let i = 0;
      for (const n of sizes) {
        if (i >= digits.length) break;
        parts.push(digits.slice(i, i + n));
        i += n;
      }
      if (i < digits.length) parts.push(digits.slice(i));
      return parts.join(sep);
    });
}

const digitsArb = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Nine digits that pass the elfproef. */
const bsnArb = digitsArb(8)
  .map((d) => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    return d + String(sum % 11);
  })
  .filter((d) => d.length === 9);

function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** A valid IBAN for a country with a numeric BBAN, or NL with a bank code. */
const ibanArb = fc
  .oneof(
    fc.tuple(fc.constant('NL'), fc.constantFrom('ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'), digitsArb(10)).map(([c, b, d]) => [c, b + d] as const),
    fc.tuple(fc.constant('BE'), digitsArb(12)).map(([c, d]) => [c, d] as const),
    fc.tuple(fc.constant('DE'), digitsArb(18)).map(([c, d]) => [c, d] as const),
  )
  .map(([country, bban]) => {
    const check = 98 - mod97(bban + country + '00');
    return country + String(check).padStart(2, '0') + bban;
  });

function stripped(text: string): string {
  return text.replace(/[\s.\-()+/]/g, '');
}

describe('understand: redact()', () => {
  describe('check digits', () => {
    it('elfproef accepts the known example and rejects a changed digit', () => {
      expect(elfproef('123456782')).to.equal(true);
      expect(elfproef('123456783')).to.equal(false);
      expect(elfproef('12345678')).to.equal(false);
    });
    it('IBAN mod 97 accepts known examples and rejects a changed digit', () => {
      expect(ibanValid('NL91ABNA0417164300')).to.equal(true);
      expect(ibanValid('NL91ABNA0417164301')).to.equal(false);
      expect(ibanValid('DE89370400440532013000')).to.equal(true);
      expect(ibanValid('BE68539007547034')).to.equal(true);
    });
  });

  const examples: [string, string, string[]][] = [
    ['mijn bsn is 123456782', 'mijn bsn is [bsn]', ['bsn']],
    ['bsn 1234.56.782!', 'bsn [bsn]!', ['bsn']],
    ['ander getal 987654321', 'ander getal [bsn]', ['bsn']],
    ['iban NL91 ABNA 0417 1643 00 graag', 'iban [iban] graag', ['iban']],
    ['bel 06-12345678', 'bel [telefoonnummer]', ['phone']],
    ['bel (010) 123 45 67', 'bel [telefoonnummer]', ['phone']],
    ['+31 6 1234 5678', '[telefoonnummer]', ['phone']],
    ['0031 (0)20-123.45.67', '[telefoonnummer]', ['phone']],
    ['0800-2000 of 0900 8844', '[telefoonnummer] of [telefoonnummer]', ['phone']],
    ['mail: jan.de.vries@voorbeeld.nl.', 'mail: [e-mail].', ['email']],
    ['3311 AB 12', '[adres]', ['address']],
    ['ik woon aan de Voorstraat 12b', 'ik woon aan de [adres]', ['address']],
    ['geboren 12-03-1980', 'geboren [geboortedatum]', ['birthdate']],
    ['op 1/2/85', 'op [geboortedatum]', ['birthdate']],
    ['sinds 12 maart 1980', 'sinds [geboortedatum]', ['birthdate']],
    ['bsn ٠١٢٣٤٥٦٧٨', 'bsn [bsn]', ['bsn']],
    ['tel 0612345678, bsn 123456782', 'tel [telefoonnummer], bsn [bsn]', ['phone', 'bsn']],
  ];
  for (const [input, output, kinds] of examples) {
    it(`"${input}"`, () => {
      expect(u.redact(input)).to.deep.equal({ text: output, kinds });
    });
  }

  const untouched = [
    'mijn postcode is 3314',
    'in 2019 en 2020 is het misgegaan',
    'ik heb 3 kinderen van 2, 4 en 6',
    'bel 112 of 113',
    'ik ben 45 jaar',
    'ik ben weg 2 dagen',
    'om 10.30 uur',
    'ik heb een huurachterstand van 1200 euro',
    '',
  ];
  for (const text of untouched) {
    it(`leaves "${text}" as it is`, () => {
      expect(u.redact(text)).to.deep.equal({ text, kinds: [] });
    });
  }

  describe('properties', () => {
    it('removes any elfproef-valid BSN, however it is written', () => {
      fc.assert(
        fc.property(sentence, bsnArb.chain((b) => grouped(b).map((w) => [b, w] as const)), sentence, (pre, [bsn, written], post) => {
          const r = u.redact(`${pre} ${written} ${post}`);
          expect(stripped(r.text)).to.not.include(bsn);
          expect(r.kinds).to.include('bsn');
        }),
        { numRuns: 300 },
      );
    });

    it('removes any nine-digit number, valid elfproef or not', () => {
      fc.assert(
        fc.property(sentence, digitsArb(9), sentence, (pre, d, post) => {
          const r = u.redact(`${pre} ${d} ${post}`);
          expect(r.text).to.not.include(d);
          expect(r.kinds.length).to.be.at.least(1);
        }),
        { numRuns: 200 },
      );
    });

    it('removes valid IBANs (NL, BE, DE), in groups of four or not, any case', () => {
      fc.assert(
        fc.property(sentence, ibanArb, fc.boolean(), fc.boolean(), sentence, (pre, iban, spaced, lower, post) => {
          let written = spaced ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
          if (lower) written = written.toLowerCase();
          const r = u.redact(`${pre} ${written} ${post}`);
          expect(r.text.toUpperCase().replace(/\s/g, '')).to.not.include(iban);
          expect(r.kinds).to.include('iban');
        }),
        { numRuns: 300 },
      );
    });

    const mobile = fc.tuple(fc.constantFrom('1', '2', '3', '4', '5', '8'), digitsArb(7)).map(([b, d]) => `06${b}${d}`);
    const landline = fc.tuple(fc.constantFrom('1', '2', '3', '4', '5', '7'), digitsArb(8)).map(([a, d]) => `0${a}${d}`);
    it('removes Dutch phone numbers written nationally with spaces, dots, dashes', () => {
      fc.assert(
        fc.property(sentence, fc.oneof(mobile, landline).chain((n) => grouped(n).map((w) => [n, w] as const)), sentence, (pre, [n, written], post) => {
          const r = u.redact(`${pre} ${written} ${post}`);
          expect(stripped(r.text)).to.not.include(n.slice(1));
          expect(r.kinds).to.include('phone');
        }),
        { numRuns: 300 },
      );
    });

    it('removes Dutch phone numbers written internationally (+31, 0031, (0))', () => {
      fc.assert(
        fc.property(sentence, fc.oneof(mobile, landline), fc.constantFrom('+31 ', '+31', '0031 ', '+31 (0)', '0031-'), sentence, (pre, n, prefix, post) => {
          const r = u.redact(`${pre} ${prefix}${n.slice(1, 2)} ${n.slice(2, 6)} ${n.slice(6)} ${post}`);
          expect(stripped(r.text)).to.not.include(n.slice(2));
          expect(r.kinds).to.include('phone');
        }),
        { numRuns: 200 },
      );
    });

    it('removes e-mail addresses', () => {
      const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
      const local = fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,10}[a-z0-9])?$/);
      fc.assert(
        fc.property(sentence, local, label, fc.constantFrom('nl', 'com', 'org', 'eu'), sentence, (pre, l, d, tld, post) => {
          const email = `${l}@${d}.${tld}`;
          const r = u.redact(`${pre} ${email} ${post}`);
          expect(r.text).to.not.include('@');
          expect(r.kinds).to.deep.equal(['email']);
        }),
        { numRuns: 200 },
      );
    });

    it('removes postcodes with letters (and the house number), keeps 4-digit postcodes', () => {
      const letters = fc.stringMatching(/^[A-Z]{2}$/).filter((l) => !['SA', 'SD', 'SS'].includes(l));
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 9999 }), letters, fc.constantFrom('', ' '), fc.integer({ min: 1, max: 300 }), (pc, l, sep, nr) => {
          const r = u.redact(`ik woon op ${pc}${sep}${l} ${nr}`);
          expect(r.text).to.equal('ik woon op [adres]');
          expect(u.redact(`mijn postcode is ${pc}`).text).to.equal(`mijn postcode is ${pc}`);
        }),
        { numRuns: 200 },
      );
    });

    it('removes dates of birth in numeric and written form', () => {
      const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1930, max: 2024 }), fc.integer({ min: 0, max: 3 }), (d, m, y, style) => {
          const dd = String(d).padStart(2, '0');
          const mm = String(m).padStart(2, '0');
          const written = [`${dd}-${mm}-${y}`, `${d}/${m}/${String(y).slice(2)}`, `${d} ${months[m - 1]} ${y}`, `${dd}.${mm}.${y}`][style] ?? '';
          const r = u.redact(`geboren op ${written} in Dordrecht`);
          expect(r.text).to.equal('geboren op [geboortedatum] in Dordrecht');
          expect(r.kinds).to.deep.equal(['birthdate']);
        }),
        { numRuns: 200 },
      );
    });

    it('leaves sentences without digits or @ unchanged', () => {
      const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !/[\p{Nd}@]/u.test(s));
      fc.assert(
        fc.property(text, (s) => {
          expect(u.redact(s)).to.deep.equal({ text: s, kinds: [] });
        }),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(sentence, (s) => {
          expect(u.redact(s).text).to.equal(s);
        }),
      );
    });

    it('never throws, and redacting twice changes nothing more', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
          const once = u.redact(s);
          expect(once.text).to.be.a('string');
          expect(u.redact(once.text).text).to.equal(once.text);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('handles 100,000 characters of digits and separators', () => {
    const r = u.redact('1 2 3 4 5 6 7 8 9 0 - '.repeat(5000));
    expect(r.text).to.not.match(/\d{9}/);
  });
});

describe('understand: redact() regressions found by fuzzing', () => {
  it('keeps an e-mail address whole when a false IBAN starts inside it', async () => {
    const { createUnderstanding } = await import('../../bot/understand/index.js');
    const { loadUnderstanding } = await import('../../bot/authoring/load.js');
    const u = createUnderstanding(loadUnderstanding(process.cwd()));
    for (const text of [' a@a-lj122.com een de en de een op', '0@dj44ga.eu hulp vraag werk is op de huis me']) {
      const r = u.redact(text);
      expect(r.kinds, text).to.deep.equal(['email']);
      expect(r.text).to.not.include('@');
    }
  });
});
