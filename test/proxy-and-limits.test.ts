/**
 * Safe behind a proxy: with TRUST_PROXY every limit counts per real client, read from the
 * X-Forwarded-For a real reverse-proxy process appends; WebSocket streams are capped per
 * conversation, count against the rate limit, and close when their token expires; and the smaller
 * points of the audit (prototype keys as client ids, a Redis set-up without a shared secret, a
 * quiet 401 in JWT mode, unhandled rejections, the CSP of every HTML file).
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { ROOT } from './support/project.js';
import { childServer, freePort, inProcess, RawClient, tempData } from './support/server.js';

/** A GET from a given loopback address (127.0.0.0/8 all reach this machine), returning the status. */
function getFrom(localAddress: string, url: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(url, { localAddress }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

async function startProxy(target: string): Promise<{ proc: ChildProcess; base: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'proxy-child.ts')], { env: { ...process.env, TARGET: target }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((ok, fail) => {
    proc.stdout!.on('data', (d: Buffer) => {
      const m = /listening (\d+)/.exec(d.toString());
      if (m) ok(Number(m[1]));
    });
    proc.once('exit', () => fail(new Error('proxy exited')));
  });
  return { proc, base: `http://127.0.0.1:${port}` };
}

/** Twenty requests from one client address: how many were refused. */
async function burst(from: string, url: string, n = 20): Promise<number> {
  const codes: number[] = [];
  for (let i = 0; i < n; i++) codes.push(await getFrom(from, url));
  return codes.filter((c) => c === 429).length;
}

describe('behind a reverse proxy, and the limits of streams', function () {
  this.timeout(60_000);

  for (const trusted of [true, false]) {
    it(trusted ? 'with TRUST_PROXY, two clients behind the proxy get their own limits' : 'without TRUST_PROXY, every client behind the proxy shares the proxy\'s limit (why the setting exists)', async () => {
      const server = await inProcess({ rateLimitPerSecond: 0.5, trustProxy: trusted ? ['loopback'] : [] });
      const proxy = await startProxy(server.base);
      try {
        expect(await burst('127.0.0.2', `${proxy.base}/healthz`), 'the busy client is limited').to.be.greaterThan(0);
        const other = await getFrom('127.0.0.3', `${proxy.base}/healthz`);
        expect(other).to.equal(trusted ? 200 : 429);
      } finally {
        proxy.proc.kill('SIGTERM');
        await server.close();
      }
    });
  }

  it('never believes X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const server = await inProcess({ rateLimitPerSecond: 0.5, trustProxy: ['10.0.0.0/8'] });
    try {
      // a direct client that claims other addresses in the header is still counted as itself
      let refused = 0;
      for (let i = 0; i < 20; i++) {
        const r = await fetch(`${server.base}/healthz`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
        if (r.status === 429) refused++;
      }
      expect(refused).to.be.greaterThan(0);
      // and one request from another address is still welcome: the claims made no bucket of their own
      expect(await getFrom('127.0.0.4', `${server.base}/healthz`)).to.equal(200);
    } finally {
      await server.close();
    }
  });

  it('caps streams per conversation, counts upgrades against the rate limit, and closes a stream when its token expires', async () => {
    const server = await inProcess({ tokenTtlSeconds: 2, streamsPerConversation: 2 });
    try {
      const c = await new RawClient(server.base).generate();
      const { streamUrl } = (await (await c.start()).json()) as { streamUrl: string };
      const open = (url: string) =>
        new Promise<{ ws: WebSocket; status: 'open' | number }>((ok) => {
          const ws = new WebSocket(url);
          ws.once('open', () => ok({ ws, status: 'open' }));
          ws.once('unexpected-response', (_req, res) => ok({ ws, status: res.statusCode ?? 0 }));
          ws.once('error', () => undefined);
        });
      const a = await open(streamUrl);
      const b = await open(streamUrl);
      const third = await open(streamUrl);
      expect([a.status, b.status, third.status]).to.deep.equal(['open', 'open', 429]);
      const closed = await new Promise<number>((ok) => a.ws.once('close', (code) => ok(code)));
      expect(closed, 'the stream ends with its token').to.equal(4001);
      b.ws.close();
    } finally {
      await server.close();
    }
    const limited = await inProcess({ rateLimitPerSecond: 1 });
    try {
      const c = await new RawClient(limited.base).generate();
      const started = await c.start();
      const { streamUrl } = (await started.json()) as { streamUrl: string };
      const statuses: (number | 'open')[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          await new Promise((ok) => {
            const ws = new WebSocket(streamUrl);
            ws.once('open', () => (ws.close(), ok('open')));
            ws.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0));
            ws.once('error', () => undefined);
          }),
        );
      }
      expect(statuses, 'upgrades take from the same bucket as requests').to.include(429);
    } finally {
      await limited.close();
    }
  });

  it('answers a message whose clientActivityID is __proto__ or constructor, once', async () => {
    const server = await inProcess();
    try {
      const c = await new RawClient(server.base).generate();
      await c.start();
      await c.poll();
      for (const id of ['__proto__', 'constructor', 'toString']) {
        const replies = await c.say('Wonen', id);
        expect(replies.length, id).to.be.greaterThan(0);
        expect(await c.say('Wonen', id), `${id} again`).to.deep.equal([]);
      }
    } finally {
      await server.close();
    }
  });

  it('refuses to start on Redis without a shared TOKEN_SECRET, with a message that says why', async () => {
    let message = '';
    try {
      await inProcess({ redisUrl: 'redis://127.0.0.1:1', tokenSecret: '' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.include('TOKEN_SECRET').and.include('REDIS_URL');
  });

  it('in JWT mode a stranger gets a quiet 401: no stack trace in the output', async () => {
    const s = await childServer({ PORT: String(await freePort()), DATA_DIR: tempData(), LOG_LEVEL: 'silent', MicrosoftAppId: '00000000-0000-0000-0000-000000000002', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' });
    try {
      const body = JSON.stringify({ type: 'message', text: 'hoi', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, serviceUrl: 'http://127.0.0.1/' });
      for (const authorization of [undefined, 'Bearer nonsense', 'Bearer a.b.c']) {
        const r = await fetch(`${s.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body });
        expect(r.status).to.equal(401);
      }
      expect(s.output()).to.not.match(/AuthenticationError|\n\s+at /);
    } finally {
      s.proc.kill('SIGKILL');
    }
  });

  it('an unhandled rejection is logged by name and the process goes on', async () => {
    const script = `import { guardProcess } from ${JSON.stringify(join(ROOT, 'bot', 'process-guards.ts'))}; guardProcess(); Promise.reject(new TypeError('met tekst van een inwoner')); setTimeout(() => console.log('nog in leven'), 50);`;
    const out = await new Promise<{ code: number | null; text: string }>((ok) => {
      const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
      let text = '';
      p.stdout.on('data', (d: Buffer) => (text += d.toString()));
      p.stderr.on('data', (d: Buffer) => (text += d.toString()));
      p.on('exit', (code) => ok({ code, text }));
    });
    expect(out.code).to.equal(0);
    expect(out.text).to.include('nog in leven').and.include('"event":"unhandled_rejection"').and.include('TypeError');
    expect(out.text).to.not.include('met tekst van een inwoner');
  });

  it('every HTML file has a Content-Security-Policy, and the page may connect to its own host only', async () => {
    const server = await inProcess();
    try {
      for (const path of ['/', '/embed-demo.html']) {
        const csp = (await fetch(`${server.base}${path}`)).headers.get('content-security-policy') ?? '';
        expect(csp, path).to.include("default-src 'none'");
        expect(csp, path).to.not.match(/connect-src[^;]*\bwss?:/);
      }
    } finally {
      await server.close();
    }
  });
});
