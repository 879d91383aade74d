/**
 * The real server, driven over HTTP and with the official botframework-directlinejs client:
 * a whole conversation, token isolation, restart mid-conversation, duplicates, bad input.
 */
import { expect } from 'chai';
import type { Activity, DirectLine as DirectLineClient } from 'botframework-directlinejs';
import { childServer, DirectLine, freePort, inProcess, RawClient, tempData } from './support/server.js';

type Running = Awaited<ReturnType<typeof inProcess>>;

/** Collects bot activities from a Direct Line client until `until` holds. */
function collect(dl: DirectLineClient, until: (all: Activity[]) => boolean, ms = 15_000): Promise<Activity[]> {
  return new Promise((ok, fail) => {
    const all: Activity[] = [];
    const timer = setTimeout(() => {
      sub.unsubscribe();
      fail(new Error(`timed out; got: ${all.map((a) => (a as { text?: string }).text).join(' | ')}`));
    }, ms);
    const sub = dl.activity$.subscribe((a) => {
      if (a.from.role !== 'bot') return;
      all.push(a);
      if (until(all)) {
        clearTimeout(timer);
        sub.unsubscribe();
        ok(all);
      }
    });
  });
}

const lastButtons = (all: Activity[]) => {
  const withActions = [...all].reverse().find((a) => (a as { suggestedActions?: unknown }).suggestedActions);
  return ((withActions as { suggestedActions?: { actions: { title: string; value: unknown }[] } })?.suggestedActions?.actions ?? []);
};

