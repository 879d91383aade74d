/**
 * Issue 16, the content side: an organisation's intake address and promise are facts in the pack
 * (with a source), validated by the schema; without CALLBACK_TO only such organisations are
 * offered, the consent screen shows their promise, and outside office hours the resident is told
 * when they pick it up. The shipped packs have no intake (none could be verified).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../bot/authoring/validate.js';
import { createLogger } from '../bot/log.js';
import { Sealer } from '../bot/outbox/crypto.js';
import { Outbox } from '../bot/outbox/outbox.js';
import { CALLBACK_DEFAULTS } from '../bot/outbox/settings.js';
import { KeyedMutex } from '../bot/store/lock.js';
import { MemoryStore } from '../bot/store/memory-store.js';
import { Callbacks } from '../bot/turn/callback.js';
import { createBot } from '../bot/turn/converse.js';
import { Turns } from '../bot/turn/pipeline.js';
import type { UserEvent } from '../bot/turn/converse.js';
import { ROOT } from './support/project.js';

const FILE = 'content/dordrecht/organisations.yaml';
const INTAKE = `  - id: swt-dordrecht
    callback:
      intake: intake@wijkteam.example
      promise: Het wijkteam belt je binnen 10 werkdagen.
      hours: { days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" }
      retentionDays: 5
      source: { document: testfixture, checked: 2026-11-22 }
`;

const withIntake = (intake: string) => new Map([[FILE, readFileSync(join(ROOT, FILE), 'utf8').replace('  - id: swt-dordrecht\n', intake)]]);

describe('Bel mij terug: intake addresses in the content pack', () => {
  it('the shipped packs have none: nothing could be verified', () => {
    for (const pack of ['dordrecht', 'leiden', 'raalte']) {
      const { project } = validate({ root: ROOT, pack });
      expect([...project.directory.organisations.values()].filter((o) => o.callback).map((o) => o.id), pack).to.deep.equal([]);
    }
    expect(readFileSync(join(ROOT, 'docs', 'content.md'), 'utf8')).to.include('Geen enkel intake-adres is nagekeken');
  });

  it('an intake without a source is a schema error', () => {
    const { diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: withIntake(INTAKE.replace(/ {6}source:.*\n/, '')) });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).to.not.deep.equal([]);
  });

  it('offers only that organisation, shows its promise, and says when it opens when closed', async () => {
    const { project, diagnostics } = validate({ root: ROOT, pack: 'dordrecht', overlay: withIntake(INTAKE) });
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    const bot = createBot(project);
    const store = new MemoryStore();
    const saturday = Date.parse('2026-11-28T12:00:00Z');
    const hook = new Callbacks({ model: () => bot, store, outbox: new Outbox(store), sealer: new Sealer(Buffer.alloc(32, 1)), config: { ...CALLBACK_DEFAULTS, smtpUrl: 'smtp://unused' }, logger: createLogger('silent'), ttlMs: 60_000, now: () => saturday });
    const turns = new Turns({ model: () => bot, store, lock: new KeyedMutex(), logger: createLogger('silent'), ttlMs: 60_000, callback: hook });
    let n = 0;
    const run = (event: UserEvent) => turns.run({ channel: 't', conversation: 'c', activityId: `a${++n}`, event });
    await run({ type: 'start' });
    let last = await run({ type: 'text', text: 'Geld en schulden' });
    for (const a of ['Ik heb schulden', 'Het speelt al lang', 'Nog niets', 'Ja', 'Van mijn schulden af']) last = await run({ type: 'text', text: a });
    const offered = last.messages.at(-1)!.markers?.callback;
    expect(offered?.organisations).to.deep.equal(['swt-dordrecht']); // not Humanitas: no intake
    await run({ type: 'action', action: { type: 'callback', op: 'start', value: 'swt-dordrecht' } });
    await run({ type: 'text', text: '06 12345678' });
    const consent = await run({ type: 'action', action: { type: 'callback', op: 'time', value: 'morning' } });
    expect(consent.messages[0]!.text).to.include('Het wijkteam belt je binnen 10 werkdagen.').and.include('na 5 dagen');
    const sent = await run({ type: 'action', action: { type: 'callback', op: 'yes' } });
    expect(sent.messages[0]!.text).to.include('is nu dicht').and.include('maandag').and.include('09:00');
  });
});
