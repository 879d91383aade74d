/**
 * "Klaar om live te gaan?" (issue 15): per pack, every fact that is missing or unverified, as a
 * checklist for the gemeente in Dutch. Items that block going live come first; `npm run ready`
 * exits non-zero while there is one. Pure: the date to judge the age of a check is passed in.
 * @packageDocumentation
 */
import type { SourceRef } from '../content/types.js';
import { AUTHORING_DEFAULTS } from './defaults.js';
import type { Diagnostic } from './diagnostic.js';
import { hasDirectContact, offeredIndependent, referredServices } from './independent.js';
import type { Project } from './project.js';
import { locate } from './yaml-source.js';

/** One line of the checklist. */
export interface ReadyItem {
  /** True when the gemeente cannot go live before this is done. */
  readonly blocking: boolean;
  /** What is missing or to be checked, in Dutch. */
  readonly text: string;
  /** Where to fix it: `file:line`. */
  readonly where?: string;
}

/** The checklist of one pack. */
export interface Readiness {
  readonly pack: string;
  readonly name: string;
  readonly items: readonly ReadyItem[];
  /** The oldest check date of any fact in use, and when it must be checked again. */
  readonly oldest?: { readonly checked: string; readonly due: string };
}

/** A date `months` months after `iso` (yyyy-mm-dd). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return t.toISOString().slice(0, 10);
}

/** Sentences of a source note that say something could NOT be checked or found. */
function openPoints(note: string | undefined): string[] {
  if (!note) return [];
  return note
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z"(])/)
    .filter((s) => /\bNIET\b/.test(s))
    .map((s) => s.trim());
}

/**
 * The checklist for a loaded project (one pack). `today` (yyyy-mm-dd) turns checks older than
 * the defaults' `maxAgeMonths` into blocking items; without it (the committed docs) only the
 * oldest date and its due date are given, so the docs do not change with the calendar.
 */
export function readiness(project: Project, errors: readonly Diagnostic[], today?: string): Readiness {
  const dir = project.directory;
  const dutch = new Map(project.texts.map((t) => [`${t.ns}:${t.key}`, Array.isArray(t.value) ? t.value.join(', ') : String(t.value)]));
  const name = (key: string) => dutch.get(key) ?? key;
  const where = (key: string, path: (string | number)[] = []) => {
    const s = project.contentSources.get(key);
    if (!s) return undefined;
    const p = locate(s.source, [...s.path, ...path]);
    return `${s.source.file}:${p.line}`;
  };
  const blocking: ReadyItem[] = [];
  const check: ReadyItem[] = [];
  const add = (b: boolean, text: string, w?: string) => (b ? blocking : check).push({ blocking: b, text, ...(w ? { where: w } : {}) });
  const { maxAgeMonths } = AUTHORING_DEFAULTS.readiness;

  for (const e of errors) add(true, `De validator meldt een fout: ${e.code} — ${e.message}`, `${e.file}:${e.line}`);

  const decl = dir.pack.independentSupport;
  if (!decl) {
    add(true, 'Zeg in pack.yaml hoe onafhankelijke cliëntondersteuning geregeld is (independentSupport).', where('pack', ['id']));
  } else {
    const how = { direct: 'de inwoner neemt zelf contact op', 'via-gemeente-with-consent': 'de gemeente geeft een verzoek door, alleen met toestemming', 'inside-teams': 'de ondersteuner werkt in het wijkteam' }[decl.access];
    if (decl.confirmed !== true) add(true, `Bevestig hoe onafhankelijke cliëntondersteuning nu werkt (${how}) en hoe de intake loopt. Zet daarna confirmed: true.`, where('pack', ['independentSupport']));
    for (const id of decl.beside ?? []) {
      const off = dir.pack.unavailable?.includes(id) || !dir.services.has(id) || !referredServices(project.graph).includes(id);
      const s = dir.services.get(id);
      if (off) add(true, `De gemeente wil "${s ? name(s.name) : id}" (${id}) naast de teams, maar er is nog geen organisatie met eigen contactgegevens ingevuld.`, where('pack', ['independentSupport', 'beside']));
    }
  }
  for (const id of offeredIndependent(project.graph, dir)) {
    if (hasDirectContact(dir, id)) continue;
    const s = dir.services.get(id)!;
    const org = dir.organisations.get(s.organisation)?.name ?? s.organisation;
    add(true, `${org} ("${name(s.name)}") heeft geen eigen telefoonnummer, e-mailadres of website. Inwoners moeten deze onafhankelijke organisatie zelf kunnen bereiken, niet alleen via de gemeente.`, where(`services/${id}`));
  }
  for (const area of dir.areas) {
    if (!dir.services.has(area.service)) add(true, `De wijk ${area.name} heeft geen wijkteam (dienst '${area.service}' bestaat niet).`, where(`areas/${area.id}`));
    else if (area.postcodes.length === 0) add(false, `De wijk ${area.name} heeft nog geen postcodes met een bron. Inwoners kiezen de wijk nu bij naam. Vul de postcodes in.`, where(`areas/${area.id}`, ['postcodes']));
  }
  if (dir.pack.areaService && dir.areas.length > 0) add(false, 'Postcodes die niet in areas.yaml staan, krijgen de vraag "Kies je wijk". Vul alle postcodes van de gemeente in (met bron).', where('areas/' + dir.areas[0]!.id));

  // Sources of every fact in use: the services the bot can show, and their organisations.
  const used = new Set<string>();
  for (const s of dir.services.values()) {
    if (dir.pack.unavailable?.includes(s.id) || !s.organisation) continue;
    used.add(`services/${s.id}`);
    used.add(`organisations/${s.organisation}`);
  }
  let oldest: string | undefined;
  for (const key of [...used].sort()) {
    const [kind, id] = key.split('/') as [string, string];
    const record = kind === 'services' ? dir.services.get(id) : dir.organisations.get(id);
    if (!record) continue;
    const label = kind === 'services' ? `Dienst "${name((record as { name: string }).name)}" (${id})` : `Organisatie ${(record as { name: string }).name}`;
    const src = record.source as SourceRef | undefined;
    if (!src || (!src.url && !src.document)) {
      add(true, `${label}: geen bron (url of document).`, where(key, ['source']));
      continue;
    }
    if (!oldest || src.checked < oldest) oldest = src.checked;
    if (today && addMonths(src.checked, maxAgeMonths) < today) add(true, `${label}: nagekeken op ${src.checked}, langer dan ${maxAgeMonths} maanden geleden. Kijk het opnieuw na en zet de nieuwe datum.`, where(key, ['source', 'checked']));
    if (src.unverified) add(true, `${label}: algemeen bekend, maar niet zelf bij de bron nagekeken. Kijk het na en haal unverified weg.`, where(key, ['source']));
    for (const point of openPoints(src.note)) add(false, `${label}: ${point}`, where(key, ['source', 'note']));
  }
  (dir.pack.unavailable ?? []).forEach((id, i) => {
    const s = dir.services.get(id);
    add(false, `Niet gevonden in ${dir.pack.name}: "${s ? name(s.name) : id}" (${id}). Bestaat het wel? Vul het in en haal het weg bij unavailable.`, where('pack', ['unavailable', i]));
  });
  return {
    pack: dir.pack.id,
    name: dir.pack.name,
    items: [...blocking, ...check],
    ...(oldest ? { oldest: { checked: oldest, due: addMonths(oldest, maxAgeMonths) } } : {}),
  };
}

