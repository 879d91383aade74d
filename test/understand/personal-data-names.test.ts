/**
 * The personal-data guard for names given after "ik heet", "mijn naam is" and the like, in the
 * seven languages of the bot; ordinary sentences ("ik ben moe", "Ik ben Bang", "I am Dutch") keep
 * their words, and a name is never removed in a way that hides a crisis from the tripwire.
 */

import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { DEFAULTS, type PersonalDataKind } from '../../bot/understand/index.js';
import { ROOT, routingSet, understanding } from './helpers.js';

const u = understanding();

describe('understand: redact() names', () => {
  const removed: [string, string][] = [
    ['mijn naam is Fatima El Amrani', 'mijn naam is [naam]'],
    ['ik ben moe en ik heet Fatima', 'ik ben moe en ik heet [naam]'],
    ['Ik heet Jan de Vries en ik heb schulden', 'Ik heet [naam] en ik heb schulden'],
    ['naam: Jan van der Berg', 'naam: [naam]'],
    ['Mijn achternaam is Yılmaz.', 'Mijn achternaam is [naam].'],
    ['Hallo, ik ben Sanne en ik zoek werk', 'Hallo, ik ben [naam] en ik zoek werk'],
    ['my name is John Smith', 'my name is [naam]'],
    ["Hi, I'm Maria and I need help", "Hi, I'm [naam] and I need help"],
    ['I am Ahmed Hassan', 'I am [naam]'],
    ['benim adım Ayşe Yılmaz', 'benim adım [naam]'],
    ['Adım Mehmet, kira borcum var', 'Adım [naam], kira borcum var'],
    ['İsmim Elif', 'İsmim [naam]'],
    ['اسمي فاطمة العمراني وأحتاج مساعدة', 'اسمي [naam] وأحتاج مساعدة'],
    ['أنا اسمي محمد', 'أنا اسمي [naam]'],
    ['اسمي هو أحمد علي، عندي ديون', 'اسمي هو [naam]، عندي ديون'],
    ['nazywam się Anna Kowalska', 'nazywam się [naam]'],
    ['Mam na imię Piotr i szukam pracy', 'Mam na imię [naam] i szukam pracy'],
    ['jestem Anna', 'jestem [naam]'],
    ['мене звати Олена Коваленко', 'мене звати [naam]'],
    ["Моє ім'я Тарас", "Моє ім'я [naam]"],
    ['меня зовут Ольга', 'меня зовут [naam]'],
    ['Мене звуть Ігор', 'Мене звуть [naam]'],
  ];
  for (const [input, output] of removed) {
    it(`"${input}"`, () => {
      expect(u.redact(input)).to.deep.equal({ text: output, kinds: ['name'] });
    });
  }

  const kept = [
    'ik ben moe',
    'Ik ben Bang',
    'ik ben Ziek',
    'Ik ben Dakloos en heb geen geld',
    'Ik ben Zwanger',
    'Ik ben Mantelzorger voor mijn moeder',
    'ik ben Marokkaan',
    'IK BEN BANG',
    'ik heet u welkom',
    'mijn naam is niet bekend bij de gemeente',
    'I am Dutch',
    "I'm Sorry",
    'I am Homeless',
    'I am A single mother',
    'jestem Polakiem',
    'jestem Chora',
    'bir adım attım',
    'ik ben de moeder van Fatima',
    'Fatima en ik hebben schulden',
  ];
  for (const text of kept) {
    it(`leaves "${text}" as it is`, () => {
      expect(u.redact(text)).to.deep.equal({ text, kinds: [] });
    });
  }

  it('never lets a name hide a crisis from the tripwire', () => {
    for (const text of ['Ik ben Suïcidaal', 'ik ben Jan en ik wil dood', 'mijn naam is Zelfmoord']) {
      const before = u.crisis(text)?.kind;
      expect(before, text).to.not.equal(undefined);
      expect(u.crisis(u.redact(text).text)?.kind, text).to.equal(before);
    }
  });

  describe('properties', () => {
    const WORDS = ['ik', 'heb', 'een', 'vraag', 'over', 'mijn', 'huis', 'en', 'werk', 'de', 'gemeente', 'graag', 'hulp', 'schulden', 'moe', 'bang'];
    const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
    const NAMES = ['Fatima', 'El', 'Amrani', 'Jan', 'Vries', 'Mehmet', 'Yılmaz', 'Anna', 'Kowalska', 'Олена', 'Sanne', 'Mohamed', "D'Souza", 'Jean-Luc'];
    const name = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const trigger = fc.constantFrom('ik heet', 'mijn naam is', 'Mijn naam is', 'naam:', 'my name is', 'benim adım', 'nazywam się', 'мене звати');

    it('removes any name after a trigger and keeps the words around it', () => {
      fc.assert(
        fc.property(sentence, trigger, name, sentence, (pre, t, n, post) => {
          const r = u.redact(`${pre} ${t} ${n} . ${post}`);
          expect(r.text).to.equal(`${pre} ${t} [naam] . ${post}`);
          expect(r.kinds).to.deep.equal(['name']);
        }),
        { numRuns: 300 },
      );
    });

    it('keeps every lower-case sentence (no capital, no name)', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS, 'ben', 'heet', 'naam', 'is', 'i', 'am', 'jestem'), { maxLength: 12 }), (w) => {
          const text = w.join(' ');
          expect(u.redact(text)).to.deep.equal({ text, kinds: [] });
        }),
        { numRuns: 300 },
      );
    });

    it('keeps every synonym and common word of the synonym files, capitalised after "ik ben", "I am", "jestem"', () => {
      const weak: Record<string, string> = { nl: 'Ik ben', 'nl-x-simple': 'Ik ben', en: 'I am', pl: 'Jestem' };
      const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
      let checked = 0;
      for (const l of loadUnderstanding(ROOT).languages) {
        const trigger = weak[l.lang];
        if (!trigger) continue;
        const all = [...l.stopwords, ...Object.values(l.topics).flatMap((t) => [...t.words, ...t.weak])];
        for (const w of all.filter((x) => /^\p{L}+$/u.test(x))) {
          const text = `${trigger} ${cap(w)}`;
          expect(u.redact(text).kinds, text).to.not.include('name');
          checked++;
        }
      }
      expect(checked).to.be.greaterThan(500);
    });

    it('finds no name in the routing test set, also with every word capitalised', () => {
      for (const c of routingSet()) {
        const title = c.text.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, ch: string) => s + ch.toUpperCase());
        expect(u.redact(c.text).kinds, c.text).to.not.include('name');
        if (c.kind) expect(u.crisis(u.redact(title).text)?.kind, title).to.equal(u.crisis(title)?.kind);
      }
    });
  });
});

describe('understand: every personal-data kind has a placeholder and a notice text in all languages', () => {
  const kinds = Object.keys(DEFAULTS.placeholders) as PersonalDataKind[];
  it('includes name', () => {
    expect(kinds).to.include('name');
    expect(DEFAULTS.placeholders.name).to.equal('[naam]');
  });
  for (const lang of ['nl', 'nl-x-simple', 'en', 'tr', 'ar', 'pl', 'uk']) {
    it(`locales/${lang}/common.yaml has privacy.kinds for every kind`, () => {
      const common = parse(readFileSync(join(ROOT, 'locales', lang, 'common.yaml'), 'utf8')) as { privacy: { kinds: Record<string, string> } };
      for (const k of kinds) expect(common.privacy.kinds[k], `${lang} ${k}`).to.be.a('string').and.not.equal('');
    });
  }
});
