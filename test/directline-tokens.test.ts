/** Direct Line tokens: valid ones are remembered, but expiry and forgery are judged every time. */
import { expect } from 'chai';
import { TokenSigner } from '../bot/channels/directline/tokens.js';

describe('Direct Line tokens', () => {
  it('grants a signed token, refuses a changed or foreign one, also after the valid one was remembered', () => {
    const signer = new TokenSigner('secret-a', () => 1_000);
    const token = signer.sign('conv-1', 'dl_user', 60);
    expect(signer.verify(token)).to.deep.include({ conv: 'conv-1', user: 'dl_user', exp: 1_060 });
    expect(signer.verify(token)).to.deep.include({ conv: 'conv-1' });
    const [head, body, sig] = token.split('.') as [string, string, string];
    const otherBody = Buffer.from(JSON.stringify({ conv: 'conv-2', user: 'dl_user', exp: 1_060 })).toString('base64url');
    expect(signer.verify(`${head}.${otherBody}.${sig}`)).to.equal(undefined);
    expect(signer.verify(`${head}.${body}.${sig.slice(0, -2)}xx`)).to.equal(undefined);
    expect(new TokenSigner('secret-b', () => 1_000).verify(token)).to.equal(undefined);
    expect(signer.verify(undefined)).to.equal(undefined);
    expect(signer.verify('a.b')).to.equal(undefined);
  });

  it('refuses a remembered token once it has expired', () => {
    let now = 1_000;
    const signer = new TokenSigner('secret', () => now);
    const token = signer.sign('conv', 'dl_user', 60);
    expect(signer.verify(token)).to.not.equal(undefined);
    now = 1_059;
    expect(signer.verify(token)).to.not.equal(undefined);
    now = 1_060;
    expect(signer.verify(token)).to.equal(undefined);
  });
});
