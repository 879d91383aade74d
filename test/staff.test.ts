/**
 * The staff preview (`STAFF_PREVIEW=1 npm run dev`, /staff): the validator's messages and a flow as
 * a picture, refreshed after a save; off unless asked for; file content only as JSON.
 */
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import restify from 'restify';
import { mountStaffPreview, staffPreviewEnabled, type StaffStatus } from '../bot/web/staff.js';
import { ROOT } from './support/project.js';

describe('staff preview', function () {
  this.timeout(120_000);
  let dir = '';
  let base = '';
  let server: restify.Server;
  let preview: { refresh(): void };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-staff-'));
    for (const d of ['flows', 'content', 'locales']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    server = restify.createServer();
    preview = mountStaffPreview(server, { root: dir, pack: 'dordrecht' });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  });

  const status = async (query: string): Promise<StaffStatus & { unchanged?: true }> => (await (await fetch(`${base}/staff/status?${query}`)).json()) as StaffStatus;

  it('is off unless STAFF_PREVIEW=1', () => {
    expect(staffPreviewEnabled({})).to.equal(false);
    expect(staffPreviewEnabled({ STAFF_PREVIEW: 'true', NODE_ENV: 'production' })).to.equal(false);
    expect(staffPreviewEnabled({ STAFF_PREVIEW: '1' })).to.equal(true);
  });

  it('serves the page with the same strict CSP as the chat page, and no file content in it', async () => {
    const r = await fetch(`${base}/staff`);
    expect(r.status).to.equal(200);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).to.include("default-src 'none'").and.include("script-src 'nonce-").and.include("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).to.equal('nosniff');
    const html = await r.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(html).to.include(`<script nonce="${nonce}">`);
    expect(html).to.not.include('Wat speelt er met geld?');
    expect(html, 'everything from files is shown as text').to.not.match(/innerHTML = (?!svg)/);
  });

  it('shows the diagnostics and a flow as Mermaid source with its steps', async () => {
    const s = await status('flow=geld');
    expect(s.summary).to.deep.equal({ errors: 0, warnings: 0 });
    expect(s.flow).to.equal('geld');
    expect(s.flows).to.include('start');
    expect(s.mermaid).to.match(/^flowchart TD/).and.include('Wat speelt er met geld?');
    expect(s.steps?.find((x) => x.id === 'wat')).to.deep.include({ kind: 'question', text: 'Wat speelt er met geld?', next: ['haast'] });
    expect((await status(`flow=geld&since=${s.version}`)).unchanged, 'nothing changed: nothing sent').to.equal(true);
  });

  it('refreshes after a save: a broken target appears with file, line and a Dutch message', async () => {
    const before = await status('flow=geld');
    const file = join(dir, 'flows', 'geld.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('next: haast', 'next: <script>alert(1)</script>'));
    preview.refresh();
    const s = await status(`flow=geld&since=${before.version}`);
    expect(s.unchanged).to.equal(undefined);
    expect(s.summary.errors).to.be.greaterThan(0);
    expect(s.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)).to.include('flows/geld.yaml error SCHEMA_VALUE');
  });
});
