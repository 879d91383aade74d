/**
 * Issue 16, the parts: the data key and sealing, reading contact details, office hours, the
 * backoff, the outbox's leases, the worker's give-up, and the dialogue's answers to bad input —
 * in process, over a memory store, with a mailer that records or fails.
 */
import { expect } from 'chai';
import { createServer, type Server, type Socket } from 'node:net';
import { toActivities } from '../bot/channels/activity.js';
import { parseButton } from '../bot/engine/actions.js';
import { createLogger } from '../bot/log.js';
import { readContact } from '../bot/outbox/contact.js';
import { parseDataKey, Sealer } from '../bot/outbox/crypto.js';
import { nextOpening } from '../bot/outbox/hours.js';
import { smtpMailer, type Mail } from '../bot/outbox/mail.js';
import { Outbox, OUTBOX_INDEX } from '../bot/outbox/outbox.js';
import { CALLBACK_DEFAULTS, readCallbackConfig } from '../bot/outbox/settings.js';
import { startCallbacks } from '../bot/outbox/start.js';
import { backoff, OutboxWorker } from '../bot/outbox/worker.js';
import { KeyedMutex } from '../bot/store/lock.js';
import { MemoryStore } from '../bot/store/memory-store.js';
import { Turns } from '../bot/turn/pipeline.js';
import type { UserEvent } from '../bot/turn/converse.js';
import { shippedBot } from './support/project.js';

const KEY = Buffer.alloc(32, 3);
const silent = createLogger('silent');

describe('Bel mij terug: the parts', () => {
  it('reads a 32-byte DATA_KEY as hex or base64, and nothing else', () => {
    expect(parseDataKey(KEY.toString('hex'))?.equals(KEY)).to.equal(true);
    expect(parseDataKey(KEY.toString('base64'))?.equals(KEY)).to.equal(true);
    expect(parseDataKey(KEY.toString('base64url'))?.equals(KEY)).to.equal(true);
    for (const bad of ['', 'secret', Buffer.alloc(16).toString('base64'), Buffer.alloc(31).toString('hex')]) expect(parseDataKey(bad)).to.equal(undefined);
  });

  it('seals with AES-256-GCM: opens only with the same key and place', () => {
    const s = new Sealer(KEY);
    const sealed = s.seal({ phone: '+31612345678' }, 'callback/outbox/a');
    expect(JSON.stringify(sealed)).to.not.include('612345678');
    expect(s.open(sealed, 'callback/outbox/a')).to.deep.equal({ phone: '+31612345678' });
    expect(s.open(sealed, 'callback/outbox/b')).to.equal(undefined);
    expect(new Sealer(Buffer.alloc(32, 4)).open(sealed, 'callback/outbox/a')).to.equal(undefined);
  });

  it('takes a phone number that can be dialled from the Netherlands, or an e-mail address', () => {
    expect(readContact('06 12345678')).to.deep.include({ kind: 'phone', value: '+31612345678', display: '06 12345678' });
    expect(readContact('+31 (0)6-1234 5678')?.value).to.equal('+31612345678');
    expect(readContact('078 123 4567')?.value).to.equal('+31781234567');
    expect(readContact('+1 202 555 0143')).to.deep.include({ kind: 'phone', value: '+12025550143' });
    expect(readContact('Naam@Example.nl')).to.deep.include({ kind: 'email', value: 'naam@example.nl' });
    for (const bad of ['abc', 'bel me maar', '0612', '06-1234567a', '(555) 123-4567', '12', 'naam@', 'a@b', `${'x'.repeat(300)}@example.nl`]) expect(readContact(bad), bad).to.equal(undefined);
  });

  it('says when a closed intake opens again (Dutch time)', () => {
    const hours = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };
    expect(nextOpening(hours, new Date('2026-11-30T10:00:00Z'))).to.equal(undefined); // Monday 11:00
    expect(nextOpening(hours, new Date('2026-11-28T12:00:00Z'))?.toISOString()).to.equal('2026-11-30T08:00:00.000Z'); // Saturday → Monday 09:00
    expect(nextOpening(hours, new Date('2026-12-01T17:30:00Z'))?.toISOString()).to.equal('2026-12-02T08:00:00.000Z'); // Tuesday evening → Wednesday
  });

  it('backs off doubling, up to the maximum, with defaults in one frozen place', () => {
    const c = { ...CALLBACK_DEFAULTS, retryMs: 100, retryMaxMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((n) => backoff(c, n))).to.deep.equal([100, 200, 400, 800, 1000, 1000]);
    expect(Object.isFrozen(CALLBACK_DEFAULTS)).to.equal(true);
    expect(readCallbackConfig({})).to.deep.equal(CALLBACK_DEFAULTS);
    expect(readCallbackConfig({ CALLBACK_RETRY_MS: '50', SMTP_URL: 'smtp://x' })).to.deep.include({ retryMs: 50, smtpUrl: 'smtp://x' });
  });

  it('lets one instance at a time hold a request (lease), and another after the lease ends', async () => {
    const store = new MemoryStore();
    const box = new Outbox(store);
    const sealed = new Sealer(KEY).seal({}, 'x');
    await box.enqueue('r1', sealed, 1000, 10_000, 20_000);
    await box.enqueue('r1', sealed, 1000, 10_000, 20_000); // the same yes twice is one request
    expect(await box.ids()).to.deep.equal(['r1']);
    const a = await box.claim('r1', 'A', 1000, 500);
    expect(a?.item.lease?.owner).to.equal('A');
    expect(await box.claim('r1', 'B', 1200, 500)).to.equal(undefined);
    const b = await box.claim('r1', 'B', 1600, 500);
    expect(b?.item.lease?.owner).to.equal('B');
    await box.later(a!, 1700, 3000); // A's stale claim changes nothing
    await box.later(b!, 1700, 3000);
    expect(await box.claim('r1', 'A', 2000, 500)).to.equal(undefined); // not due yet
    await box.remove('r1');
    expect((await store.get(OUTBOX_INDEX))?.value).to.deep.equal([]);
  });

  it('deletes an undeliverable request at its give-up time and counts it, never its content', async () => {
    const store = new MemoryStore();
    const box = new Outbox(store);
    const sealer = new Sealer(KEY);
    let now = 1000;
    await box.enqueue('r2', sealer.seal({ id: 'r2', to: 'x@example.nl', contact: { kind: 'phone', value: '+31612345678' }, time: 'x', summary: 's', lang: 'nl', organisation: 'o', organisationName: 'O', created: '' }, 'callback/outbox/r2'), now, 5000, 60_000);
    const counted: string[] = [];
    const lines: string[] = [];
    const worker = new OutboxWorker({ outbox: box, sealer, send: async () => Promise.reject(new Error('down')), config: { ...CALLBACK_DEFAULTS, retryMs: 10, retryMaxMs: 10 }, logger: createLogger('info', (l) => lines.push(l)), count: (n) => counted.push(n), now: () => now });
    await worker.tick();
    expect(counted).to.deep.equal([]);
    now = 6000;
    await worker.tick();
    expect(counted).to.deep.equal(['callback:failed']);
    expect(await box.ids()).to.deep.equal([]);
    expect(lines.join('\n')).to.not.include('612345678');
  });

  it('never lets a mail server that hangs hold up a turn, and gives up the attempt at the timeout', async () => {
    const sockets: Socket[] = [];
    const hang: Server = createServer((s) => sockets.push(s)); // accepts, never greets
    await new Promise<void>((ok) => hang.listen(0, '127.0.0.1', () => ok()));
    const port = (hang.address() as { port: number }).port;
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 300);
    const sent: Promise<void> = mailer.send({ from: 'a@example.nl', to: 'b@example.nl', subject: 's', text: 't', messageId: '<m@x>' } satisfies Mail);
    const bot = shippedBot();
    const turns = new Turns({ model: () => bot, store: new MemoryStore(), lock: new KeyedMutex(), logger: silent, ttlMs: 60_000 });
    const r = await turns.run({ channel: 't', conversation: 'c', event: { type: 'start' } });
    expect(r.messages.length).to.be.greaterThan(0);
    let failed = false;
    await sent.catch(() => (failed = true));
    expect(failed).to.equal(true);
    mailer.close();
    for (const s of sockets) s.destroy();
    await new Promise((ok) => hang.close(ok));
  });
});

