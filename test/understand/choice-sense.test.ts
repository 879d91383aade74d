/**
 * Typed answers in the resident's own words, read word by word against each choice's label and
 * `words:` (senseChoice): a word only one choice has decides, a word every choice has decides
 * nothing, a common word only tips.
 */
import { expect } from 'chai';
import type { QuestionStep } from '../../bot/engine/types.js';
import { translator } from '../../bot/i18n.js';
import { shippedBot } from '../support/project.js';

describe('understand: an answer in own words, word by word', () => {
  const bot = shippedBot();
  const u = bot.understanding!;
  const t = translator(bot.i18n, 'nl');
  const options = (flow: string, step: string) =>
    (bot.graph.flows.get(flow)!.steps.get(step) as QuestionStep).choices.map((c) => ({ id: c.id, labels: [t(c.label)], words: c.words ?? [] }));

  it('the choice whose words the answer shares, and the words that said so', () => {
    const hit = u.senseChoice('ik krijg brieven en ik snap niet wat erin staat', options('geld', 'wat'), 'nl');
    expect(hit?.id).to.equal('post');
    expect(hit?.said).to.include('brieven');
    expect(u.senseChoice('de rekening van de tandarts kan ik niet betalen', options('geld', 'wat'), 'nl')?.id).to.equal('rekeningen');
  });

  it('a word every choice has, or no shared word at all, decides nothing', () => {
    const two = [
      { id: 'a', labels: ['Hulp in huis'], words: [] },
      { id: 'b', labels: ['Hulp buiten'], words: [] },
    ];
    expect(u.senseChoice('ik wil hulp', two, 'nl')).to.equal(null);
    expect(u.senseChoice('blabla', options('geld', 'wat'), 'nl')).to.equal(null);
    expect(u.senseChoice('', options('geld', 'wat'), 'nl')).to.equal(null);
  });

  it('a common word only tips: "voor" in one label does not make a story that choice', () => {
    // "Zorg regelen voor de ander" is the only label with "voor"
    expect(u.senseChoice('mijn man heeft dementie en ik sta er alleen voor', options('mantelzorg', 'wat'), 'nl')).to.equal(null);
  });

  it('a common word is read as written: "maand" is not "maanden"', () => {
    const haast = [
      { id: 'kort', labels: ['Kort'], words: ['een maand'] },
      { id: 'lang', labels: ['Lang'], words: ['maanden'] },
      { id: 'anders', labels: ['Anders'], words: [] },
    ];
    // "een" and "maand" stand only in the short choice's words: half each, together an answer
    // (were "maand" read as "maanden", two choices would have it and it would count for none)
    expect(u.senseChoice('een maand', haast, 'nl')?.id).to.equal('kort');
    // one common word alone is not enough
    expect(u.senseChoice('maanden', haast, 'nl')).to.equal(null);
  });

  it('two choices equally named: no answer', () => {
    const two = [
      { id: 'a', labels: ['Schulden'], words: [] },
      { id: 'b', labels: ['Huur'], words: [] },
      { id: 'c', labels: ['Werk'], words: [] },
    ];
    expect(u.senseChoice('schulden en huur', two, 'nl')).to.equal(null);
    expect(u.senseChoice('schulden', two, 'nl')?.id).to.equal('a');
  });

  it('never throws and reads a bounded part of a long text', () => {
    expect(u.senseChoice('schulden '.repeat(2000), options('geld', 'wat'), 'nl')?.id).to.equal('schulden');
    expect(u.senseChoice(42 as unknown as string, options('geld', 'wat'), 'nl')).to.equal(null);
    expect(u.senseChoice('schulden', [], 'nl')).to.equal(null);
  });
});
