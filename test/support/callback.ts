/** Issue 16: driving a conversation to the call-back consent screen. */
import { expect } from 'chai';
import type { Port, View } from './transcript.js';

const PHONE = '06 12345678';

/** Talks to a referral, then asks the first offered organisation to call back, up to the consent screen. */
export async function toConsent(p: Port, phone = PHONE, time?: string): Promise<View[]> {
  await p.start();
  let last: View[] = [];
  for (const a of ['Geld en schulden', 'Ik heb schulden', 'Het speelt al lang', 'Nog niets', 'Ja', 'Van mijn schulden af']) last = await p.say(a);
  const offer = last.at(-1)!.buttons.find((b) => (b.value as { wegwijs?: { type?: string } }).wegwijs?.type === 'callback');
  expect(offer, 'a call-back is offered at the referral').to.not.equal(undefined);
  await p.press(offer!.value, offer!.label);
  const askTime = await p.say(phone);
  expect(askTime.at(-1)!.markers.callback?.state).to.equal('time');
  if (time) return p.say(time);
  const first = askTime.at(-1)!.buttons[0]!;
  return p.press(first.value, first.label);
}

/** Presses the consent screen's button of an op (`yes`, `no`, …). */
export async function press(p: Port, views: View[], op: string): Promise<View[]> {
  const b = views.at(-1)!.buttons.find((x) => (x.value as { wegwijs?: { op?: string } }).wegwijs?.op === op)!;
  return p.press(b.value, b.label);
}

