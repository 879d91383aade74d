/**
 * Privacy by design: a resident types a BSN, a phone number and an e-mail address (at the menu and
 * at a question that keeps own words). None of them ends up in the statistics, the logs or anything
 * stored on disk; the statistics hold counts only.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../bot/log.js';
import { startServer } from '../bot/server.js';
import { countTurn } from '../bot/stats/count.js';
import { RawClient, testConfig } from './support/server.js';

const SECRETS = ['123456782', '12345678', '0612345678', '06-1234 5678', 'jan.jansen@example.nl', 'jansen@example', 'NL91ABNA0417164300'];
/** The forms an audit found kept (issue 17): a German mobile, a Turkish mobile, a name, a foreign IBAN. */
const WORLD = ['0049 170 1234567', '170 1234567', '+90 532 123 45 67', '532 123 45 67', 'Fatima', 'El Amrani', 'DE89 3704 0044 0532 0130 00', '0532013000'];

describe('privacy: nothing a resident types that identifies them is kept', function () {
  this.timeout(60_000);

  it('leaves no BSN, phone number or e-mail in the statistics, the logs or the stored state', async () => {
    const logs: string[] = [];
    const config = testConfig({ logLevel: 'info' });
    const server = await startServer(config, { logger: createLogger('info', (l) => logs.push(l)) });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      const c = await new RawClient(base).generate();
      await c.start();
      await c.poll();
      const typed = 'mijn bsn is 123456782, bel me op 06-1234 5678 of mail jan.jansen@example.nl, rekening NL91 ABNA 0417 1643 00';
      const atMenu = await c.say(typed);
      expect(atMenu.some((a) => String(a.text).includes('Ik heb het niet bewaard'))).to.equal(true);
      await c.say('Geld en schulden');
      const own = await c.say(`ik heb schulden. ${typed}`);
      expect(own.some((a) => String(a.text).includes('Ik heb het niet bewaard'))).to.equal(true);
      await c.say('Het speelt al lang');
      const world = 'mijn naam is Fatima El Amrani, mijn nummer is 0049 170 1234567 of +90 532 123 45 67, rekening DE89 3704 0044 0532 0130 00';
      const kept = await c.say(world);
      expect(kept.some((a) => String(a.text).includes('Ik heb het niet bewaard'))).to.equal(true);
      c.watermark = 0;
      const everything = JSON.stringify(await c.poll());
      for (const s of [...SECRETS, ...WORLD]) expect(everything, `history served back contains ${s}`).to.not.include(s);
    } finally {
      await server.close();
    }
    const stored = readFileSync(join(config.dataDir, 'store', 'store.log'), 'utf8');
    expect(stored.length).to.be.greaterThan(100);
    for (const s of [...SECRETS, ...WORLD]) {
      expect(stored, `stored state contains ${s}`).to.not.include(s);
      expect(logs.join('\n'), `logs contain ${s}`).to.not.include(s);
    }
    const statsLine = stored.split('\n').find((l) => l.includes('"k":"stats/'));
    expect(statsLine, 'statistics were written').to.not.equal(undefined);
    const counts = (JSON.parse(statsLine!) as { d: Record<string, number> }).d;
    expect(counts.started).to.equal(1);
    expect(counts['leefgebied:geld']).to.equal(1);
    for (const key of Object.keys(counts)) expect(key, 'a counter name from a fixed vocabulary').to.match(/^(started|finished|handoff|crisis|easy|leefgebied:[a-z]+|referral:[a-z0-9-]+|language:[a-z-]+|at:[a-z]+#[a-z0-9-]+|helped:(yes|bit|no)(:(leefgebied|referral):[a-z0-9-]+)?|untranslated:[a-z-]+)$/);
    for (const value of Object.values(counts)) expect(value).to.be.a('number');
    expect(logs.some((l) => l.includes('"event":"turn"'))).to.equal(true);
  });

  it('counts turns with fixed names only', () => {
    const c = countTurn(undefined, { v: 1, flow: 'start', step: 'menu', answers: {}, trail: [], visited: [], lang: 'nl' }, []);
    expect(Object.fromEntries(c)).to.deep.equal({ started: 1, 'language:nl': 1, 'at:start#menu': 1 });
  });

  it('counts the safety question and a "no" to it, never what was held behind it', () => {
    const at = { v: 1 as const, flow: 'start', step: 'menu', answers: {}, trail: [], visited: [], lang: 'nl' };
    const held = { ...at, held: { type: 'topic' as const, flow: 'geld', words: 'ik heb 0612345678 schulden' } };
    const asked = countTurn(at, held, [{ text: 'Is er nu gevaar?', speak: '', markers: { safetyQuestion: true } }]);
    expect(Object.fromEntries(asked)).to.deep.equal({ safetyQuestion: 1 });
    const no = countTurn(held, { ...at, safeSaid: true }, []);
    expect(Object.fromEntries(no)).to.deep.equal({ safe: 1 });
  });
});
