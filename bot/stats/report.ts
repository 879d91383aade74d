/**
 * The statistics report: totals, help questions per leefgebied, referrals per organisation and
 * where conversations stop, as an HTML page with SVG bar charts and a CSV. Counts below 5 are
 * shown as "<5", so no small group can be singled out.
 * @packageDocumentation
 */
import type { DayCounts } from './collector.js';

/** Labels for the report (Dutch names of leefgebieden, organisations and steps, and its own texts). */
export interface ReportLabels {
  /** A text of the report from `locales/<default>/system.yaml` (`report.<key>`). */
  readonly say: (key: string, params?: Readonly<Record<string, string>>) => string;
  readonly leefgebied: (id: string) => string;
  readonly organisation: (id: string) => string;
  readonly step: (flowStep: string) => string;
}

/** Counts below this are shown as "<5". */
export const SMALL = 5;

/** A count as shown: the number, or "<5". */
export const shown = (n: number): string => (n < SMALL ? `<${SMALL}` : String(n));

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Sums the counters of several days. */
export function total(days: ReadonlyMap<string, DayCounts>): DayCounts {
  const sum: DayCounts = {};
  for (const d of days.values()) for (const [k, v] of Object.entries(d)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

function group(sum: DayCounts, prefix: string, label: (id: string) => string): { label: string; n: number }[] {
  return Object.entries(sum)
    .filter(([k, v]) => k.startsWith(prefix) && v > 0)
    .map(([k, v]) => ({ label: label(k.slice(prefix.length)), n: v }))
    .sort((a, b) => b.n - a.n);
}

/** A horizontal bar chart as SVG; bars of small counts are not drawn, only labelled "<5". */
export function barChart(title: string, rows: readonly { label: string; n: number }[]): string {
  const rowH = 26;
  const w = 720;
  const labelW = 280;
  const max = Math.max(1, ...rows.map((r) => r.n));
  const h = 40 + rows.length * rowH;
  const bars = rows
    .map((r, i) => {
      const y = 34 + i * rowH;
      const len = r.n < SMALL ? 0 : Math.max(2, Math.round(((w - labelW - 70) * r.n) / max));
      return (
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${len}" height="${rowH - 8}" fill="#00689e"/>` +
        `<text x="${labelW + len + 6}" y="${y + 15}">${esc(shown(r.n))}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" font-size="14">` +
    `<rect width="100%" height="100%" fill="#fff"/><text x="8" y="20" font-size="16" font-weight="700">${esc(title)}</text>${bars}</svg>`
  );
}

/** "Heeft dit geholpen?" per leefgebied and per organisation: ja / een beetje / nee (small counts as "<5"). */
export function helpedTable(sum: DayCounts, labels: ReportLabels): string {
  const values = ['yes', 'bit', 'no'] as const;
  const rows: { label: string; counts: number[] }[] = [];
  for (const [kind, label] of [['leefgebied', labels.leefgebied], ['referral', labels.organisation]] as const) {
    const ids = new Set(Object.keys(sum).flatMap((k) => {
      const m = new RegExp(`^helped:(?:yes|bit|no):${kind}:(.+)$`).exec(k);
      return m ? [m[1]!] : [];
    }));
    for (const id of [...ids].sort()) rows.push({ label: label(id), counts: values.map((v) => sum[`helped:${v}:${kind}:${id}`] ?? 0) });
  }
  if (rows.length === 0) return `<p>${esc(labels.say('helpedNone'))}</p>`;
  const head = `<tr><th scope="col"></th>${values.map((v) => `<th scope="col">${esc(labels.say(`helped.${v}`))}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.label)}</th>${r.counts.map((n) => `<td>${esc(shown(n))}</td>`).join('')}</tr>`).join('');
  return `<table>${head}${body}</table>`;
}

/** The charts of a report. */
export function charts(sum: DayCounts, labels: ReportLabels): Record<string, string> {
  return {
    leefgebieden: barChart(labels.say('perLeefgebied'), group(sum, 'leefgebied:', labels.leefgebied)),
    verwijzingen: barChart(labels.say('perOrganisation'), group(sum, 'referral:', labels.organisation)),
    afhaken: barChart(labels.say('stops'), group(sum, 'at:', labels.step).slice(0, 15)),
  };
}

/** The CSV: one row per day and counter (small counts as "<5"). */
export function csv(days: ReadonlyMap<string, DayCounts>, labels: Pick<ReportLabels, 'say'>): string {
  const rows = [labels.say('csvHeader')];
  for (const [day, counts] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [k, v] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) if (v > 0) rows.push(`${day};${k};${shown(v)}`);
  }
  return `${rows.join('\n')}\n`;
}

/** The HTML page. */
export function html(days: ReadonlyMap<string, DayCounts>, labels: ReportLabels, gemeente: string): string {
  const sum = total(days);
  const c = charts(sum, labels);
  const sorted = [...days.keys()].sort();
  const say = labels.say;
  const period = sorted.length > 0 ? say('period', { from: sorted[0]!, to: sorted.at(-1)! }) : say('noData');
  const fact = (label: string, n: number) => `<tr><th scope="row">${esc(label)}</th><td>${esc(shown(n))}</td></tr>`;
  const languages = group(sum, 'language:', (x) => x).map((r) => fact(say('language', { code: r.label }), r.n)).join('');
  const dutch = group(sum, 'untranslated:', (x) => x).map((r) => fact(say('untranslated', { code: r.label }), r.n)).join('');
  const title = esc(say('title', { gemeente }));
  const facts = (['started', 'finished', 'handoff', 'crisis', 'safetyQuestion', 'safe', 'easy'] as const).map((k) => fact(say(k), sum[k] ?? 0)).join('')
    // Issue 16: call-back requests asked, delivered and given up (counts only).
    + (['asked', 'sent', 'failed'] as const).map((k) => fact(say(`callback.${k}`), sum[`callback:${k}`] ?? 0)).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse}th,td{text-align:left;padding:.2rem 1rem .2rem 0}figure{margin:1.5rem 0}</style></head>
<body><h1>${title}</h1><p>${esc(period)} ${esc(say('privacy', { small: String(SMALL) }))}</p>
<table>${facts}${languages}${dutch}</table>
<figure>${c.leefgebieden}</figure><figure>${c.verwijzingen}</figure><figure>${c.afhaken}</figure>
<h2>${esc(say('helpedTitle'))}</h2>${helpedTable(sum, labels)}
<p>${esc(say('csvNote'))}</p></body></html>\n`;
}
