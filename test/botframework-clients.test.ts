/**
 * The Bot Framework door keeps its connector and user-token clients instead of building them for
 * every request: the same for the same bot and channel address, another for another address.
 */
import { expect } from 'chai';
import { CachingAuthentication } from '../bot/channels/botframework/adapter.js';

const activity = (serviceUrl: string) => ({ type: 'message', id: 'a1', text: 'hoi', channelId: 'test', conversation: { id: 'c1' }, from: { id: 'u' }, recipient: { id: 'bot' }, serviceUrl }) as never;

describe('/api/messages: connector clients kept per channel address', () => {
  it('gives the same connector for the same serviceUrl, another for another, and one user-token client', async () => {
    const auth = new CachingAuthentication({ MicrosoftAppType: 'MultiTenant' });
    const one = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const two = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const a = await one.connectorFactory!.create('http://127.0.0.1:1/', one.audience);
    const b = await two.connectorFactory!.create('http://127.0.0.1:1/', two.audience);
    const c = await two.connectorFactory!.create('http://127.0.0.1:2/', two.audience);
    expect(a).to.equal(b);
    expect(c).to.not.equal(a);
    expect(await auth.createUserTokenClient(one.claimsIdentity)).to.equal(await auth.createUserTokenClient(two.claimsIdentity));
  });

  it('keeps a bounded number: many addresses do not grow it without end', async () => {
    const auth = new CachingAuthentication({ MicrosoftAppType: 'MultiTenant' });
    const r = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const first = await r.connectorFactory!.create('http://127.0.0.1:1/', r.audience);
    for (let i = 2; i < 200; i++) await r.connectorFactory!.create(`http://127.0.0.1:${i}/`, r.audience);
    expect((auth as unknown as { connectors: Map<string, unknown> }).connectors.size).to.be.at.most(64);
    expect(await r.connectorFactory!.create('http://127.0.0.1:1/', r.audience)).to.not.equal(first);
  });
});
