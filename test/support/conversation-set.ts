/**
 * The evaluation set "het hele verhaal" (`test/understand/conversation-set.yaml`) and its scorer.
 * Every message is typed in a real conversation through a {@link Port} — in the bench and the
 * test that is Direct Line against a started server — and judged on what the resident sees:
 * the question asked next, the buttons offered, the crisis marker. An ordinary message that gets
 * the safety question ("Is er nu gevaar?") is answered "Nee" first, as the resident would, and
 * judged by where it went then; how often that question came is a row of its own.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { translator } from '../../bot/i18n.js';
import { shippedBot, ROOT } from './project.js';
import type { Port, View } from './transcript.js';

/** What a message of the set is measured on. */
export type ItemKind = 'first' | 'midflow' | 'own' | 'answer' | 'crisis' | 'notCrisis' | 'feeling';

/** One message of the set. */
export interface SetItem {
  /** The group in the file (`first_nl`, `midflow_typo`, `crisis` …). */
  readonly group: string;
  readonly kind: ItemKind;
  /** Expected flow(s) `a|b`, crisis kind (`omstander/child`), a button label, or a feeling. */
  readonly expect: string;
  readonly text: string;
  /** Buttons to press (by label) before the message is typed. */
  readonly at: readonly string[];
}

/** The outcome of one message. */
export interface ItemResult {
  readonly item: SetItem;
  readonly ok: boolean;
  /** A crisis message was shown. */
  readonly crisis: boolean;
  /** A bystander crisis text was shown (the `bystander` marker). */
  readonly bystander: boolean;
  /** A safety line (112, 113) was shown without a crisis message (the `safetyCheck` marker). */
  readonly safety: boolean;
  /** The safety question "Is er nu gevaar?" was asked (the `safetyQuestion` marker). */
  readonly asked: boolean;
  /** What the bot did, short (for the failure list). */
  readonly got: string;
  /** For a typed answer: taken as that answer, a note on the agenda ("Ik schrijf ook op") aside. */
  readonly taken?: boolean;
}

const AT_MIDFLOW = ['Geld en schulden', 'Ik heb schulden'];
const AT_OWN = ['Wonen', 'Problemen met de buren'];

function kindOf(group: string): ItemKind {
  if (group.startsWith('first_')) return 'first';
  if (group === 'midflow_own') return 'own';
  if (group.startsWith('midflow_')) return 'midflow';
  if (group === 'not_crisis') return 'notCrisis';
  if (group === 'feelings') return 'feeling';
  return group === 'answers' ? 'answer' : 'crisis';
}

/** Reads the set; every message once, in file order. */
export function loadSet(file = join(ROOT, 'test', 'understand', 'conversation-set.yaml')): SetItem[] {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  const out: SetItem[] = [];
  for (const [group, list] of Object.entries(data)) {
    const kind = kindOf(group);
    for (const entry of list) {
      if (kind === 'answer') {
        const e = entry as { at: string[]; say: [string, string][] };
        for (const [label, text] of e.say) out.push({ group, kind, expect: label, text: String(text), at: e.at });
      } else if (kind === 'notCrisis') out.push({ group, kind, expect: '', text: String(entry), at: [] });
      else if (kind === 'midflow' && !Array.isArray(entry)) {
        // a new problem typed at a question of its own: `at` is the path of button labels to it
        const e = entry as { at: string[]; say: [string, string][] };
        for (const [expect, text] of e.say) out.push({ group, kind, expect: String(expect), text: String(text), at: e.at });
      }
      else {
        const [expect, text] = entry as [string, string];
        const at = kind === 'midflow' ? AT_MIDFLOW : kind === 'own' ? AT_OWN : [];
        out.push({ group, kind, expect: String(expect), text: String(text), at });
      }
    }
  }
  return out;
}

/**
 * Every `n`th message of each group: the slice the mocha test scores. Groups of at most `whole`
 * messages are taken whole (a quarter of ten is too few to hold a 90% target).
 */