describe('Bel mij terug: the dialogue in process', () => {
  const setup = (over: Partial<typeof CALLBACK_DEFAULTS> = {}) => {
    const store = new MemoryStore();
    const bot = shippedBot();
    const mails: Mail[] = [];
    const cb = startCallbacks({ config: { ...CALLBACK_DEFAULTS, to: 'intake@example.nl', dataKey: KEY.toString('hex'), pollMs: 60_000, ...over }, store, model: () => bot, logger: silent, ttlMs: 60_000, send: async (m) => void mails.push(m) });
    const turns = new Turns({ model: () => bot, store, lock: new KeyedMutex(), logger: silent, ttlMs: 60_000, ...(cb ? { callback: cb.hook } : {}) });
    let n = 0;
    const run = (event: UserEvent) => turns.run({ channel: 't', conversation: 'c', activityId: `a${++n}`, event });
    return { store, cb, run, mails };
  };

  it('offers no call-back without a valid DATA_KEY', () => {
    expect(setup({ dataKey: '' }).cb).to.equal(undefined);
    expect(setup({ dataKey: 'too-short' }).cb).to.equal(undefined);
  });

  it('asks kindly to check a number that is not one, cuts a long time of day, and never keeps the number in the echo', async () => {
    const { run, cb } = setup();
    await run({ type: 'start' });
    const asked = await run({ type: 'action', action: { type: 'callback', op: 'start', value: 'swt-dordrecht' } });
    expect(asked.messages[0]!.markers?.callback?.state).to.equal('contact');
    for (const bad of ['bel me', '0612', '(555) 123-4567', '06-1234567a']) {
      const r = await run({ type: 'text', text: bad });
      expect(r.messages[0]!.markers?.callback?.state, bad).to.equal('check');
      expect(r.messages[0]!.text).to.match(/nakijken/);
    }
    const ok = await run({ type: 'text', text: '06 12345678' });
    expect(ok.kept).to.not.include('12345678');
    expect(ok.messages[0]!.markers?.callback?.state).to.equal('time');
    const consent = await run({ type: 'text', text: `na vijf uur ${'x'.repeat(2000)}` });
    const screen = consent.messages[0]!;
    expect(screen.markers?.callback?.state).to.equal('consent');
    const time = /Beste moment: (.*)/.exec(screen.text)![1]!;
    expect(time.length).to.be.at.most(80);
    expect(consent.kept!.length).to.be.at.most(80);
    expect(screen.keep?.text).to.not.include('12345678');
    expect(screen.text).to.include('06 12345678');
    await cb!.close();
  });

  it('its buttons survive the activity mapping as the same inputs', async () => {
    const { run, cb } = setup();
    await run({ type: 'start' });
    const views = [await run({ type: 'action', action: { type: 'human' } })];
    views.push(await run({ type: 'action', action: { type: 'callback', op: 'start', value: 'swt-dordrecht' } }));
    views.push(await run({ type: 'text', text: '06 12345678' }));
    views.push(await run({ type: 'action', action: { type: 'callback', op: 'time', value: 'evening' } }));
    const ops = new Set<string>();
    for (const r of views) {
      for (const [i, a] of toActivities(r.messages, 'nl', 'u').entries()) {
        const buttons = r.messages[i]!.buttons ?? [];
        for (const [j, x] of ((a.suggestedActions as { actions: { value: unknown }[] } | undefined)?.actions ?? []).entries()) {
          const back = parseButton(JSON.parse(JSON.stringify(x.value)));
          expect(back).to.deep.equal(buttons[j]!.action);
          if (back?.type === 'callback') ops.add(back.op);
        }
      }
    }
    expect([...ops].sort()).to.deep.equal(['no', 'retime', 'contact', 'start', 'time', 'yes'].sort());
    await cb!.close();
  });

  it('lets the resident change the number or the time before saying yes', async () => {
    const { run, cb, store } = setup();
    await run({ type: 'start' });
    await run({ type: 'action', action: { type: 'callback', op: 'start', value: 'swt-dordrecht' } });
    await run({ type: 'text', text: '06 12345678' });
    await run({ type: 'action', action: { type: 'callback', op: 'time', value: 'morning' } });
    expect((await run({ type: 'action', action: { type: 'callback', op: 'contact' } })).messages[0]!.markers?.callback?.state).to.equal('contact');
    const changed = await run({ type: 'text', text: '06 87654321' });
    expect(changed.messages[0]!.text).to.include('06 87654321').and.include('In de ochtend').and.not.include('06 12345678');
    expect((await run({ type: 'action', action: { type: 'callback', op: 'retime' } })).messages[0]!.markers?.callback?.state).to.equal('time');
    const retimed = await run({ type: 'action', action: { type: 'callback', op: 'time', value: 'evening' } });
    expect(retimed.messages[0]!.text).to.include('06 87654321').and.include('In de avond');
    const no = await run({ type: 'action', action: { type: 'callback', op: 'no' } });
    expect(no.messages[0]!.markers?.callback?.state).to.equal('cancelled');
    expect(await store.get('callback/draft/t/c')).to.equal(undefined);
    expect(await cb!.hook.intake('swt-dordrecht')).to.not.equal(undefined);
    await cb!.close();
  });

  it('keeps protecting a phone number typed outside the call-back', async () => {
    const { run, cb } = setup();
    await run({ type: 'start' });
    const r = await run({ type: 'text', text: 'bel me op 06 12345678 over geld' });
    expect(r.kept).to.not.include('12345678');
    expect(r.messages.map((m) => m.text).join('\n')).to.not.include('12345678');
    await cb!.close();
  });

  it('delivers an e-mail contact once; a second yes finds nothing left', async () => {
    const { run, cb, mails } = setup();
    await run({ type: 'start' });
    await run({ type: 'action', action: { type: 'callback', op: 'start', value: 'swt-dordrecht' } });
    await run({ type: 'text', text: 'naam@example.nl' });
    await run({ type: 'action', action: { type: 'callback', op: 'time', value: 'any' } });
    const done = await run({ type: 'action', action: { type: 'callback', op: 'yes' } });
    expect(done.messages[0]!.markers?.callback?.state).to.equal('queued');
    await cb!.worker.tick();
    expect(mails).to.have.length(1);
    expect(mails[0]!.text).to.include('E-mail: naam@example.nl');
    const again = await run({ type: 'action', action: { type: 'callback', op: 'yes' } });
    expect(again.messages[0]!.markers?.callback?.state).to.equal('gone');
    await cb!.close();
  });
});
