/**
 * A typed answer that names someone else's work or helper in passing ("hij werkt in
 * ploegendienst") is the answer, with no second problem on the agenda; one that tells a problem
 * of its own still is noted. Through the turn layer, as Direct Line calls it.
 */
import { expect } from 'chai';
import { turnPort } from '../support/ports.js';
import type { View } from '../support/transcript.js';

async function at(labels: readonly string[], now?: () => Date) {
  const p = turnPort(undefined, now);
  let views: View[] = await p.start();
  for (const label of labels) {
    const b = views.flatMap((v) => v.buttons).find((x) => x.label === label);
    if (!b) throw new Error(`no button ${label}`);
    views = await p.press(b.value, label);
  }
  return p;
}

const NOTE = 'Ik schrijf ook op';

describe('understand: an answer that names work or a helper in passing', () => {
  it('"heel soms mijn man, maar hij werkt in ploegendienst" is "Soms", without werk on the agenda', async () => {
    const p = await at(['Iets anders', 'Ik zorg voor iemand', 'Het zorgen is zwaar', 'Het gaat nog', 'Nog niet']);
    const views = await p.say('heel soms mijn man, maar hij werkt in ploegendienst');
    expect(views.map((v) => v.text).join(' ')).to.not.include(NOTE);
    expect((await p.where?.())?.step).to.equal('wens');
  });

  it('an answer that tells a work problem of its own is still noted', async () => {
    const p = await at(['Iets anders', 'Ik zorg voor iemand', 'Het zorgen is zwaar', 'Het gaat nog', 'Nog niet']);
    const views = await p.say('soms mijn zus, en ik ben mijn baan kwijt');
    expect(views.map((v) => v.text).join(' ')).to.include(NOTE);
  });
});

describe('understand: an answer that names a child with its age', () => {
  it('"mijn dochter van 13 blijft thuis, ze weigert elke ochtend om te gaan" at school is the answer, without opvoeden on the agenda', async () => {
    const p = await at(['Iets anders', 'School en leren']);
    const views = await p.say('mijn dochter van 13 blijft thuis, ze weigert elke ochtend om te gaan');
    expect(views.map((v) => v.text).join(' ')).to.not.include(NOTE);
    expect((await p.where?.())?.step).to.equal('haast');
  });

  it('"mijn zoon van 12 doet ze nu na, hij scheldt en slaat met deuren" still notes opvoeden at the neighbours', async () => {
    const p = await at(['Wonen', 'Problemen met de buren']);
    const views = await p.say('Al maanden, en mijn zoon van 12 doet ze nu na, hij scheldt en slaat met deuren');
    expect(views.map((v) => v.text).join(' ')).to.include(NOTE);
  });
});

describe('understand: a second problem heard in one word of an answer, that the topic model doubts', () => {
  it('"ja ik heb zelf contact gezocht met ze, telefonisch" is the answer, without meedoen on the agenda', async () => {
    const p = await at(['Geld en schulden', 'Ik heb schulden', 'Het speelt al lang']);
    const views = await p.say('ja ik heb zelf contact gezocht met ze, telefonisch');
    expect(views.map((v) => v.text).join(' ')).to.not.include(NOTE);
    expect((await p.where?.())?.step).to.equal('netwerk');
  });

  it('loneliness told in the same answer is still noted', async () => {
    const p = await at(['Geld en schulden', 'Ik heb schulden', 'Het speelt al lang']);
    const views = await p.say('ik heb zelf gebeld, en ik voel me ook zo eenzaam');
    expect(views.map((v) => v.text).join(' ')).to.include(`${NOTE}: Contact en meedoen`);
  });
});

describe('understand: a named moment of the year answers how long', () => {
  const december = () => new Date(Date.UTC(2026, 11, 2));
  const june = () => new Date(Date.UTC(2027, 5, 20));
  const label = async (p: Awaited<ReturnType<typeof at>>) => (await p.where?.())?.step;

  it('"sinds de herfstvakantie" typed in December is "Een paar weken"; "sinds januari" is "Al maanden of langer"', async () => {
    const p = await at(['Opvoeden en kinderen', 'Het gedrag van mijn kind'], december);
    const views = await p.say('sinds de herfstvakantie');
    expect(views.map((v) => v.text).join(' ')).to.not.include('Kies een knop');
    expect(await label(p)).to.equal('geprobeerd');
    const q = await at(['Opvoeden en kinderen', 'Het gedrag van mijn kind'], december);
    await q.say('sinds januari');
    expect(await label(q)).to.equal('geprobeerd');
  });

  it('the same words depend on today: "sinds januari" typed in June is long, "sinds juni" is short', async () => {
    const { momentDays } = await import('../../bot/understand/time-words.js');
    const { lexicon, readText } = await import('../../bot/understand/interpret.js');
    const nl = lexicon({ since: ['sinds'], moments: ['januari 1', 'juni 152', 'herfstvakantie 290'] });
    expect(momentDays(readText('sinds januari'), nl, june())).to.be.greaterThan(60);
    expect(momentDays(readText('sinds juni'), nl, june())).to.be.lessThan(60);
    expect(momentDays(readText('sinds de herfstvakantie'), nl, december())).to.be.within(30, 60);
    // Polish "od" and Turkish "itibaren" say since only next to a moment; Turkish "beri" closes from behind
    expect(momentDays(readText('od stycznia'), lexicon({ momentCue: ['od'], moments: ['stycznia 1'] }), june())).to.be.greaterThan(60);
    expect(momentDays(readText('ocaktan itibaren'), lexicon({ momentCue: ['itibaren'], moments: ['ocaktan 1'] }), june())).to.be.greaterThan(60);
    expect(momentDays(readText('haziran ayindan beri'), lexicon({ since: ['… beri'], moments: ['haziran 152'] }), june())).to.be.lessThan(60);
    // a month without a word of time is no answer to how long
    expect(momentDays(readText('in januari moet ik verhuizen'), nl, december())).to.equal(undefined);
    // "sinds" further back in the same clause still dates it; in another clause it does not
    expect(momentDays(readText('sinds mijn contract afliep in januari'), nl, june())).to.be.greaterThan(60);
    expect(momentDays(readText('sinds hij begin juni zijn baan kwijt is'), nl, june())).to.be.lessThan(60);
    expect(momentDays(readText('het is al lang zo sinds de scheiding. in januari moet ik verhuizen'), nl, december())).to.equal(undefined);
  });

  it('what the rest of such an answer tells is still noted ("sinds de zomer. mijn baan ben ik kwijt")', async () => {
    const p = await at(['Wonen', 'Problemen met de buren'], december);
    const views = await p.say('sinds de zomer. mijn baan ben ik kwijt');
    expect(views.map((v) => v.text).join(' ')).to.include(NOTE);
  });
});
