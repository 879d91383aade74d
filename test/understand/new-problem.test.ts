/** Own words: an answer, or a new problem (bot/turn/new-problem.ts), on the shipped flows and words. */
import { expect } from 'chai';
import { loadProject } from '../../bot/authoring/load.js';
import { createBot } from '../../bot/turn/converse.js';
import { answersFirst, saysLabel, timeClauseOf } from '../../bot/turn/new-problem.js';
import { readText } from '../../bot/understand/interpret.js';
import { ROOT } from '../support/project.js';

describe('turn: own words, an answer or a new problem', () => {
  const bot = createBot(loadProject({ root: ROOT }));
  const nl = bot.lexicons.get('nl')!;

  it('first words that are a whole part of a label, or a yes or no, answer the question; an ordinal or a common word does not', () => {
    const labels = ['Ja', 'Soms', 'Nee, niemand'];
    expect(answersFirst(bot, readText('niemand helaas, de vader is uit beeld'), labels, 'nl')).to.equal(true);
    expect(answersFirst(bot, readText('soms mijn zus'), labels, 'nl')).to.equal(true);
    expect(answersFirst(bot, readText('nee, ik ben ook mijn baan kwijt'), ['Nog niets', 'Zelf gebeld'], 'nl')).to.equal(true);
    expect(answersFirst(bot, readText('nog niets, ik durf niet'), ['Nog niets', 'Zelf gebeld'], 'nl')).to.equal(true);
    // "een" is an ordinal for the buttons, not an answer here
    expect(answersFirst(bot, readText('een vriendin van mij is ziek'), labels, 'nl')).to.equal(false);
    expect(answersFirst(bot, readText('mijn dochter wordt gepest'), labels, 'nl')).to.equal(false);
  });

  it('a clause that says three words of a label in a row answers, unless the same clause holds a word of the new problem', () => {
    const labels = ['Het gaat nog', 'Het is bijna te veel', 'Ik kan niet meer'];
    expect(saysLabel(readText('zwaar, het wordt me bijna te veel. ik slaap slecht en mijn rug doet pijn'), labels, ['rug', 'pijn'])).to.equal(true);
    expect(saysLabel(readText('de rekeningen worden me bijna te veel'), labels, ['rekeningen'])).to.equal(false);
    // two words in a row are not enough ("te veel" is said of anything)
    expect(saysLabel(readText('ik drink te veel'), labels)).to.equal(false);
    expect(saysLabel(readText('het is bijna te veel'), labels)).to.equal(true);
  });

  it('a clause of time is the resident\'s own only with a whole word of self or mine ("z\'n" is not "m\'n"), and years back by the answer', () => {
    const of = (text: string) => timeClauseOf(bot, readText(text), nl);
    expect(of('een week of drie, sinds hij zijn werk kwijt is').own).to.equal(false);
    expect(of("een week of drie, sinds hij z'n werk kwijt is").own).to.equal(false);
    expect(of("net begonnen, sinds m'n contract niet verlengd is").own).to.equal(true);
    expect(of('net begonnen, sinds ik ontslagen ben').own).to.equal(true);
    expect(of('al een hele tijd, sinds mijn scheiding in 2018').yearsAgo).to.equal(true);
    expect(of('het loopt al jaren, eigenlijk sinds mijn scheiding').yearsAgo).to.equal(true);
    expect(of('pas net, sinds mijn scheiding').yearsAgo).to.equal(false);
  });
});
