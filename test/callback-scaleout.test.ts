/**
 * Issue 16 on a real Redis: two instances share one outbox. Requests made while the mail server
 * is down are each delivered once when it comes back (both workers race for them), and nothing
 * of them is left in Redis afterwards.
 */
import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { press, toConsent } from './support/callback.js';
import { directLinePort } from './support/ports.js';
import { startRedis, type RedisProcess } from './support/redis.js';
import { childServer, freePort, tempData } from './support/server.js';
import { startMailCatcher, until, type MailCatcher } from './support/smtp.js';

describe('Bel mij terug on two instances sharing one Redis', function () {
  this.timeout(180_000);
  let redis: RedisProcess;
  let mail: MailCatcher;
  const procs: { proc: ChildProcess; base: string; output: () => string }[] = [];
  const dir = tempData();
  const dataDirs: string[] = [];

  before(async () => {
    redis = await startRedis(await freePort());
    mail = await startMailCatcher(await freePort(), join(dir, 'mails.jsonl'));
    await mail.stop(); // down at first: the requests wait in the outbox
    const env = { REDIS_URL: redis.url, TOKEN_SECRET: 'shared-test-secret', DATA_KEY: Buffer.alloc(32, 5).toString('hex'), SMTP_URL: mail.url, CALLBACK_TO: 'intake@wijkteam.example', CALLBACK_POLL_MS: '50', CALLBACK_RETRY_MS: '50', CALLBACK_RETRY_MAX_MS: '200', LOG_LEVEL: 'info', ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) };
    for (let i = 0; i < 2; i++) {
      dataDirs.push(tempData());
      procs.push(await childServer({ ...env, PORT: String(await freePort()), DATA_DIR: dataDirs[i]! }));
    }
  });
  after(async () => {
    for (const p of procs) p.proc.kill('SIGKILL');
    await mail?.stop();
    await redis?.stop();
    for (const d of [dir, ...dataDirs]) rmSync(d, { recursive: true, force: true });
  });

  it('delivers each request once, and leaves nothing of them in Redis', async () => {
    const phones = ['06 11111111', '06 22222222', '06 33333333'];
    for (const [i, phone] of phones.entries()) {
      const p = await directLinePort(procs[i % 2]!.base);
      const sent = await press(p, await toConsent(p, phone), 'yes');
      expect(sent[0]!.markers.callback?.state).to.equal('queued');
      await p.close?.();
    }
    await until(() => procs.every((p) => p.output().includes('callback_retry')), 'both instances tried while the mail server was down');
    await mail.start();
    await until(() => mail.mails().length >= phones.length, 'every request arrives');
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      await until(async () => (await client.keys('*callback/outbox/*')).every((k) => k.endsWith('/index')), 'the outbox is empty');
      await until(async () => procs.map((p) => p.output().match(/callback_sent/g)?.length ?? 0).reduce((a, b) => a + b, 0) >= phones.length, 'both workers are done');
      const mails = mail.mails();
      expect(mails).to.have.length(phones.length);
      expect(new Set(mails.map((m) => m.messageId)).size).to.equal(phones.length);
      for (const phone of phones) expect(mails.filter((m) => m.text.includes(`Telefoon: ${phone}`))).to.have.length(1);
      // Nothing of them in Redis: no key, no value, and not in its append-only file on disk.
      expect(await client.keys('*callback/draft/*')).to.deep.equal([]);
      const values = await Promise.all((await client.keys('*')).map(async (k) => ((await client.type(k)) === 'hash' ? JSON.stringify(await client.hGetAll(k)) : '')));
      expect(values.join('\n'), 'the conversations themselves are there to search').to.include('Van mijn schulden af');
      for (const phone of phones) {
        const digits = phone.slice(3);
        expect(values.join('\n')).to.not.include(digits);
        for (const p of procs) expect(p.output()).to.not.include(digits);
      }
    } finally {
      await client.quit();
    }
  });
});
