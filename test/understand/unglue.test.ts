/**
 * Words typed without spaces: read apart, so that danger is still recognised and the topic still
 * found; a compound or a word of another language is left as it is.
 */
import { expect } from 'chai';
import { unglue, ungluingLexicon } from '../../bot/understand/unglue.js';
import { shippedBot, shippedProject } from '../support/project.js';

describe('understand: words typed without spaces', () => {
  const lexicons = shippedProject('dordrecht').understanding!.languages.map(ungluingLexicon);
  const u = shippedBot().understanding!;

  it('splits a glued sentence into its words', () => {
    expect(unglue('ikwilnietmeerleven', lexicons)).to.equal('ik wil niet meer leven');
    expect(unglue('mijnkindkrijgtgeenhulpopschool', lexicons)).to.equal('mijn kind krijgt geen hulp op school');
    expect(unglue('hallo ikkannietlezen', lexicons)).to.equal('hallo ik kan niet lezen');
  });

  it('leaves compounds, known words and other languages alone', () => {
    for (const t of ['zelfmoordpreventie', 'woningbouwvereniging', 'schuldhulpverlening', 'huurachterstand', 'zelfhulpgroep', 'zestiende', 'istemedigim', 'intelektualna', 'ik heb schulden', '']) {
      expect(unglue(t, lexicons), t).to.equal(undefined);
    }
  });

  it('danger typed without spaces is still danger, and the topic is still found', () => {
    expect(u.crisis('ikwilnietmeerleven')?.kind).to.equal('suicide');
    expect(u.crisis('mijnvaderslaatmij')?.kind).to.be.oneOf(['child', 'violence']);
    expect(u.route('ikzitaltijdalleenthuis').flow).to.equal('meedoen');
    expect(u.route('ikkannietlezen').flow).to.equal('taal');
  });

  it('reads the text as typed first: a split only counts when the text as typed gives nothing', () => {
    // "medewerker" would split as "me de werker", but the text as typed already says enough
    expect(unglue('medewerker', lexicons)).to.equal('me de werker');
    expect(u.route('de thuiszorg medewerker komt niet meer').flow).to.equal('ondersteuning');
    expect(u.crisis('zelfmoordpreventie')).to.equal(null);
  });

  it('a whole question typed without spaces, longer than any word, is split too (no need to start with "ik")', () => {
    expect(unglue('ikhebgeengeldvoorboodschappenwaarkanikheen', lexicons)).to.equal('ik heb geen geld voor boodschappen waar kan ik heen');
    expect(unglue('hoekrijgikextrahulpopschoolvoormnkindmetdyslexie', lexicons)).to.match(/^hoe krijg ik extra hulp op school voor m ?n kind met dyslexie$/);
    expect(u.route('ikhebgeengeldvoorboodschappenwaarkanikheen').flow).to.equal('geld');
    // a long compound without common words is still no sentence
    expect(unglue('arbeidsongeschiktheidsverzekeringsmaatschappijen', lexicons)).to.equal(undefined);
  });

  it('bounded: a run longer than DEFAULTS.limits.gluedChars is never split', () => {
    expect(unglue('ik'.repeat(500), lexicons)).to.equal(undefined);
    expect(unglue('ikwil'.repeat(9), lexicons)).to.equal('ik wil '.repeat(9).trim());
    expect(unglue('ikwil'.repeat(17), lexicons)).to.equal(undefined);
  });
});
