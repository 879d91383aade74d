/** A question about a glossary word is only that when the word stands in the sentence that asks. */
import { expect } from 'chai';
import { explainOf, readText } from '../../bot/understand/interpret.js';
import { shippedBot } from '../support/project.js';

describe('understand: a question about a word', () => {
  const bot = shippedBot();
  const lex = bot.lexicons.get('nl')!;
  const asks = (text: string, explicit = true) => explainOf(readText(text), bot.graph, 'nl', lex, explicit);

  it('explains the word in the asking sentence, before or after the cue, or just before it', () => {
    expect(asks('wat is een keukentafelgesprek?')).to.deep.equal({ type: 'explain', entry: 'keukentafelgesprek' });
    expect(asks('Wat is een beschikking? Ik kreeg een brief met dat woord erin.')).to.deep.equal({ type: 'explain', entry: 'beschikking' });
    expect(asks('Respijtzorg, wat is dat en hoe kom ik eraan?')).to.deep.equal({ type: 'explain', entry: 'respijtzorg' });
    expect(asks('Wmo? Wat is dat?')).to.deep.equal({ type: 'explain', entry: 'wmo' });
    expect(asks('Wmo?', false)).to.deep.equal({ type: 'explain', entry: 'wmo' });
  });

  it('a question about a letter or what it says is a topic, not a word to explain', () => {
    expect(asks('Wat betekent deze brief? Er staat beschikking en termijn in en ik weet niet of ik iets moet doen.')).to.equal(undefined);
    expect(asks('Ik kreeg een brief met een besluit en er staat iets over bezwaar binnen zes weken. Wat betekent dat?')).to.equal(undefined);
    expect(asks('Ik kreeg een brief met een besluit en er staat iets over bezwaar binnen zes weken. Wat betekent dat?', false)).to.equal(undefined);
  });
});