describe('server with the official Direct Line client', function () {
  this.timeout(60_000);
  let server: Running;
  before(async () => (server = await inProcess()));
  after(async () => server.close());

  for (const webSocket of [false, true]) {
    it(`a whole conversation reaches a referral (${webSocket ? 'WebSocket' : 'polling'})`, async () => {
      const t = await new RawClient(server.base).generate();
      const dl = new DirectLine({ domain: `${server.base}/v3/directline`, token: t.token, webSocket, pollingInterval: 200 });
      try {
        let seen: Activity[] = await collect(dl, (all) => all.some((a) => (a as { text?: string }).text?.includes('Waar gaat je vraag over')));
        const press = async (title: string, until: (all: Activity[]) => boolean) => {
          const action = lastButtons(seen).find((b) => b.title === title);
          expect(action, `button ${title}`).to.not.equal(undefined);
          const next = collect(dl, until);
          await new Promise((ok, fail) =>
            dl.postActivity({ type: 'message', from: { id: t.conversationId }, text: title, value: action!.value } as unknown as Activity).subscribe({ next: ok, error: fail }),
          );
          seen = await next;
        };
        const hasQuestion = (step: string) => (all: Activity[]) => all.some((a) => (a.channelData as { question?: { step?: string } } | undefined)?.question?.step === step);
        await press('Geld en schulden', hasQuestion('wat'));
        await press('Ik heb schulden', hasQuestion('haast'));
        await press('Het speelt al lang', hasQuestion('geprobeerd'));
        await press('Nog niets', hasQuestion('netwerk'));
        await press('Ja', hasQuestion('wens'));
        await press('Van mijn schulden af', hasQuestion('nog-iets'));
        const referral = seen.find((a) => (a.channelData as { referral?: { service: string } } | undefined)?.referral?.service === 'wijkteam-geld');
        expect(referral, 'referral activity with channelData.referral').to.not.equal(undefined);
        expect((referral!.channelData as { referral: unknown }).referral).to.deep.equal({ organisation: 'swt-dordrecht', service: 'wijkteam-geld' });
        const card = (referral as { attachments?: { contentType: string; content: { text: string; buttons: { type: string; value: string }[] } }[] }).attachments?.[0];
        expect(card?.contentType).to.equal('application/vnd.microsoft.card.hero');
        // one way to call: a tel: link in the card, never a second call button with the same number
        expect(card?.content.text).to.match(/\]\(tel:\d+\)/);
        expect(card?.content.buttons.some((b) => b.type === 'call')).to.equal(false);
        expect(card?.content.buttons.some((b) => b.type === 'openUrl' && b.value.startsWith('https://'))).to.equal(true);
      } finally {
        dl.end();
      }
    });
  }

  it('echoes each user activity with its clientActivityID, as Web Chat expects', async () => {
    const t = await new RawClient(server.base).generate();
    expect((await t.start()).status).to.equal(201);
    expect((await t.start()).status, 'starting again only reconnects').to.equal(200);
    await t.poll();
    await t.post({ type: 'message', text: 'Wonen', channelData: { clientActivityID: 'web-1' } });
    const got = await t.poll();
    const echo = got.find((a) => (a.from as { role: string }).role === 'user');
    expect(echo).to.deep.include({ text: 'Wonen', textFormat: 'plain' });
    expect((echo!.channelData as { clientActivityID: string }).clientActivityID).to.equal('web-1');
    expect(echo!.id).to.be.a('string');
  });

  it('a token of conversation A is refused on conversation B (403)', async () => {
    const a = await new RawClient(server.base).generate();
    const b = await new RawClient(server.base).generate();
    await a.start();
    await b.start();
    const url = `${server.base}/v3/directline/conversations/${b.conversationId}`;
    expect((await fetch(`${url}/activities`, { headers: a.headers(false) })).status).to.equal(403);
    expect((await fetch(`${url}/activities`, { method: 'POST', headers: a.headers(), body: JSON.stringify({ type: 'message', text: 'hoi' }) })).status).to.equal(403);
    expect((await fetch(url, { headers: a.headers(false) })).status).to.equal(403);
    const ws = new WebSocket(`${server.base.replace('http', 'ws')}/v3/directline/conversations/${b.conversationId}/stream?t=${encodeURIComponent(a.token)}`);
    const closed = await new Promise<string>((ok) => {
      ws.onerror = () => ok('refused');
      ws.onopen = () => ok('opened');
    });
    expect(closed).to.equal('refused');
    expect((await b.poll()).filter((x) => (x.from as { role: string }).role === 'user')).to.deep.equal([]);
  });

  it('the same activity posted twice is answered once', async () => {
    const t = await new RawClient(server.base).generate();
    await t.start();
    await t.poll();
    const first = await t.post({ type: 'message', text: 'Geld en schulden', channelData: { clientActivityID: 'dup-1' } });
    const second = await t.post({ type: 'message', text: 'Geld en schulden', channelData: { clientActivityID: 'dup-1' } });
    const ids = [(await first.json()) as { id: string }, (await second.json()) as { id: string }];
    expect(ids[0]!.id).to.equal(ids[1]!.id);
    const got = await t.poll();
    expect(got.filter((a) => (a.from as { role: string }).role === 'user')).to.have.length(1);
    expect(got.filter((a) => (a.channelData as { question?: unknown } | undefined)?.question)).to.have.length(1);
  });

  it('a button from an older message is ignored kindly', async () => {
    const t = await new RawClient(server.base).generate();
    await t.start();
    const menu = (await t.poll()).find((a) => a.suggestedActions) as { suggestedActions: { actions: { value: unknown }[] } };
    await t.say('Geld en schulden');
    await t.post({ type: 'message', text: 'Wonen', value: menu.suggestedActions.actions[1]!.value });
    const replies = (await t.poll()).filter((a) => (a.from as { role: string }).role === 'bot');
    expect(String(replies[0]?.text)).to.include('Die knop hoort bij een eerdere vraag');
    expect((replies.at(-1)!.channelData as { question: { step: string } }).question.step).to.equal('wat');
  });

  describe('bad input gets a 4xx with a short JSON error, and nothing else breaks', () => {
    let t: RawClient;
    before(async () => {
      t = await new RawClient(server.base).generate();
      await t.start();
      await t.poll();
    });
    const url = () => `${server.base}/v3/directline/conversations/${t.conversationId}/activities`;
    const cases: [string, () => Promise<Response>, number][] = [
      ['malformed JSON', () => fetch(url(), { method: 'POST', headers: t.headers(), body: '{"type": "mess' }), 400],
      ['wrong content type', () => fetch(url(), { method: 'POST', headers: { ...t.headers(false), 'content-type': 'text/plain' }, body: 'hallo' }), 415],
      ['oversized body', () => fetch(url(), { method: 'POST', headers: t.headers(), body: JSON.stringify({ type: 'message', text: 'x'.repeat(200_000) }) }), 413],
      ['unknown activity type', () => fetch(url(), { method: 'POST', headers: t.headers(), body: JSON.stringify({ type: 'hack' }) }), 400],
      ['missing type', () => fetch(url(), { method: 'POST', headers: t.headers(), body: JSON.stringify({ text: 'hoi' }) }), 400],
      ['text of the wrong type', () => fetch(url(), { method: 'POST', headers: t.headers(), body: JSON.stringify({ type: 'message', text: { a: 1 } }) }), 400],
      ['an array body', () => fetch(url(), { method: 'POST', headers: t.headers(), body: '[]' }), 400],
      ['no token', () => fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 403],
      ['forged token', () => fetch(url(), { headers: { Authorization: `Bearer ${t.token.slice(0, -4)}AAAA` } }), 403],
      [
        'expired token',
        async () => {
          const [h, , s] = t.token.split('.');
          const body = Buffer.from(JSON.stringify({ conv: t.conversationId, user: 'dl_x', exp: 1 })).toString('base64url');
          return fetch(url(), { headers: { Authorization: `Bearer ${h}.${body}.${s}` } });
        },
      ],
      ['unknown conversation id', () => fetch(`${server.base}/v3/directline/conversations/nope/activities`, { headers: t.headers(false) }), 403],
      ['path tricks', () => fetch(`${server.base}/static/..%2f..%2fpackage.json`), 404],
      ['unknown route', () => fetch(`${server.base}/v3/directline/secret`), 404],
    ].map(([n, f, s]) => [n as string, f as () => Promise<Response>, (s as number | undefined) ?? 403]);
    for (const [name, call, status] of cases) {
      it(`${name} → ${status}`, async () => {
        const r = await call();
        expect(r.status).to.equal(status);
        const text = await r.text();
        expect(text.length).to.be.lessThan(400);
        if (text) expect(() => JSON.parse(text)).to.not.throw();
        expect(text).to.not.match(/at \w+ \(|node_modules|\.ts:\d+/);
      });
    }
    it('the conversation still works afterwards', async () => {
      const replies = await t.say('Wonen');
      expect(replies.some((a) => String(a.text).includes('Wat speelt er met je huis'))).to.equal(true);
    });
  });

  it('serves the page, the vendored Web Chat, health, with security headers', async () => {
    const page = await fetch(`${server.base}/`);
    expect(page.status).to.equal(200);
    const html = await page.text();
    expect(html).to.match(/\/static\/webchat\.[0-9a-f]{10}\.js/).and.include('Opnieuw beginnen');
    expect(page.headers.get('content-security-policy')).to.include("default-src 'none'");
    const js = await fetch(`${server.base}/static/webchat.js`);
    expect(js.status).to.equal(200);
    expect((await js.arrayBuffer()).byteLength).to.be.greaterThan(1_000_000);
    expect(await (await fetch(`${server.base}/healthz`)).json()).to.deep.equal({ status: 'ok' });
  });
});

