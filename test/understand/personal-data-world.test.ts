/**
 * The personal-data guard for numbers from any country: phone numbers (international and
 * national forms, checked against libphonenumber's example numbers), IBANs (every country with a
 * numeric BBAN, checked with ibantools), the exact strings from the issue-17 audit, and ordinary
 * numbers that must stay (years, amounts, postcodes, house numbers, times).
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { getCountrySpecifications } from 'ibantools';
import { getCountries, getExampleNumber, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { DEFAULTS, ibanValid } from '../../bot/understand/index.js';
import { understanding } from './helpers.js';

const u = understanding();

const WORDS = ['ik', 'heb', 'een', 'vraag', 'over', 'mijn', 'huis', 'en', 'werk', 'de', 'gemeente', 'bel', 'me', 'op', 'nummer', 'is', 'graag', 'hulp'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
const digitsArb = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const onlyDigits = (s: string): string => s.replace(/\D/g, '');

describe('understand: redact() phone numbers of any country', () => {
  describe('the audit (issue 17)', () => {
    const audit: [string, string][] = [
      ['0049 170 1234567', '[telefoonnummer]'],
      ['+90 532 123 45 67', '[telefoonnummer]'],
      ['0532 123 45 67', '[telefoonnummer]'],
      ['mijn nummer is 0532 123 45 67 bel me', 'mijn nummer is [telefoonnummer] bel me'],
    ];
    for (const [input, output] of audit) {
      it(`"${input}" is one phone number (not a BSN and a rest)`, () => {
        expect(u.redact(input)).to.deep.equal({ text: output, kinds: ['phone'] });
      });
    }
  });

  const table: [string, string][] = [
    ['+90 532 123 45 67', 'TR'],
    ['0090 532 123 45 67', 'TR'],
    ['+212 6 12 34 56 78', 'MA'],
    ['00212 612 345 678', 'MA'],
    ['06 12 34 56 78', 'MA (same as a Dutch mobile)'],
    ['+48 512 345 678', 'PL'],
    ['0048 512-345-678', 'PL'],
    ['+380 67 123 4567', 'UA'],
    ['067 123 4567', 'UA national'],
    ['+49 30 12345678', 'DE'],
    ['0170 1234567', 'DE national'],
    ['+32 470 12 34 56', 'BE'],
    ['0470 12 34 56', 'BE national'],
    ['+44 20 7946 0958', 'GB'],
    ['+963 944 567 890', 'SY'],
    ['+597 741 2345', 'SR'],
  ];
  for (const [number, country] of table) {
    it(`removes ${country}: "${number}"`, () => {
      const r = u.redact(`bel mij op ${number} na 14:30 uur`);
      expect(r).to.deep.equal({ text: 'bel mij op [telefoonnummer] na 14:30 uur', kinds: ['phone'] });
    });
  }

  const ordinary = [
    'in 2026 wordt het beter',
    'ik moet € 1.250,00 betalen',
    'ik moet €1250 betalen voor 1 januari',
    'de huur is 850 euro per maand',
    'mijn postcode is 3311',
    'ik woon op nummer 23',
    'om 14:30 heb ik een afspraak',
    'tussen 9:00 en 17:00',
    'sinds 2019 en 2020 woon ik hier',
    'ik heb 3 kinderen van 2, 4 en 6 jaar',
    'bel 112 of 113',
    'ik heb 12.500,50 schuld',
    'ruim 10.000 euro',
  ];
  for (const text of ordinary) {
    it(`leaves "${text}" as it is`, () => {
      expect(u.redact(text)).to.deep.equal({ text, kinds: [] });
    });
  }

  describe('properties', () => {
    it('removes the example mobile number of every country libphonenumber knows, in international form (+ and 00)', () => {
      const countries = getCountries();
      expect(countries.length).to.be.greaterThan(200);
      for (const c of countries) {
        const n = getExampleNumber(c, examples);
        if (!n) continue;
        for (const written of [n.formatInternational(), n.number, n.formatInternational().replace('+', '00')]) {
          const r = u.redact(`bel ${written} graag`);
          expect(r, `${c} ${written}`).to.deep.equal({ text: 'bel [telefoonnummer] graag', kinds: ['phone'] });
        }
      }
    });

    it('removes the national form of example mobiles of the countries in DEFAULTS.personalData.phoneCountries', () => {
      for (const c of DEFAULTS.personalData.phoneCountries) {
        const n = getExampleNumber(c as CountryCode, examples);
        const written = n?.formatNational() ?? '';
        expect(u.redact(`bel ${written} graag`), `${c} ${written}`).to.deep.equal({ text: 'bel [telefoonnummer] graag', kinds: ['phone'] });
      }
    });

    it('removes valid Turkish mobiles, national or international, grouped any way, never as a BSN', () => {
      const tr = fc.tuple(fc.integer({ min: 30, max: 59 }), digitsArb(8)).map(([p, d]) => `5${String(p).slice(1)}${d}`).filter((n) => isValidPhoneNumber(n, 'TR'));
      const style = fc.constantFrom('0', '+90 ', '0090 ', '+90');
      const sep = fc.constantFrom(' ', '-', '.', '');
      fc.assert(
        fc.property(sentence, tr, style, sep, sentence, (pre, nsn, prefix, s, post) => {
          const written = `${prefix}${nsn.slice(0, 3)}${s}${nsn.slice(3, 6)}${s}${nsn.slice(6, 8)}${s}${nsn.slice(8)}`;
          const r = u.redact(`${pre} ${written} ${post}`);
          expect(onlyDigits(r.text)).to.not.include(nsn.slice(3));
          expect(r.kinds).to.deep.equal(['phone']);
        }),
        { numRuns: 200 },
      );
    });

    it('keeps years, amounts, times and 4-digit postcodes', () => {
      const year = fc.integer({ min: 1900, max: 2099 }).map((y) => `in ${y}`);
      const amount = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(
        ([a, b, c]) => `€ ${a}.${String(b).padStart(3, '0')},${String(c).padStart(2, '0')}`,
      );
      const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `om ${h}:${String(m).padStart(2, '0')}`);
      const postcode = fc.integer({ min: 1000, max: 9999 }).map((p) => `postcode ${p}`);
      const house = fc.integer({ min: 1, max: 999 }).map((n) => `huisnummer ${n}`);
      fc.assert(
        fc.property(sentence, fc.oneof(year, amount, time, postcode, house), sentence, (pre, x, post) => {
          const text = `${pre} ${x} ${post}`;
          expect(u.redact(text)).to.deep.equal({ text, kinds: [] });
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('understand: redact() IBANs of any country', () => {
  const table = [
    'DE89 3704 0044 0532 0130 00',
    'fr14 2004 1010 0505 0001 3m02 606',
    'TR33 0006 1005 1978 6457 8413 26',
    'PL61 1090 1014 0000 0712 1981 2874',
    'GB29NWBK60161331926819',
    'BE68 5390 0754 7034',
    'NL 91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'UA21 3223 1300 0002 6007 2335 6600 1',
    'MA64 0115 1900 0001 2050 0053 4921',
  ];
  for (const iban of table) {
    it(`removes "${iban}"`, () => {
      expect(u.redact(`rekening ${iban} graag`)).to.deep.equal({ text: 'rekening [iban] graag', kinds: ['iban'] });
    });
  }

  it('keeps an IBAN-like text whose check digits are wrong', () => {
    expect(ibanValid('DE89370400440532013001')).to.equal(false);
    expect(u.redact('code DE99 ABCD tot ziens').kinds).to.deep.equal([]);
  });

  function mod97(s: string): number {
    let rest = 0;
    for (const ch of s) {
      const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
      for (const d of v) rest = (rest * 10 + Number(d)) % 97;
    }
    return rest;
  }
  /** Countries whose BBAN is digits only, with the IBAN length (from ibantools). */
  const numeric = Object.entries(getCountrySpecifications())
    .map(([c, spec]) => ({ c, chars: spec.chars ?? 0, re: spec.bban_regexp ?? '' }))
    .filter((x) => x.chars > 4 && /^\^\[0-9\]\{\d+\}\$$/.test(x.re));

  it('removes valid IBANs of every country with a numeric BBAN, spaced or not, any case', () => {
    expect(numeric.length).to.be.greaterThan(30);
    const iban = fc.constantFrom(...numeric).chain(({ c, chars }) =>
      digitsArb(chars - 4).map((bban) => c + String(98 - mod97(bban + c + '00')).padStart(2, '0') + bban),
    );
    fc.assert(
      fc.property(sentence, iban, fc.boolean(), fc.boolean(), sentence, (pre, ib, spaced, lower, post) => {
        fc.pre(ibanValid(ib));
        let written = spaced ? ib.replace(/(.{4})/g, '$1 ').trim() : ib;
        if (lower) written = written.toLowerCase();
        const r = u.redact(`${pre} ${written} ${post}`);
        expect(r.text.toUpperCase().replace(/\s/g, '')).to.not.include(ib);
        expect(r.kinds).to.deep.equal(['iban']);
      }),
      { numRuns: 300 },
    );
  });
});