/** True when something on the list blocks going live. */
export const blocksLive = (r: Readiness): boolean => r.items.some((i) => i.blocking);

/** The checklist as Markdown, for `docs/gereed-<pack>.md`. */
export function readinessMarkdown(r: Readiness): string {
  const line = (i: ReadyItem) => `- [ ] ${i.text}${i.where ? ` — \`${i.where}\`` : ''}`;
  const must = r.items.filter((i) => i.blocking);
  const check = r.items.filter((i) => !i.blocking);
  const out = [
    `# Klaar om live te gaan? — ${r.name}`,
    '',
    `Deze lijst maakt \`npm run ready -- --docs\` uit \`content/${r.pack}/\` en \`content/landelijk/\`. Pas hem niet met de hand aan:`,
    'vul de gegevens in de content in (met bron en datum) en maak de lijst opnieuw. Een test kijkt of hij klopt.',
    '',
    `Zolang er iets onder **Moet eerst** staat, is ${r.name} niet klaar om live te gaan (\`npm run ready\` stopt dan met een fout).`,
    '',
    `## Moet eerst (${must.length})`,
    '',
    ...(must.length > 0 ? must.map(line) : ['Niets. ']),
    '',
    `## Nakijken (${check.length})`,
    '',
    'Wat de bronnen niet zeiden of wat niet kon worden nagekeken. De bot laat het weg of verwijst anders; vul het aan als de gemeente het weet.',
    '',
    ...(check.length > 0 ? check.map(line) : ['Niets.']),
    '',
  ];
  if (r.oldest) {
    out.push('## Opnieuw nakijken', '', `Het oudste gegeven is nagekeken op ${r.oldest.checked}. Kijk alles opnieuw na vóór ${r.oldest.due} (na ${AUTHORING_DEFAULTS.readiness.maxAgeMonths} maanden meldt \`npm run ready\` elk verouderd gegeven).`, '');
  }
  return out.join('\n');
}