describe('server process', function () {
  this.timeout(90_000);

  it('continues a conversation after kill -9 and a restart, with the same token', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: tempData(), LOG_LEVEL: 'silent', ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) };
    let s = await childServer(env);
    const t = await new RawClient(s.base).generate();
    try {
      await t.start();
      await t.poll();
      await t.say('Geld en schulden');
      const q = await t.say('Ik heb schulden');
      expect((q.at(-1)!.channelData as { question: { step: string } }).question.step).to.equal('haast');
      s.proc.kill('SIGKILL');
      await new Promise((r) => s.proc.once('exit', r));
      s = await childServer(env);
      const next = await t.say('Het speelt al lang');
      expect((next.at(-1)!.channelData as { question: { step: string } }).question.step).to.equal('geprobeerd');
      const dl = new DirectLine({ domain: `${s.base}/v3/directline`, token: t.token, conversationId: t.conversationId, webSocket: false, pollingInterval: 200 });
      const history = await collect(dl, (all) => all.some((a) => (a.channelData as { question?: { step: string } } | undefined)?.question?.step === 'geprobeerd'));
      dl.end();
      expect(history.length).to.be.greaterThan(3);
    } finally {
      s.proc.kill('SIGKILL');
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const s = await childServer({ PORT: String(await freePort()), DATA_DIR: tempData(), ...(process.env.CONTENT_ROOT ? { CONTENT_ROOT: process.env.CONTENT_ROOT } : {}) });
    s.proc.kill('SIGTERM');
    // 'close' comes after the output pipes are drained; 'exit' may come before the last line.
    const code = await new Promise((r) => s.proc.once('close', r));
    expect(code).to.equal(0);
    expect(s.output()).to.include('"event":"shutdown"');
    expect(s.output()).to.not.include('Wonen');
  });

  it('with MicrosoftAppId set, /api/messages requires a channel token', async () => {
    const server = await inProcess({ microsoftAppId: '00000000-0000-0000-0000-000000000001', microsoftAppPassword: 'x', microsoftAppType: 'MultiTenant' });
    try {
      const r = await fetch(`${server.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hoi', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, serviceUrl: 'http://127.0.0.1/' }),
      });
      expect(r.status).to.equal(401);
      const gen = await fetch(`${server.base}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(gen.status, 'the embedded channel is off when registered with Azure').to.equal(404);
    } finally {
      await server.close();
    }
  });
});
