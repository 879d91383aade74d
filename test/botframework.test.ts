/**
 * The Bot Framework door `/api/messages`: without a registration it does not exist (404 from any
 * address, with any serviceUrl, and the server calls nobody); the open local endpoint for tests
 * and benchmarks answers only in the response and never reaches a Direct Line conversation.
 */
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inProcess, RawClient } from './support/server.js';

/** A catcher for outbound requests: counts every request it gets. */
async function catcher(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits++;
    res.end('{}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, hits: () => hits, close: () => new Promise((ok) => server.close(() => ok())) };
}

const activity = (over: Record<string, unknown>) => ({ type: 'message', id: 'a1', text: 'Wonen', channelId: 'test', conversation: { id: 'c1' }, from: { id: 'u' }, recipient: { id: 'wegwijs' }, ...over });
const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('/api/messages (Bot Framework door)', function () {
  this.timeout(60_000);

  it('without a registered bot it is 404 from any address, with any serviceUrl, and the server calls out to nobody', async () => {
    const server = await inProcess();
    const out = await catcher();
    try {
      const bodies = [
        activity({ serviceUrl: out.url }),
        activity({ serviceUrl: out.url, deliveryMode: 'expectReplies' }),
        activity({ serviceUrl: out.url, channelId: 'directline', conversation: { id: 'someone' } }),
        { type: 'conversationUpdate', conversation: { id: 'x' }, serviceUrl: out.url, membersAdded: [{ id: 'u' }] },
        'not json at all',
      ];
      for (const b of bodies) {
        for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }, { 'x-forwarded-for': '203.0.113.9' }] as Record<string, string>[]) {
          const r = await post(server.base, b, headers);
          expect(r.status, JSON.stringify(b)).to.equal(404);
          const text = await r.text();
          expect(JSON.parse(text)).to.deep.equal({ error: { code: 'NotFound', message: 'Niet gevonden.' } });
        }
      }
      await new Promise((r) => setTimeout(r, 200)); // give a stray outbound call the chance to arrive
      expect(out.hits()).to.equal(0);
    } finally {
      await out.close();
      await server.close();
    }
  });

  describe('the open local endpoint (OPEN_BOT_ENDPOINT, for tests and benchmarks)', () => {
    let server: Awaited<ReturnType<typeof inProcess>>;
    let out: Awaited<ReturnType<typeof catcher>>;
    before(async () => {
      server = await inProcess({ openBotEndpoint: true });
      out = await catcher();
    });
    after(async () => {
      await out.close();
      await server.close();
    });

    it('answers in the response with the turn layer, and an activity id seen before gets no second answer', async () => {
      const body = activity({ id: 'same-id', conversation: { id: 'api-dup' }, text: 'mijn huur is te hoog', serviceUrl: out.url, deliveryMode: 'expectReplies' });
      const first = (await (await post(server.base, body)).json()) as { activities: Record<string, unknown>[] };
      expect(first.activities.some((a) => (a.channelData as { question?: { flow: string } } | undefined)?.question?.flow === 'wonen')).to.equal(true);
      const again = (await (await post(server.base, body)).json()) as { activities: unknown[] };
      expect(again.activities).to.deep.equal([]);
      expect(out.hits()).to.equal(0);
    });

    it('refuses any other delivery mode (it would call the serviceUrl) and calls nobody', async () => {
      const r = await post(server.base, activity({ id: 'n1', serviceUrl: out.url }));
      expect(r.status).to.equal(400);
      await new Promise((res) => setTimeout(res, 200));
      expect(out.hits()).to.equal(0);
    });

    it('answers an activity it cannot take with a short JSON error, never a stack trace, and keeps working', async () => {
      const odd = [
        activity({ id: 'o1', conversation: { id: 'api-odd' }, deliveryMode: 'expectReplies' }), // no serviceUrl
        activity({ id: 'o2', conversation: { id: 'api-odd' }, serviceUrl: 'not a url', deliveryMode: 'expectReplies', timestamp: 'no date' }),
        [activity({ id: 'o3', serviceUrl: out.url, deliveryMode: 'expectReplies' })],
        { ...activity({ id: 'o4', serviceUrl: out.url, deliveryMode: 'expectReplies' }), type: 7 },
      ];
      for (const b of odd) {
        const r = await post(server.base, b);
        const text = await r.text();
        expect(text, JSON.stringify(b)).to.not.match(/\bat .*\(|Error:|node_modules/);
        if (r.status !== 200) expect(JSON.parse(text), JSON.stringify(b)).to.have.nested.property('error.message').that.is.a('string');
      }
      const ok = await post(server.base, activity({ id: 'o5', conversation: { id: 'api-odd-2' }, text: 'mijn huur is te hoog', serviceUrl: out.url, deliveryMode: 'expectReplies' }));
      expect(ok.status).to.equal(200);
      expect(out.hits()).to.equal(0);
    });

    it('never reaches a Direct Line conversation, even when it names one', async () => {
      const dl = await new RawClient(server.base).generate();
      await dl.start();
      await dl.poll();
      await dl.say('Geld en schulden');
      const hijack = activity({ id: 'h1', channelId: 'directline', conversation: { id: dl.conversationId }, text: 'opnieuw beginnen', serviceUrl: out.url, deliveryMode: 'expectReplies' });
      expect((await post(server.base, hijack)).status).to.equal(200);
      // the Direct Line conversation is still in the money flow
      const replies = await dl.say('Ik heb schulden');
      expect(replies.some((a) => String(a.text).includes('Is het dringend'))).to.equal(true);
    });
  });
});
