/**
 * Issue 19, calm cards: a service card says what a service does and how to reach them in at most
 * about 40 words (20 in easy Dutch); for whom and when are behind "Meer". CARD_TOO_LONG measures
 * the lines the renderer builds, and every shipped card in every pack and language keeps the budget.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../bot/authoring/diagnostic.js';
import { listPacks } from '../bot/authoring/load.js';
import { cardBudget, measureCards } from '../bot/authoring/rules/card-length.js';
import { validate } from '../bot/authoring/validate.js';
import { createI18n, translator } from '../bot/i18n.js';
import { cardWords, countWords } from '../bot/render/card.js';
import { serviceCard } from '../bot/render/render.js';
import { readFixture, ROOT, shippedProject, validateWith } from './support/project.js';

const PACKS = listPacks(ROOT);

describe('calm cards: the word budget of a service card', function () {
  this.timeout(60_000);

  it('counts words as a reader does: a time is one word, a separator none, any script', () => {
    expect(countWords('Maandag tot en met vrijdag, 9.00 tot 16.00 uur.')).to.equal(9);
    expect(countWords('Gratis · Onafhankelijk')).to.equal(2);
    expect(countWords("Bel 's avonds — of mail.")).to.equal(5);
    expect(countWords('اتصل بالبلدية واطلب فريق الحي.')).to.equal(5);
    expect(countWords('  ')).to.equal(0);
  });

  it('reads the budget per language: 20 words in easy Dutch, 40 in the others', () => {
    const languages = new Map(shippedProject().languages.map((l) => [l.code, cardBudget(l)]));
    expect(languages.get('nl-x-simple')).to.equal(20);
    expect(languages.get('nl')).to.equal(40);
    expect(languages.get('en')).to.equal(40);
  });

  it('fires on a pack text that makes the card too long, at that text, with the count of the card as rendered', () => {
    const fixture = readFixture(join(ROOT, 'test', 'fixtures', 'invalid', 'CARD_TOO_LONG.yaml'));
    const { project, diagnostics } = validateWith(fixture);
    const hits = diagnostics.filter((d) => d.code === 'CARD_TOO_LONG');
    // only Dutch: the other languages show this new text in Dutch, which MISSING_TRANSLATION reports
    expect(hits.map(formatDiagnostic)).to.have.length(1);
    const [d] = hits;
    expect(`${d!.file}:${d!.line}:${d!.col}`).to.equal(fixture.expect[0]!.where);
    expect(d!.severity).to.equal('warning');
    const card = serviceCard('geldfit', { graph: project.graph, directory: project.directory, t: translator(createI18n(project.resources, 'nl'), 'nl') });
    const words = cardWords(card!.lines);
    expect(words).to.be.greaterThan(40);
    expect(d!.message).to.include("'Geldfit, test over je geld' (geldfit)").and.include('Nederlands (gemeente Dordrecht)').and.include(`${words} woorden; hoogstens 40`).and.include("'how'");
    expect(d!.hint).to.match(/^Maak de tekst korter of zet .* achter Meer/);
  });

  it('points at the translation when a translation makes the card too long', () => {
    const file = 'locales/en/content/landelijk.yaml';
    const long = 'On this website you do a short test about your money, your bills, your debts and your income, and afterwards you see which kind of help suits you best, from whom, and how you can ask for it today.';
    const text = readFileSync(join(ROOT, file), 'utf8').replace('On the website you do a short test about your money. Then you see which help suits you.', long);
    expect(text).to.include(long);
    const { diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: new Map([[file, text]]) });
    const hits = diagnostics.filter((d) => d.code === 'CARD_TOO_LONG');
    expect(hits.map(formatDiagnostic)).to.have.length(1);
    expect(hits[0]!.file).to.equal(file);
    expect(hits[0]!.message).to.include('(geldfit)').and.include('in het Engels').and.include("'description'").and.not.include('gemeente');
  });

  it('the rule and the renderer count the same words', () => {
    const project = shippedProject('leiden');
    const instance = createI18n(project.resources, project.defaultLanguage);
    for (const m of measureCards(project)) {
      const card = serviceCard(m.service, { graph: project.graph, directory: project.directory, t: translator(instance, m.lang) });
      // counted independently of cardWords: pieces between spaces with a letter or digit in them
      const shown = card!.lines.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(shown, `${m.lang} ${m.service}`).to.equal(m.words);
    }
  });

  // Generated: every service of every shipped pack in every language, as the card shows it.
  for (const pack of PACKS) {
    const project = shippedProject(pack);
    const instance = createI18n(project.resources, project.defaultLanguage);
    for (const lang of project.languages) {
      describe(`${pack}, ${lang.name}`, () => {
        const t = translator(instance, lang.code);
        const ctx = { graph: project.graph, directory: project.directory, t };
        for (const id of project.directory.services.keys()) {
          const card = serviceCard(id, ctx);
          if (!card) continue; // marked unavailable in this pack
          it(`${id}: at most ${cardBudget(lang)} words on the card`, () => {
            expect(cardWords(card.lines), card.lines.join(' | ')).to.be.at.most(cardBudget(lang));
            // for whom is behind "Meer", not on the card
            const forWhom = t(project.directory.services.get(id)!.for);
            expect(card.more[0], 'for whom is behind "Meer"').to.include(forWhom);
            expect(card.lines.join(' '), 'not on the card').to.not.include(forWhom);
          });
        }
      });
    }
  }
});
