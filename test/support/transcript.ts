/**
 * Transcript tests as data: one driver for `test/transcripts/*.yaml`, run through a *port*: the
 * turn layer in process (what Direct Line calls), or Direct Line itself over its WebSocket against
 * a started server. Both ports see what a channel sends: activities, mapped by the one activity
 * mapping both doors use.
 *
 * A transcript has `name`, optionally `gemeente` (the content pack; default dordrecht), and `turns`.
 * A turn is one of:
 * - `user: <text>` — the resident types;   `click: <button label>` — the resident presses a button
 *   of the last messages (a stale button of an earlier question may be named with `clickOld`);
 * - `bot: <text part>` (optionally with `buttons: [labels]`) — the next bot message containing it;
 * - `referral: <service id>` (or `{service, organisation}`), `handoff: <service id>`, `glossary: <entry id>`,
 *   `summary: [<line part>, …]`, `crisis: true`, `safetyCheck: true`, `safetyQuestion: true` — the next message with that marker;
 * - `calm: true` — no crisis message, safety line or safety question among the messages since the last resident turn;
 * - `noSafetyQuestion: true` — no safety question ("Is er nu gevaar?") among them;
 *   `noCrisis: true` — no crisis message there (a safety question may be);
 * - `absent: <service id>` — no card of that service among the messages since the last resident turn;
 * - `state: {flow, step, done?}` — where the conversation stands (over Direct Line: the flow and
 *   step of the last question asked; `done` is checked in process only).
 * Expectations search forward through the bot messages since the last resident turn.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Markers } from '../../bot/render/types.js';
import { ROOT } from './project.js';

/** A bot message as a channel shows it. */
export interface View {
  readonly text: string;
  readonly buttons: readonly { readonly label: string; readonly value: unknown }[];
  readonly markers: Markers;
}

/** A way to hold a conversation with the bot. */
export interface Port {
  start(): Promise<View[]>;
  say(text: string): Promise<View[]>;
  press(value: unknown, label: string): Promise<View[]>;
  /** Where the conversation stands, when the port can see it (in process). */
  where?(): Promise<{ flow?: string; step?: string; done: boolean } | undefined>;
  close?(): Promise<void>;
}

/** One transcript file. */
export interface Transcript {
  readonly name: string;
  readonly gemeente?: string;
  readonly turns: readonly Record<string, unknown>[];
}

const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');

/** A view of an activity as the transcript driver reads it. */
export function viewOf(a: Record<string, unknown>): View {
  const parts: string[] = [];
  if (typeof a.text === 'string') parts.push(a.text);
  for (const att of (a.attachments as { contentType?: string; content?: Record<string, unknown> }[] | undefined) ?? []) {
    if (att.contentType !== 'application/vnd.microsoft.card.hero' || !att.content) continue;
    const c = att.content as { title?: string; subtitle?: string; text?: string; buttons?: { title: string }[] };
    parts.push([c.subtitle ? `${c.title} (${c.subtitle})` : c.title, unescape(c.text ?? ''), ...(c.buttons ?? []).map((b) => b.title)].join('\n'));
  }
  const actions = ((a.suggestedActions as { actions?: { title: string; value: unknown }[] } | undefined)?.actions ?? []).map((x) => ({ label: x.title, value: x.value }));
  // buttons on a card that send a value back ("Heeft dit geholpen?") count as buttons too
  for (const att of (a.attachments as { content?: { buttons?: { type: string; title: string; value: unknown }[] } }[] | undefined) ?? []) {
    for (const b of att.content?.buttons ?? []) if (b.type === 'messageBack') actions.push({ label: b.title, value: b.value });
  }
  if (parts.length === 0 || parts.every((p) => p === '')) {
    const title = (a.attachments as { content?: { title?: string } }[] | undefined)?.[0]?.content?.title;
    if (title) parts.push(title);
  }
  return { text: parts.join('\n'), buttons: actions, markers: (a.channelData as Markers | undefined) ?? {} };
}

