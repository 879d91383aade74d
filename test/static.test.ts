/**
 * The light page: Web Chat vendored from the installed package, static files named by their
 * content hash and cached for a year, compressed as the browser asks, and the bytes of a first
 * visit measured against a started server.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncodings, hashedPath } from '../bot/web/static.js';
import { ROOT } from './support/project.js';
import { inProcess } from './support/server.js';
import { decoded, raw, referenced } from './support/wire.js';

/** The limit on a first visit's bytes over the wire (issue 18). */
const FIRST_VISIT_LIMIT = 1.1 * 1024 * 1024;

describe('static files', function () {
  this.timeout(60_000);

  it('the vendored Web Chat is the installed botframework-webchat version, byte for byte', () => {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(dirname(require.resolve('botframework-webchat')));
    const installed = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
    const record = JSON.parse(readFileSync(join(ROOT, 'bot/web/vendor/webchat.json'), 'utf8')) as { version: string; sha256: string; bytes: number };
    const vendored = readFileSync(join(ROOT, 'bot/web/vendor/webchat.js'));
    expect(record.version, 'npm run vendor:webchat after updating the package').to.equal(installed.version);
    expect(createHash('sha256').update(vendored).digest('hex')).to.equal(record.sha256);
    expect(vendored.equals(readFileSync(join(pkgDir, 'dist', 'webchat.js')))).to.equal(true);
  });

  it('reads Accept-Encoding with q-values, and names files by hash', () => {
    expect([...acceptedEncodings('br;q=1.0, gzip;q=0.8, *;q=0.1')]).to.deep.equal(['br', 'gzip', '*']);
    expect(acceptedEncodings('br;q=0, gzip').has('br')).to.equal(false);
    expect(acceptedEncodings(undefined).size).to.equal(0);
    expect(hashedPath('/static/webchat.js', 'abc123')).to.equal('/static/webchat.abc123.js');
  });

  describe('against a started server', () => {
    let server: Awaited<ReturnType<typeof inProcess>>;
    before(async () => (server = await inProcess()));
    after(async () => server.close());

    it('a first visit (page, scripts, styles) is under 1.1 MB over the wire with br, gzip', async () => {
      const page = await raw(`${server.base}/`, { 'accept-encoding': 'br, gzip' });
      expect(page.status).to.equal(200);
      expect(page.headers['cache-control']).to.equal('no-store');
      expect(page.headers['content-encoding'], 'the page itself is compressed too').to.equal('br');
      const urls = referenced(decoded(page).toString('utf8'));
      expect(urls.some((u) => /^\/static\/webchat\.[0-9a-f]{10}\.js$/.test(u)), urls.join(' ')).to.equal(true);
      expect(urls.some((u) => /^\/static\/app\.[0-9a-f]{10}\.css$/.test(u))).to.equal(true);
      let total = page.body.length;
      const rows = [`/ ${page.body.length} (br)`];
      for (const u of urls) {
        const r = await raw(`${server.base}${u}`, { 'accept-encoding': 'br, gzip' });
        expect(r.status, u).to.equal(200);
        expect(r.headers['cache-control'], u).to.equal('public, max-age=31536000, immutable');
        expect(['br', 'gzip'], u).to.include(r.headers['content-encoding']);
        expect(r.headers['vary']).to.include('Accept-Encoding');
        total += r.body.length;
        rows.push(`${u} ${r.body.length} (${String(r.headers['content-encoding'])})`);
      }
      process.stdout.write(`      first visit: ${total} bytes — ${rows.join(', ')}\n`);
      expect(total).to.be.below(FIRST_VISIT_LIMIT);
    });

    it('compresses the page per request as the client asks (br, gzip, or not at all), and never caches it', async () => {
      /** The page with its per-request nonce blanked out, and the nonce. */
      const page = async (acceptEncoding?: string) => {
        const r = await raw(`${server.base}/`, acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });
        expect(r.status).to.equal(200);
        expect(r.headers['cache-control'], acceptEncoding).to.equal('no-store');
        expect(r.headers['vary'], acceptEncoding).to.include('Accept-Encoding');
        expect(r.headers['content-security-policy'], acceptEncoding).to.match(/script-src 'nonce-[^']+'/);
        expect(Number(r.headers['content-length']), acceptEncoding).to.equal(r.body.length);
        const html = decoded(r).toString('utf8');
        const nonce = /nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))![1]!;
        expect(html, 'the nonce of the header is in the page').to.include(`nonce="${nonce}"`);
        return { encoding: r.headers['content-encoding'], bytes: r.body.length, html: html.replaceAll(nonce, 'NONCE') };
      };
      const br = await page('br, gzip');
      const gz = await page('gzip, deflate');
      const plain = await page();
      const refused = await page('br;q=0, gzip;q=0');
      expect([br.encoding, gz.encoding, plain.encoding, refused.encoding]).to.deep.equal(['br', 'gzip', undefined, undefined]);
      expect(br.bytes).to.be.below(plain.bytes / 2);
      expect(gz.bytes).to.be.below(plain.bytes / 2);
      expect(br.html).to.equal(plain.html);
      expect(gz.html).to.equal(plain.html);
      expect(refused.html).to.equal(plain.html);
      expect(plain.html).to.include('data-exit-url="https://www.google.nl/"').and.include('"ar":{"dir":"rtl"');
    });

    it("another gemeente's server compresses its own page (its exit URL, every language's texts)", async () => {
      const raalte = await inProcess({ gemeente: 'raalte', exitUrl: 'https://www.example.nl/weg' });
      try {
        const r = await raw(`${raalte.base}/`, { 'accept-encoding': 'gzip, br' });
        expect(r.headers['content-encoding']).to.equal('br');
        const html = decoded(r).toString('utf8');
        expect(html).to.include('data-exit-url="https://www.example.nl/weg"').and.include('"uk":{"dir":"ltr"');
      } finally {
        await raalte.close();
      }
    });

    it('serves each encoding correctly, the identity without Accept-Encoding, and 304 on a known ETag', async () => {
      const original = readFileSync(join(ROOT, 'bot/web/vendor/webchat.js'));
      const br = await raw(`${server.base}/static/webchat.js`, { 'accept-encoding': 'br' });
      expect(br.headers['content-encoding']).to.equal('br');
      expect(br.headers['cache-control'], 'the unhashed path revalidates').to.equal('no-cache');
      expect(brotliDecompressSync(br.body).equals(original)).to.equal(true);
      const gz = await raw(`${server.base}/static/webchat.js`, { 'accept-encoding': 'gzip, br;q=0' });
      expect(gz.headers['content-encoding']).to.equal('gzip');
      expect(gunzipSync(gz.body).equals(original)).to.equal(true);
      const plain = await raw(`${server.base}/static/webchat.js`);
      expect(plain.headers['content-encoding']).to.equal(undefined);
      expect(plain.body.equals(original)).to.equal(true);
      const again = await raw(`${server.base}/static/webchat.js`, { 'if-none-match': String(plain.headers['etag']) });
      expect(again.status).to.equal(304);
      expect(again.body.length).to.equal(0);
    });
  });
});
