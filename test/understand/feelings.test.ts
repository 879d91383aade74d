/** Feelings in the resident's words: the file's order decides, word groups in order with small gaps, typos forgiven. */
import { expect } from 'chai';
import { buildFeelingMatcher } from '../../bot/understand/feelings.js';
import { createNormaliser } from '../../bot/understand/normalise.js';
import { loadProject } from '../../bot/authoring/load.js';
import { createBot } from '../../bot/turn/converse.js';
import { ROOT } from '../support/project.js';

describe('understand: feelings', () => {
  const m = buildFeelingMatcher(createNormaliser('nl', {}), { verlies: ['overleden', 'mis hem'], eenzaamheid: ['eenzaam', 'alleen ... niemand'], schaamte: ['schaam me'] });

  it('finds a word, a word group in order, and forgives a typo', () => {
    expect(m.match('ik ben zo eenzaam')).to.equal('eenzaamheid');
    expect(m.match('ik schaam me ervoor')).to.equal('schaamte');
    expect(m.match('ik ben eenzam')).to.equal('eenzaamheid');
    expect(m.match('me schaam ik')).to.equal(null);
    expect(m.match('ik heb schulden')).to.equal(null);
  });

  it('the first feeling of the file wins, wherever its words stand in the text', () => {
    expect(m.match('ik ben eenzaam sinds mijn man is overleden')).to.equal('verlies');
    expect(m.match('schaam me, ik ben eenzaam')).to.equal('eenzaamheid');
  });

  it('a word group allows a few words between, not many', () => {
    expect(m.match('ik mis hem zo')).to.equal('verlies');
    expect(m.match('ik mis echt heel erg hem')).to.equal('verlies');
    expect(m.match('ik mis echt heel erg veel hem')).to.equal(null);
    // a feeling passed over lets the next one be heard
    expect(m.match('ik ben eenzaam en ik schaam me', [], new Set(['eenzaamheid']))).to.equal('schaamte');
    expect(m.rank('verlies')).to.be.below(m.rank('schaamte'));
    expect(m.match('ik ben alleen en heb niemand')).to.equal('eenzaamheid');
  });

  it('the shipped feelings are heard in a conversation text', () => {
    const u = createBot(loadProject({ root: ROOT })).understanding!;
    expect(u.feeling('ik voel me zo alleen sinds mijn vrouw dood is')).to.be.a('string');
    expect(u.feeling('ik heb een vraag over de huur')).to.equal(null);
  });

  it('loneliness, shame and anger are the resident\'s only where they speak of themself; loss is anyone\'s; a language without such words reads as before', () => {
    const bot = createBot(loadProject({ root: ROOT }));
    const u = bot.understanding!;
    const selfOf = (l: string) => bot.lexicons.get(l)?.self;
    expect(u.feeling('mijn zoontje van 8 is heel boos de laatste tijd', [], selfOf)).to.equal(null);
    expect(u.feeling('mijn moeder is heel eenzaam', [], selfOf)).to.equal(null);
    expect(u.feeling('ik ben zo boos op de gemeente', [], selfOf)).to.equal('boosheid');
    expect(u.feeling('mijn zoon is boos, en ik voel me zo eenzaam', [], selfOf)).to.equal('eenzaamheid');
    expect(u.feeling('mijn moeder is overleden', [], selfOf)).to.equal('verlies');
    expect(u.feeling('my son is angry all the time', [], selfOf)).to.equal(null);
    // "I'm" and "'k" are words of the resident too, however the apostrophe is typed
    expect(u.feeling("I'm so lonely", [], selfOf)).to.equal('eenzaamheid');
    expect(u.feeling("'k ben zo eenzaam", [], selfOf)).to.equal('eenzaamheid');
    expect(u.feeling('çok yalnızım', [], selfOf)).to.equal('eenzaamheid');
    // someone else's loneliness does not hide the resident's own fear after it
    expect(u.feeling('mijn zoon is erg eenzaam. bang dat het misgaat', [], selfOf)).to.equal('angst');
    expect(u.feeling('mijn moeder is eenzaam, ik schaam me dat ik zo weinig kom', [], selfOf)).to.equal('schaamte');
  });

  it('a feeling said not to be there is not heard ("nog geen paniek"), the same feeling said is', () => {
    const u = createBot(loadProject({ root: ROOT })).understanding!;
    const negation = ['geen', 'niet'];
    expect(u.feeling('ik hou het wel vol, nog geen paniek', negation)).to.equal(null);
    expect(u.feeling('ik ben niet bang maar wel moe', negation)).to.equal(null);
    expect(u.feeling('ik ben zo bang', negation)).to.equal('angst');
    expect(u.feeling('ik hou het niet meer vol en ik heb paniek', negation)).to.equal('angst');
    expect(u.feeling('ik ben niet echt bang', negation)).to.equal(null);
  });
});
