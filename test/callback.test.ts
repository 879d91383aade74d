/**
 * Issue 16, "Bel mij terug", against the real server as a child process (file store) and a real
 * SMTP server (smtp-server, in its own process): a consented request arrives once with "Mijn
 * vraag" and the contact; kill -9 between consent and delivery; a mail server that is down or
 * refuses for a while; without consent nothing is kept; after delivery nothing is left in the
 * store's files or the logs.
 */
import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { directLinePort } from './support/ports.js';
import { childServer, freePort, tempData } from './support/server.js';
import { startMailCatcher, until, type MailCatcher } from './support/smtp.js';
import { press, toConsent } from './support/callback.js';

const KEY = Buffer.alloc(32, 11).toString('base64');
const PHONE = '06 12345678'; // what toConsent types
const DIGITS = ['12345678', '1234 5678', '+31612345678'];

/** Every file under a folder, read as text. */
function filesOf(dir: string): string {
  // the running server writes its store atomically (a .tmp file renamed over the old one): a file
  // listed may be gone before it is read, so the whole folder is read again, never a file skipped
  for (let attempt = 1; ; attempt++) {
    try {
      return walk(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw e;
    }
  }
}

/** {@link filesOf} in one pass; throws ENOENT when a file goes while it is read. */
function walk(dir: string): string {
  return readdirSync(dir).map((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : readFileSync(p, 'latin1');
  }).join('\n');
}

describe('Bel mij terug: a consented request over SMTP (file store)', function () {
  this.timeout(120_000);
  const procs: ChildProcess[] = [];
  const catchers: MailCatcher[] = [];
  const dirs: string[] = [];

  afterEach(async () => {
    for (const p of procs.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    for (const c of catchers.splice(0)) await c.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const env = (smtp: string, dataDir: string) => ({ SMTP_URL: smtp, CALLBACK_TO: 'intake@wijkteam.example', DATA_KEY: KEY, DATA_DIR: dataDir, CALLBACK_POLL_MS: '100', CALLBACK_RETRY_MS: '100', CALLBACK_RETRY_MAX_MS: '400', SMTP_TIMEOUT_MS: '2000', LOG_LEVEL: 'info', ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) });
  const server = async (e: Record<string, string>) => {
    const s = await childServer({ PORT: String(await freePort()), ...e });
    procs.push(s.proc);
    return s;
  };
  const catcher = async (port: number, failFirst = 0, start = true) => {
    const dir = tempData();
    dirs.push(dir);
    const c = await startMailCatcher(port, join(dir, 'mails.jsonl'), failFirst);
    if (!start) await c.stop();
    catchers.push(c);
    return c;
  };
  const noRequestLeft = (dataDir: string) => !/callback\/(outbox\/[0-9a-f-]{36}|draft\/)/.test(filesOf(dataDir));

  it('delivers it once, with "Mijn vraag" and the contact, then keeps nothing of it', async () => {
    const mail = await catcher(await freePort());
    const data = tempData();
    dirs.push(data);
    const s = await server(env(mail.url, data));
    const p = await directLinePort(s.base);
    const consent = await toConsent(p);
    const screen = consent.at(-1)!;
    expect(screen.markers.callback?.state).to.equal('consent');
    for (const part of ['Alleen', 'gratis', 'Mijn vraag', 'Van mijn schulden af', `Telefoon: ${PHONE}`, 'In de ochtend']) expect(screen.text).to.include(part);
    const sent = await press(p, consent, 'yes');
    expect(sent[0]!.markers.callback?.state).to.equal('queued');
    expect(sent[0]!.text).to.match(/^Verstuurd\./);
    await until(() => mail.mails().length > 0, 'the mail arrives');
    await until(() => noRequestLeft(data), 'the request is deleted after delivery');
    // The worker logs after it removed the request: wait for the line, do not race it.
    await until(() => s.output().includes('callback_sent'), 'the delivery is logged');
    const mails = mail.mails();
    expect(mails).to.have.length(1);
    expect(mails[0]!.to).to.deep.equal(['intake@wijkteam.example']);
    expect(mails[0]!.messageId).to.match(/^<callback-[0-9a-f-]{36}@wegwijs\.invalid>$/);
    for (const part of [`Telefoon: ${PHONE}`, 'Mijn vraag', 'Wat ik wil: Van mijn schulden af', 'In de ochtend']) expect(mails[0]!.text).to.include(part);
    // Nothing of it in the store's files (state, Direct Line history, outbox) or in the logs.
    const files = filesOf(data);
    for (const d of DIGITS) expect(files).to.not.include(d);
    for (const d of DIGITS) expect(s.output()).to.not.include(d);
    await p.close?.();
  });

  it('delivers once after kill -9 between consent and delivery (mail server down at first)', async () => {
    const port = await freePort();
    const mail = await catcher(port, 0, false);
    const data = tempData();
    dirs.push(data);
    const first = await server(env(mail.url, data));
    const p = await directLinePort(first.base);
    const sent = await press(p, await toConsent(p), 'yes');
    expect(sent[0]!.markers.callback?.state).to.equal('queued');
    await until(() => first.output().includes('callback_retry'), 'a first attempt failed');
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));
    await mail.start();
    await server(env(mail.url, data));
    await until(() => mail.mails().length > 0, 'the mail arrives after the restart');
    await until(() => noRequestLeft(data), 'the request is deleted after delivery');
    expect(mail.mails()).to.have.length(1);
    await p.close?.();
  });

  it('retries while the mail server refuses, and delivers once after', async () => {
    const mail = await catcher(await freePort(), 3);
    const data = tempData();
    dirs.push(data);
    const s = await server(env(mail.url, data));
    const p = await directLinePort(s.base);
    await press(p, await toConsent(p), 'yes');
    await until(() => mail.mails().length > 0, 'the mail arrives after the refusals');
    await until(() => noRequestLeft(data), 'the request is deleted after delivery');
    expect(mail.mails()).to.have.length(1);
    expect(s.output().match(/callback_retry/g)?.length ?? 0).to.be.at.least(3);
    await p.close?.();
  });

  it('keeps nothing without consent, and sends nothing', async () => {
    const mail = await catcher(await freePort());
    const data = tempData();
    dirs.push(data);
    const s = await server(env(mail.url, data));
    const p = await directLinePort(s.base);
    const no = await press(p, await toConsent(p), 'no');
    expect(no[0]!.markers.callback?.state).to.equal('cancelled');
    expect(no.at(-1)!.markers.question, 'the conversation goes on').to.not.equal(undefined);
    // And a resident who walks away from the consent screen by another button: the draft goes too.
    const p2 = await directLinePort(s.base);
    const screen = await toConsent(p2, '+31 6 1234 5678');
    const human = screen.at(-1)!.buttons.find((b) => (b.value as { wegwijs?: { op?: string } }).wegwijs?.op === 'no')!;
    expect(human).to.not.equal(undefined);
    const back = await p2.press({ wegwijs: { type: 'human' } }, 'Praat met een mens');
    expect(back.some((v) => v.markers.handoff)).to.equal(true);
    expect(noRequestLeft(data)).to.equal(true);
    const files = filesOf(data);
    for (const d of DIGITS) expect(files).to.not.include(d);
    expect(mail.mails()).to.have.length(0);
    await p.close?.();
    await p2.close?.();
  });
});
