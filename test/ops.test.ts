/**
 * Operations against started servers: `/readyz` beside `/healthz`, `/metrics` (off by default,
 * bearer token when configured, labelled counters, turn latency, process metrics, never text),
 * and a drain on SIGTERM while a turn is in flight: the turn is held deterministically by taking
 * its conversation's lock in Redis, so no timing decides the outcome.
 */
import { expect } from 'chai';
import { once } from 'node:events';
import { createClient } from 'redis';
import { startRedis, type RedisProcess } from './support/redis.js';
import { childServer, freePort, inProcess, RawClient, tempData } from './support/server.js';

const TOKEN = 'a-metrics-token-for-tests';

/** Polls `probe` until it returns true (each poll waits a little; the test's timeout bounds it). */
async function until(probe: () => Promise<boolean>): Promise<void> {
  while (!(await probe().catch(() => false))) await new Promise((r) => setTimeout(r, 50));
}

describe('operations endpoints', function () {
  this.timeout(90_000);

  it('/readyz is ready, /metrics is off unless asked for', async () => {
    const server = await inProcess();
    try {
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).to.equal(200);
      expect(await ready.json()).to.deep.equal({ status: 'ready' });
      expect((await fetch(`${server.base}/metrics`)).status).to.equal(404);
    } finally {
      await server.close();
    }
  });

  it('/metrics with a token: labelled counters, turn latency, process metrics, no text', async () => {
    const server = await inProcess({ metrics: true, metricsToken: TOKEN });
    try {
      expect((await fetch(`${server.base}/metrics`)).status).to.equal(401);
      expect((await fetch(`${server.base}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-same-size!' } })).status).to.equal(401);
      const t = await new RawClient(server.base).generate();
      await t.start();
      await t.poll();
      await t.say('Geld en schulden');
      await t.say('mijn geheime verhaal over de buren');
      const r = await fetch(`${server.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(r.status).to.equal(200);
      expect(r.headers.get('content-type')).to.include('text/plain');
      const text = await r.text();
      expect(text).to.include('wegwijs_conversation_events_total{event="started"} 1');
      expect(text).to.include('wegwijs_leefgebied_total{leefgebied="geld"} 1');
      expect(text).to.include('wegwijs_language_total{language="nl"} 1');
      expect(text).to.match(/wegwijs_turn_duration_seconds_count\{channel="directline"\} [1-9]/);
      expect(text).to.include('wegwijs_turns_in_flight{channel="directline"} 0');
      expect(text).to.include('process_resident_memory_bytes');
      expect(text).to.include('nodejs_eventloop_lag_seconds');
      expect(text).to.not.include('geheime').and.not.include('buren');
    } finally {
      await server.close();
    }
  });

  describe('drain on SIGTERM', () => {
    let redis: RedisProcess;
    before(async () => (redis = await startRedis(await freePort())));
    after(async () => redis?.stop());

    it('readyz turns 503, the turn in flight finishes and is answered, then the process exits 0', async () => {
      const s = await childServer({ PORT: String(await freePort()), REDIS_URL: redis.url, TOKEN_SECRET: 'drain-test-secret-0123456789', METRICS: 'on', LOG_LEVEL: 'info', DATA_DIR: tempData(), ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) });
      const client = createClient({ url: redis.url });
      await client.connect();
      try {
        const t = await new RawClient(s.base).generate();
        await t.start();
        await t.poll();
        // Hold the conversation's lock: the next turn waits for it, in flight.
        const lock = `wegwijs:lock:bot/directline/${t.conversationId}`;
        expect(await client.set(lock, 'test', { condition: 'NX', expiration: { type: 'PX', value: 60_000 } })).to.equal('OK');
        const posted = t.post({ type: 'message', text: 'Geld en schulden', channelData: { clientActivityID: 'drain-1' } });
        await until(async () => (await (await fetch(`${s.base}/metrics`)).text()).includes('wegwijs_turns_in_flight{channel="directline"} 1'));
        const exited = once(s.proc, 'exit');
        s.proc.kill('SIGTERM');
        await until(async () => (await fetch(`${s.base}/readyz`)).status === 503);
        const draining = await fetch(`${s.base}/readyz`);
        expect(await draining.json()).to.deep.equal({ status: 'draining', inFlight: 1 });
        expect((await fetch(`${s.base}/healthz`)).status, 'alive while draining').to.equal(200);
        expect(s.proc.exitCode, 'still running while a turn is in flight').to.equal(null);
        await client.del(lock);
        const answer = await posted;
        expect(answer.status).to.equal(200);
        const [code] = (await exited) as [number | null];
        expect(code).to.equal(0);
        const events = s.output().split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { event: string }).event);
        expect(events).to.include.members(['shutdown', 'draining', 'stopped']);
        expect(events.indexOf('draining')).to.be.below(events.indexOf('stopped'));
      } finally {
        await client.quit();
        if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
      }
    });
  });
});