export function sliceOf(items: readonly SetItem[], n: number, whole = 12): SetItem[] {
  const sizes = new Map<string, number>();
  for (const i of items) sizes.set(i.group, (sizes.get(i.group) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.filter((i) => {
    if ((sizes.get(i.group) ?? 0) <= whole) return true;
    const k = seen.get(i.group) ?? 0;
    seen.set(i.group, k + 1);
    return k % n === 0;
  });
}

type Action = { type?: string; flow?: string; answer?: string };
const actionOf = (b: View['buttons'][number]): Action => ((b.value as { wegwijs?: Action } | undefined)?.wegwijs ?? {});
/** Flows offered as "go there" buttons (a several-problems offer or a switch offer), in order. */
const offered = (views: readonly View[]): string[] => views.flatMap((v) => v.buttons.map(actionOf)).filter((a) => a.type === 'topic' && a.flow).map((a) => a.flow!);
const lastQuestion = (views: readonly View[]) => views.map((v) => v.markers.question).filter((q) => q !== undefined).at(-1);
/**
 * The leefgebied a first message led to: the flow of the first question outside the entry flow,
 * or of the first "Heeft dit geholpen?" (a flow whose questions were all answered from the
 * message itself goes straight to its referral and back to the entry: the last question would
 * say "start" there).
 */
const flowReached = (views: readonly View[], entry: string): string | undefined => {
  for (const v of views) {
    const q = v.markers.question;
    if (q && q.flow !== entry) return q.flow;
    const helped = v.buttons.map(actionOf).find((a) => a.type === 'feedback' && a.flow);
    if (helped) return helped.flow;
  }
  return undefined;
};

/** Presses the buttons of `labels` one after the other; the views after the last. */
async function walk(port: Port, start: View[], labels: readonly string[]): Promise<View[]> {
  let views = start;
  for (const label of labels) {
    const b = views.flatMap((v) => v.buttons).find((x) => x.label === label);
    if (!b) throw new Error(`no button '${label}' (set path)`);
    views = await port.press(b.value, b.label);
  }
  return views;
}

/**
 * What a reply looks like, to compare a typed answer with the pressed button. A side remark that
 * does not change the course (a feeling heard, `heard`; a safety line, `safetyCheck`) is left out:
 * the answer was still taken. A note on the agenda ("Ik schrijf ook op") is not left out.
 */
const shape = (views: readonly View[]) =>
  JSON.stringify(views.filter((v) => !v.markers.heard && !v.markers.safetyCheck).map((v) => [v.text, v.markers.question, v.markers.referral, v.buttons.map((b) => b.label)]));

/** Scores a set through fresh conversations made by `open`; `progress` is told after each message. */
export async function scoreSet(items: readonly SetItem[], open: () => Promise<Port>, progress?: (done: number) => void): Promise<ItemResult[]> {
  const bot = shippedBot();
  const t = translator(bot.i18n, bot.graph.defaultLanguage);
  const title = (f: string) => t(bot.graph.flows.get(f)?.title ?? f);
  const notedPrefix = t('common:switch.noted', { titles: '' }).split(':')[0]!;
  const refs = new Map<string, Ref>();
  const conversation = async <T>(run: (port: Port, start: View[]) => Promise<T>): Promise<T> => {
    const port = await open();
    try {
      return await run(port, await port.start());
    } finally {
      await port.close?.();
    }
  };
  const out: ItemResult[] = [];
  const entry = bot.graph.entry;
  // the leefgebieden a text itself names, as the route CLI reads it (for "ja, ik heb ook schulden")
  const names = (text: string) => {
    const u = bot.understanding;
    if (!u) return [];
    const r = u.route(text, { crisis: false });
    return [r.flow, ...u.problems(r)];
  };
  for (const item of items) {
    if (item.kind === 'answer') {
      const key = `${item.at.join('>')}>${item.expect}`;
      if (!refs.has(key)) {
        refs.set(key, await conversation(async (p, s) => {
          const at = await walk(p, s, item.at);
          const pressed = await walk(p, at, [item.expect]);
          const from = lastQuestion(at)?.flow;
          const to = flowReached(pressed, from ?? entry);
          // "Ja" at "Is er nog iets anders?" leads to the menu ("Waar gaat je vraag over?")
          const next = lastQuestion(pressed);
          const menuStep = lastQuestion(s)?.step;
          const menu = lastQuestion(at)?.step !== menuStep && next?.flow === entry && next.step === menuStep;
          return { shape: shape(pressed), lines: helpLines(pressed), ...(menu ? { menu } : {}), ...(to && to !== from && bot.graph.leefgebieden.includes(to) ? { leads: to, from: from ?? entry } : {}) };
        }));
      }
    }
    const views = await conversation(async (port, start) => {
      await walk(port, start, item.at);
      const said = await port.say(item.text);
      // An ordinary message that got "Is er nu gevaar?": the resident answers no and goes on, and
      // the message is judged by where it went then (the question itself is counted apart).
      const no = item.kind === 'crisis' ? undefined : said.flatMap((v) => v.buttons).find((b) => actionOf(b).type === 'safety' && actionOf(b).answer === 'no');
      return no ? [...said, ...(await port.press(no.value, no.label))] : said;
    });
    out.push(judge(item, views, { title, notedPrefix, refs, entry, leefgebieden: bot.graph.leefgebieden, names }));
    progress?.(out.length);
  }
  return out;
}

/** The titles of the referral cards of a reply (its first lines: "Veilig Thuis", "Alarmnummer 112"). */
const helpLines = (views: readonly View[]) => views.filter((v) => v.markers.referral !== undefined).map((v) => v.text.split('\n')[0]!);

/** What pressing the button of a typed answer showed. */
interface Ref {
  readonly shape: string;
  /** Its referral cards' titles (a button about danger: "Veilig Thuis", "Alarmnummer 112"). */
  readonly lines: readonly string[];
  /** The leefgebied the button leads to, when it leaves the flow it stands in ("School en leren"). */
  readonly leads?: string;
  /** The flow the button stands in. */
  readonly from?: string;
  /** The button leads to the menu, which asks for a leefgebied: typing one answers both. */
  readonly menu?: boolean;
}

interface Judge {
  title(flow: string): string;
  /** The entry flow (the menu). */
  entry: string;
  leefgebieden: readonly string[];
  /** The leefgebieden a text names, as the route CLI reads it. */
  names(text: string): readonly string[];
  notedPrefix: string;
  refs: ReadonlyMap<string, Ref>;
}

/** Whether the bot did what the set expects for this message. */
function judge(item: SetItem, views: readonly View[], j: Judge): ItemResult {
  const crisis = views.some((v) => v.markers.crisis === true);
  const bystander = views.some((v) => (v.markers as { bystander?: true }).bystander === true);
  const offers = offered(views);
  const q = lastQuestion(views);
  const safety = views.some((v) => v.markers.safetyCheck === true);
  const asked = views.some((v) => v.markers.safetyQuestion === true);
  const base = { item, crisis, bystander, safety, asked };
  switch (item.kind) {
    case 'first': {
      // the flow entered or the problems offered to choose from; not the "Nu: …" button of a
      // second problem noted beside the flow the first message entered
      const switchOffer = offered(views.filter((v) => !v.text.startsWith(j.notedPrefix)));
      const got = switchOffer[0] ?? flowReached(views, j.entry) ?? q?.flow ?? (crisis ? 'crisis' : '?');
      return { ...base, ok: !crisis && item.expect.split('|').includes(got), got };
    }
    case 'midflow': {
      // offered: to choose now or after this ("Nu: Geld" / "Eerst dit afmaken"), or noted on the
      // agenda beside the answer with its own "Nu: Geld" button; or gone there at once, where
      // nothing is left unfinished ("Is er nog iets anders?") or a button of the question leads
      // there ("Ik heb nu geen geld")
      const there = q?.flow === item.expect;
      return { ...base, ok: !crisis && (offers.includes(item.expect) || there), got: offers.join('+') || (q ? `${q.flow}/${q.step}` : '?') };
    }
    case 'own': {
      const noted = views.some((v) => v.text.startsWith(j.notedPrefix) && v.text.includes(j.title(item.expect)));
      return { ...base, ok: !crisis && (noted || offers.includes(item.expect)), got: noted ? 'noted' : offers.join('+') || q?.step || '?' };
    }
    case 'answer': {
      // The same reply as the button; or, for a button that leads to another leefgebied ("School en
      // leren" under "Iets anders"), that leefgebied, without a note: the typed words may already
      // answer its first question ("mijn dochter wil niet naar school"), so the reply differs.
      const ref = j.refs.get(`${item.at.join('>')}>${item.expect}`);
      const noted = views.some((v) => v.text.startsWith(j.notedPrefix));
      // "ja, ik heb ook schulden" at "Is er nog iets anders?": yes, and the menu's answer too (the
      // leefgebied the text names, not any leefgebied)
      const reached = (v: readonly View[]) => (offered(v).length === 0 ? flowReached(v, j.entry) : undefined);
      const named = ref?.menu === true ? j.names(item.text).filter((f) => j.leefgebieden.includes(f)) : [];
      const same = (v: readonly View[]) =>
        shape(v) === ref?.shape || (ref?.leads !== undefined && offered(v).length === 0 && flowReached(v, ref.from ?? j.entry) === ref.leads) || (ref?.menu === true && named.includes(reached(v) ?? ''));
      // A button about danger ("Iemand doet mij pijn") answered with a danger ("hij slaat me"): the
      // crisis message, danger first, with every help line the button gives (and the question stays)
      const cards = views.filter((v) => v.markers.crisis === true).map((v) => v.text.split('\n')[0]!);
      const helped = crisis && ref !== undefined && ref.lines.length > 0 && ref.lines.every((l) => cards.includes(l));
      const ok = helped || (!crisis && !noted && same(views));
      // for information: the same reply once a note on the agenda is left out
      const taken = helped || (!crisis && same(views.filter((v) => !v.text.startsWith(j.notedPrefix))));
      return { ...base, ok, taken, got: ok ? item.expect : `${q?.step ?? '?'}: ${views[0]?.text.slice(0, 40) ?? ''}` };
    }
    case 'crisis': {
      return { ...base, ok: crisis, got: crisis ? (bystander ? 'crisis (omstander)' : 'crisis') : asked ? 'vraag: gevaar?' : (q?.flow ?? '?') };
    }
    default:
      return { ...base, ok: !crisis, got: crisis ? 'crisis' : (q?.flow ?? '?') };
  }
}

/** One line of the score table. */
export interface Row {
  readonly name: string;
  readonly right: number;
  readonly total: number;
  /** Target as a share (0.95), and whether it is a ceiling (false positives) instead of a floor. */
  readonly target: number;
  readonly ceiling?: boolean;
  /** A figure without a target, for information. */
  readonly info?: boolean;
}

/** The figures the targets are about, from the results of a scored set. */
export function summarise(results: readonly ItemResult[]): Row[] {
  const rows: Row[] = [];
  const add = (name: string, list: readonly ItemResult[], target: number, right = (r: ItemResult) => r.ok, ceiling = false) => {
    if (list.length > 0) rows.push({ name, right: list.filter(right).length, total: list.length, target, ...(ceiling ? { ceiling } : {}) });
  };
  const group = (g: string) => results.filter((r) => r.item.group === g);
  add('eerste bericht, gewoon Nederlands', group('first_nl'), 0.95);
  add('eerste bericht, meer problemen', group('first_nl_several'), 0.95);
  add('eerste bericht, tikfouten/spreektaal', group('first_nl_typo'), 0.9);
  for (const l of ['en', 'tr', 'ar', 'pl', 'uk']) add(`eerste bericht, ${l}`, group(`first_${l}`), 0.9);
  add('midden in een flow: aangeboden', results.filter((r) => r.item.kind === 'midflow'), 0.9);
  add('bij eigen woorden: genoteerd', group('midflow_own'), 0.9);
  add('antwoord blijft antwoord', group('answers'), 0.98);
  add('crisis herkend (eigen + omstander)', group('crisis'), 1);
  // a medical emergency reads the same for anyone: no text for a bystander there
  const by = group('crisis').filter((r) => r.item.expect.startsWith('omstander/') && r.item.expect !== 'omstander/medical');
  add('omstander krijgt omstandertekst', by, 1, (r) => r.crisis && r.bystander);
  const own = group('crisis').filter((r) => !r.item.expect.startsWith('omstander/'));
  add('eigen gevaar krijgt geen omstandertekst', own, 1, (r) => r.crisis && !r.bystander);
  const ordinary = results.filter((r) => r.item.kind !== 'crisis' && r.item.kind !== 'answer');
  add('gewone berichten als crisis (≤)', ordinary, 0.01, (r) => r.crisis, true);
  // for information: what a resident in danger gets when no crisis phrase matched
  const info = (name: string, list: readonly ItemResult[], right: (r: ItemResult) => boolean) => {
    if (list.length > 0) rows.push({ name, right: list.filter(right).length, total: list.length, target: 0, info: true });
  };
  info('antwoord genomen (een notitie op de agenda erbij mag)', group('answers'), (r) => r.taken === true);
  info('gevaar: crisisbericht of de vraag "Is er nu gevaar?"', group('crisis'), (r) => r.crisis || r.asked);
  info('gevaar: crisisbericht, de vraag of een veiligheidszin (112, 113)', group('crisis'), (r) => r.crisis || r.asked || r.safety);
  info('omstander: omstandertekst, of de vraag (met de knop "iemand anders")', by, (r) => (r.crisis && r.bystander) || (!r.crisis && r.asked));
  info('gewone berichten met de vraag "Is er nu gevaar?"', ordinary, (r) => r.asked);
  info('gewone berichten met een veiligheidszin', ordinary, (r) => r.safety);
  return rows;
}

/** Whether a row meets its target. */
export const meets = (r: Row): boolean => r.info === true || (r.ceiling ? r.right / r.total <= r.target : r.right / r.total >= r.target);

/** The table as text (Markdown), for the bench and the README. */
export function table(rows: readonly Row[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = ['| Meting | Goed | Aantal | % | Doel |', '|---|---:|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.right} | ${r.total} | ${pct(r.right / r.total)} | ${r.info ? '– (ter informatie)' : `${r.ceiling ? '≤' : '≥'} ${pct(r.target)}`}${meets(r) ? '' : ' **niet gehaald**'} |`);
  return lines.join('\n');
}
