/**
 * Every language: the same conversation (the same buttons, by choice id) reaches the same
 * referral in all supported languages, every text is really there (no raw i18n keys), switching
 * language in the middle keeps the step, and right-to-left languages are marked as such.
 */
import { expect } from 'chai';
import { converse, type TurnResult } from '../bot/turn/converse.js';
import type { State } from '../bot/engine/types.js';
import { shippedBot, shippedProject } from './support/project.js';

const RAW_KEY = /^[a-z-]+:[\w.-]+$/;

/** Walks a conversation by always pressing the choice at `pick` until a referral; returns what happened. */
function walk(lang: string, picks: readonly number[]): { referrals: string[]; texts: string[]; steps: string[] } {
  const bot = shippedBot();
  let r: TurnResult = converse(bot, undefined, { type: 'start' });
  r = converse(bot, r.state, { type: 'action', action: { type: 'language', lang } });
  const referrals: string[] = [];
  const texts: string[] = [];
  const steps: string[] = [];
  for (let i = 0; i < 12 && referrals.length === 0; i++) {
    texts.push(...r.messages.map((m) => m.text), ...r.messages.flatMap((m) => (m.buttons ?? []).map((b) => b.label)));
    const q = [...r.messages].reverse().find((m) => m.markers?.question);
    const choices = (q?.buttons ?? []).filter((b) => b.role === 'choice' && b.action.type === 'choice');
    if (!q || choices.length === 0) break;
    steps.push(`${q.markers!.question!.flow}#${q.markers!.question!.step}`);
    const button = choices[(picks[i] ?? 0) % choices.length]!;
    r = converse(bot, r.state, { type: 'action', action: button.action });
    referrals.push(...r.messages.flatMap((m) => (m.markers?.referral ? [m.markers.referral.service] : [])));
  }
  texts.push(...r.messages.map((m) => m.text));
  return { referrals, texts, steps };
}

describe('languages', () => {
  const languages = shippedProject().languages.map((l) => l.code);

  it('supports the seven languages of the issue', () => {
    expect(languages).to.include.members(['nl', 'nl-x-simple', 'en', 'tr', 'ar', 'pl', 'uk']);
    expect(shippedProject().languages.find((l) => l.code === 'ar')?.dir).to.equal('rtl');
  });

  for (const picks of [
    [0, 0, 1, 0, 0, 0],
    [2, 1, 0, 2, 1, 1],
    [1, 0, 0, 1, 0, 2, 0],
  ]) {
    it(`the same buttons (${picks.join(',')}) reach the same referral in every language`, () => {
      const base = walk('nl', picks);
      expect(base.referrals.length, `a referral in Dutch along ${base.steps.join(' → ')}`).to.be.greaterThan(0);
      for (const lang of languages) {
        const run = walk(lang, picks);
        expect(run.steps, lang).to.deep.equal(base.steps);
        expect(run.referrals, lang).to.deep.equal(base.referrals);
        const raw = run.texts.filter((t) => RAW_KEY.test(t.trim()));
        expect(raw, `untranslated keys in ${lang}`).to.deep.equal([]);
        if (lang !== 'nl') expect(run.texts.join(' '), `${lang} is not just Dutch`).to.not.equal(base.texts.join(' '));
      }
    });
  }

  it('switching language in the middle of a flow keeps the step', () => {
    const bot = shippedBot();
    let r = converse(bot, undefined, { type: 'start' });
    const menu = r.messages.find((m) => m.markers?.question)!;
    r = converse(bot, r.state, { type: 'action', action: menu.buttons!.find((b) => b.role === 'choice')!.action });
    const at: Pick<State, 'flow' | 'step'> = { flow: r.state.flow, step: r.state.step };
    for (const lang of languages) {
      const switched = converse(bot, r.state, { type: 'action', action: { type: 'language', lang } });
      expect({ flow: switched.state.flow, step: switched.state.step }).to.deep.equal(at);
      expect(switched.state.lang).to.equal(lang);
      expect(switched.messages.at(-1)?.markers?.question).to.deep.equal(at);
    }
  });

  it('typing a language name switches and the choice is remembered', () => {
    const bot = shippedBot();
    let r = converse(bot, undefined, { type: 'start' });
    for (const lang of shippedProject().languages) {
      r = converse(bot, r.state, { type: 'text', text: lang.native });
      expect(r.state.lang, lang.native).to.equal(lang.code);
      r = converse(bot, r.state, { type: 'text', text: 'xyz' });
      expect(r.state.lang).to.equal(lang.code);
    }
  });
});
