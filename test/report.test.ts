/** The statistics report: small counts hidden as "<5", charts and CSV, and `npm run report` from a clean state. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barChart, csv, html, shown } from '../bot/stats/report.js';
import { translator } from '../bot/i18n.js';
import { ROOT, shippedBot } from './support/project.js';

const t = translator(shippedBot().i18n, 'nl');
const say = (key: string, params?: Readonly<Record<string, string>>) => t(`system:report.${key}`, params);
const labels = { say, leefgebied: (x: string) => x.toUpperCase(), organisation: (x: string) => `org ${x}`, step: (x: string) => x };

describe('statistics report', function () {
  this.timeout(60_000);
  it('shows counts below 5 as "<5", in the CSV, the page and the charts', () => {
    const days = new Map([['2026-11-21', { started: 3, 'leefgebied:geld': 12, 'leefgebied:taal': 2, 'referral:meeplus': 4 }]]);
    expect(shown(4)).to.equal('<5');
    expect(shown(5)).to.equal('5');
    const c = csv(days, labels);
    expect(c).to.include('2026-11-21;leefgebied:geld;12').and.include('2026-11-21;leefgebied:taal;<5').and.include('started;<5');
    expect(c).to.not.match(/;[1-4]\n/);
    const page = html(days, labels, 'Dordrecht');
    expect(page).to.include('GELD').and.include('&lt;5');
    // the labels come from locales/nl/system.yaml, not from code
    expect(c.split('\n')[0]).to.equal('dag;teller;aantal');
    expect(page).to.include('Wegwijs — rapport Dordrecht').and.include('Gesprekken begonnen').and.include('2026-11-21 tot en met 2026-11-21');
    const svg = barChart('x', [{ label: 'a', n: 2 }]);
    expect(svg).to.include('width="0"').and.include('&lt;5');
  });

  it('npm run report writes the page, the CSV and a chart per figure (with --simulate on a fresh clone)', () => {
    const out = mkdtempSync(join(tmpdir(), 'wegwijs-report-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bot', 'cli', 'report.ts'), '--simulate', '200', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).to.equal(0);
    for (const f of ['rapport.html', 'rapport.csv', 'leefgebieden.svg', 'verwijzingen.svg', 'afhaken.svg']) expect(existsSync(join(out, f)), f).to.equal(true);
    const page = readFileSync(join(out, 'rapport.html'), 'utf8');
    expect(page).to.include('Hulpvragen per leefgebied').and.include('Gesprekken begonnen');
    // the simulated residents answered "Heeft dit geholpen?": the report shows the counts per organisation
    expect(page).to.include('Heeft dit geholpen?').and.not.include('Nog geen antwoorden');
    expect(readFileSync(join(out, 'rapport.csv'), 'utf8')).to.match(/;helped:(yes|bit|no):referral:[a-z0-9-]+;/);
    expect(readFileSync(join(out, 'rapport.csv'), 'utf8').split('\n').length).to.be.greaterThan(10);
  });
});
