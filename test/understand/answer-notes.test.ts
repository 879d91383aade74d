/**
 * A typed answer that names someone else's work or helper in passing ("hij werkt in
 * ploegendienst") is the answer, with no second problem on the agenda; one that tells a problem
 * of its own still is noted. Through the turn layer, as Direct Line calls it.
 */
import { expect } from 'chai';
import { turnPort } from '../support/ports.js';
import type { View } from '../support/transcript.js';

async function at(labels: readonly string[]) {
  const p = turnPort();
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
