/**
 * Fuzzing the endpoints with thousands of malformed and hostile requests: every answer is a
 * 4xx, the server never crashes, and a normal conversation still works afterwards.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { inProcess, RawClient } from './support/server.js';

type Running = Awaited<ReturnType<typeof inProcess>>;

describe('fuzzing the endpoints', function () {
  this.timeout(180_000);
  let server: Running;
  let victim: RawClient;
  before(async () => {
    server = await inProcess();
    victim = await new RawClient(server.base).generate();
    await victim.start();
    await victim.poll();
  });
  after(async () => server.close());

  const paths = [
    '/v3/directline/tokens/generate',
    '/v3/directline/tokens/refresh',
    '/v3/directline/conversations',
    '/v3/directline/conversations/{id}',
    '/v3/directline/conversations/{id}/activities',
    '/v3/directline/conversations/{other}/activities',
    '/v3/directline/conversations/../../etc/passwd/activities',
    '/v3/directline/conversations/%2e%2e%2f%2e%2e%2fpackage.json',
    '/static/../../package.json',
    '/static/%2e%2e/%2e%2e/package.json',
    '/static/webchat.js/../../bot/server.ts',
    '/api/messages',
    '/nope',
  ];
  const bodies = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.constant('{"type":"message","text":'),
    fc.constant('\u0000\u0001\u0002'),
    fc.constant('x'.repeat(100_000)),
    fc.record({ type: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), text: fc.oneof(fc.string(), fc.integer(), fc.object()), value: fc.anything() }).map((o) => JSON.stringify(o)),
    fc.record({ type: fc.constant('message'), channelData: fc.anything(), from: fc.anything(), conversation: fc.anything() }).map((o) => JSON.stringify(o)),
  );
  const tokens = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 60 }),
    fc.constant('Bearer '),
    fc.constant('Bearer eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.'),
    fc.base64String({ maxLength: 200 }).map((s) => `Bearer ${s}.${s}.${s}`),
    fc.constant('FORGED'),
  );
  const request = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
    path: fc.constantFrom(...paths),
    query: fc.constantFrom('', '?watermark=-1', '?watermark=abc', '?watermark=999999999999', '?t=x'),
    body: bodies,
    type: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''),
    auth: tokens,
  });

  it('answers thousands of hostile requests with a 4xx and keeps running', async () => {
    const statuses = new Map<number, number>();
    const samples = fc.sample(request, 2500);
    for (let i = 0; i < samples.length; i += 25) {
      await Promise.all(
        samples.slice(i, i + 25).map(async (r) => {
          const path = r.path.replace('{id}', victim.conversationId).replace('{other}', 'someone-else');
          const auth = r.auth === 'FORGED' ? `Bearer ${victim.token.slice(0, -6)}abcdef` : r.auth;
          const headers: Record<string, string> = {};
          if (r.type) headers['content-type'] = r.type;
          if (auth) headers.authorization = auth;
          const res = await fetch(`${server.base}${path}${r.query}`, { method: r.method, headers, ...(r.method === 'GET' ? {} : { body: r.body }) });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const ok2xx = res.status < 300 && (path.endsWith('/tokens/generate') || (path.includes('/api/messages') && r.method === 'POST'));
          expect(res.status < 500, `${r.method} ${path} → ${res.status} ${text.slice(0, 200)}`).to.equal(true);
          expect(res.status >= 400 || ok2xx, `${r.method} ${path} → ${res.status}`).to.equal(true);
          expect(text).to.not.match(/at \w+ \(|node_modules|\.ts:\d+|root:x:0/);
        }),
      );
    }
    expect([...statuses.keys()].every((s) => s < 500)).to.equal(true);
    expect((await fetch(`${server.base}/healthz`)).status).to.equal(200);
  });

  it('a normal conversation still works afterwards', async () => {
    const replies = await victim.say('Geld en schulden');
    expect(replies.some((a) => String(a.text).includes('Wat speelt er met geld'))).to.equal(true);
    const fresh = await new RawClient(server.base).generate();
    expect((await fresh.start()).status).to.equal(201);
  });

  it('limits how fast one address may call (rate limit on every endpoint)', async () => {
    const limited = await inProcess({ rateLimitPerSecond: 5, tokenRateLimitPerMinute: 6 });
    try {
      const codes = await Promise.all(Array.from({ length: 40 }, () => fetch(`${limited.base}/healthz`).then((r) => r.status)));
      expect(codes.filter((c) => c === 429).length).to.be.greaterThan(0);
      const gen = [];
      for (let i = 0; i < 10; i++) gen.push((await fetch(`${limited.base}/v3/directline/tokens/generate`, { method: 'POST' })).status);
      expect(gen).to.include(429);
    } finally {
      await limited.close();
    }
  });
});
