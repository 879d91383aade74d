/**
 * Scale-out on a real Redis: three server processes share one Redis and the requests of one
 * conversation go round-robin over them. A conversation completes; kill -9 of an instance in the
 * middle loses nothing; the same activity posted to two instances at once is answered once;
 * with Redis stopped, requests get a 503 within seconds, and after Redis is back everything
 * committed before is still there.
 */
import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { startRedis, type RedisProcess } from './support/redis.js';
import { childServer, freePort, RawClient, tempData } from './support/server.js';

const step = (a: Record<string, unknown> | undefined) => (a?.channelData as { question?: { step: string } } | undefined)?.question?.step;

describe('several instances on one Redis', function () {
  this.timeout(120_000);
  let redis: RedisProcess;
  let instances: { proc: ChildProcess; base: string }[] = [];

  before(async () => {
    redis = await startRedis(await freePort());
    const secret = 'test-secret-shared-by-all-instances';
    for (let i = 0; i < 3; i++) {
      instances.push(await childServer({ PORT: String(await freePort()), REDIS_URL: redis.url, TOKEN_SECRET: secret, LOG_LEVEL: 'silent', DATA_DIR: tempData(), ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) }));
    }
  });
  after(async () => {
    for (const i of instances) i.proc.kill('SIGKILL');
    await redis?.stop();
  });

  /** A client whose every request goes to the next instance. */
  const roundRobin = async () => {
    let n = 0;
    const alive = () => instances.filter((i) => i.proc.exitCode === null && i.proc.signalCode === null);
    const c = await new RawClient(instances[0]!.base).generate();
    const next = () => {
      const list = alive();
      return list[n++ % list.length]!.base;
    };
    return new Proxy(c, {
      get(target, prop, receiver) {
        if (prop === 'base') return next();
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  };

  it('completes a conversation with requests spread round-robin', async () => {
    const c = await roundRobin();
    await c.start();
    await c.poll();
    const answers = ['Geld en schulden', 'Ik heb schulden', 'Het speelt al lang', 'Nog niets', 'Ja', 'Van mijn schulden af'];
    let last: Record<string, unknown>[] = [];
    for (const a of answers) last = await c.say(a);
    expect(last.some((a) => (a.channelData as { referral?: { service: string } } | undefined)?.referral?.service === 'wijkteam-geld')).to.equal(true);
    expect(step(last.at(-1))).to.equal('nog-iets');
  });

  it('continues on another instance after kill -9 of one mid-conversation', async () => {
    const c = await roundRobin();
    await c.start();
    await c.poll();
    await c.say('Geld en schulden');
    instances[1]!.proc.kill('SIGKILL');
    await new Promise((r) => instances[1]!.proc.once('exit', r));
    const r1 = await c.say('Ik heb schulden');
    expect(step(r1.at(-1))).to.equal('haast');
    const r2 = await c.say('Het speelt al lang');
    expect(step(r2.at(-1))).to.equal('geprobeerd');
    instances = instances.filter((i) => i.proc.exitCode === null && i.proc.signalCode === null);
  });

  it('answers the same activity, posted to two instances at once, once', async () => {
    const a = await new RawClient(instances[0]!.base).generate();
    await a.start();
    await a.poll();
    const b = Object.assign(new RawClient(instances[1]!.base), { token: a.token, conversationId: a.conversationId });
    const activity = { type: 'message', text: 'Geld en schulden', channelData: { clientActivityID: 'twice-1' } };
    const [r1, r2] = await Promise.all([a.post(activity), b.post(activity)]);
    expect(r1.status).to.equal(200);
    expect(r2.status).to.equal(200);
    const ids = [((await r1.json()) as { id: string }).id, ((await r2.json()) as { id: string }).id];
    expect(ids[0]).to.equal(ids[1]);
    const all = await a.poll();
    expect(all.filter((x) => (x.from as { role: string }).role === 'user')).to.have.length(1);
    expect(all.filter((x) => step(x) === 'wat')).to.have.length(1);
  });

  it('answers 503 while Redis is down (no hang: the request ends), and keeps everything committed', async () => {
    const c = await new RawClient(instances[0]!.base).generate();
    await c.start();
    await c.poll();
    await c.say('Geld en schulden');
    await redis.stop();
    const r = await c.post({ type: 'message', text: 'Ik heb schulden', channelData: { clientActivityID: 'down-1' } });
    expect(r.status).to.equal(503);
    expect(((await r.json()) as { error: { code: string } }).error.code).to.equal('Unavailable');
    expect((await fetch(`${instances[0]!.base}/healthz`)).status).to.equal(503);
    await redis.start();
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await fetch(`${instances[0]!.base}/healthz`)).status !== 200) await new Promise((x) => setTimeout(x, 200));
    const back = await c.say('Ik heb schulden', 'down-2');
    expect(step(back.at(-1)), 'the answer before the outage was kept').to.equal('haast');
  });
});