/** Runs a transcript through a port; throws (via chai) on the first mismatch. */
export async function runTranscript(t: Transcript, port: Port): Promise<void> {
  let batch: View[] = [];
  let cursor = 0;
  let lastQuestion: { flow: string; step: string } | undefined;
  const history: View['buttons'][number][] = [];
  const took = (views: View[]) => {
    batch = views;
    cursor = 0;
    for (const v of views) {
      history.push(...v.buttons);
      if (v.markers.question) lastQuestion = v.markers.question;
    }
  };
  const shown = () => batch.map((m, i) => `${i === cursor ? '→' : ' '} ${m.text.split('\n')[0]}`).join('\n');
  const next = (what: string, ok: (m: View) => boolean): View => {
    for (let i = cursor; i < batch.length; i++) {
      if (ok(batch[i]!)) {
        cursor = i + 1;
        return batch[i]!;
      }
    }
    return expect.fail(`expected ${what} among the bot messages:\n${shown()}`);
  };
  took(await port.start());
  for (const turn of t.turns) {
    if ('user' in turn) took(await port.say(String(turn.user)));
    else if ('click' in turn || 'clickOld' in turn) {
      const label = String(turn.click ?? turn.clickOld);
      const pool = 'click' in turn ? batch.flatMap((m) => m.buttons) : history;
      const button = pool.find((b) => b.label === label);
      expect(button, `button '${label}' among: ${pool.map((b) => b.label).join(' | ')}`).to.not.equal(undefined);
      took(await port.press(button!.value, button!.label));
    } else if ('bot' in turn) {
      const part = String(turn.bot);
      const m = next(`a message with "${part}"`, (x) => x.text.includes(part));
      if (Array.isArray(turn.buttons)) expect(m.buttons.map((b) => b.label)).to.deep.equal(turn.buttons);
    } else if ('referral' in turn) {
      const want = typeof turn.referral === 'string' ? { service: turn.referral } : (turn.referral as { service: string; organisation?: string });
      next(`a referral to ${JSON.stringify(want)}`, (m) => {
        const r = m.markers.referral;
        return r?.service === want.service && (want.organisation === undefined || r.organisation === want.organisation);
      });
    } else if ('absent' in turn) {
      const services = batch.map((m) => m.markers.referral?.service ?? m.markers.handoff?.service);
      expect(services, `no card of ${String(turn.absent)}`).to.not.include(turn.absent);
    } else if ('handoff' in turn) next(`a handoff to ${String(turn.handoff)}`, (m) => m.markers.handoff?.service === turn.handoff);
    else if ('glossary' in turn) next(`an explanation of ${String(turn.glossary)}`, (m) => m.markers.glossary === turn.glossary);
    else if ('crisis' in turn) next('a crisis message', (m) => m.markers.crisis === true);
    else if ('safetyCheck' in turn) next('a safety line', (m) => m.markers.safetyCheck === true);
    else if ('safetyQuestion' in turn) next('the safety question', (m) => m.markers.safetyQuestion === true);
    else if ('notSaid' in turn) expect(batch.filter((m) => m.text.includes(String(turn.notSaid))).map((m) => m.text), `no message with "${String(turn.notSaid)}"`).to.deep.equal([]);
    else if ('noCrisis' in turn) expect(batch.filter((m) => m.markers.crisis).map((m) => m.text), 'no crisis message').to.deep.equal([]);
    else if ('noSafetyQuestion' in turn) expect(batch.filter((m) => m.markers.safetyQuestion).map((m) => m.text), 'no safety question').to.deep.equal([]);
    else if ('calm' in turn) expect(batch.filter((m) => m.markers.crisis || m.markers.safetyCheck || m.markers.safetyQuestion).map((m) => m.text), 'no crisis message, safety line or safety question').to.deep.equal([]);
    else if ('summary' in turn) {
      const m = next('a summary', (x) => x.markers.summary === true);
      for (const part of turn.summary as string[]) expect(m.text).to.include(part);
    } else if ('state' in turn) {
      const want = turn.state as { flow?: string; step?: string; done?: boolean };
      const got = port.where ? await port.where() : undefined;
      if (got) expect({ ...got, ...('done' in want ? {} : { done: got.done }) }).to.deep.include(want);
      else if (want.flow !== undefined && want.done !== true) expect({ flow: lastQuestion?.flow, step: lastQuestion?.step }).to.deep.include({ flow: want.flow, ...(want.step ? { step: want.step } : {}) });
    } else expect.fail(`unknown turn: ${JSON.stringify(turn)}`);
  }
}

/** Every transcript file with its parsed content. */
export function transcripts(): { file: string; t: Transcript }[] {
  const dir = join(ROOT, 'test', 'transcripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, t: parse(readFileSync(join(dir, file), 'utf8')) as Transcript }));
}
