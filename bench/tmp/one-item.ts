// Replays one set item through the turn port and prints every reply: npx tsx bench/tmp/one-item.ts "at1>at2" "text" [pressNoToSafety]
import { turnPort } from '../../test/support/ports.js';
const [atArg, text] = process.argv.slice(2);
const port = await turnPort();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const p: any = port;
let views = await p.start();
for (const label of (atArg ?? '').split('>').map((s) => s.trim()).filter(Boolean)) {
  const b = views.flatMap((v: any) => v.buttons).find((x: any) => x.label === label);
  views = await p.press(b.value, b.label);
  for (const v of views) console.log("   ", label, "=>", v.text.slice(0, 80), v.buttons.map((b: any) => b.label).join(" | "));
}
const said = await p.say(text);
for (const v of said) console.log('BOT', v.text.slice(0, 120), JSON.stringify(v.markers), v.buttons.map((b: any) => b.label).join(' | '));
const no = said.flatMap((v: any) => v.buttons).find((b: any) => (b.value?.wegwijs?.type === 'safety' && b.value?.wegwijs?.answer === 'no'));
if (no) { console.log('-- press', no.label); for (const v of await p.press(no.value, no.label)) console.log('BOT', v.text.slice(0, 120), JSON.stringify(v.markers), v.buttons.map((b: any) => b.label).join(' | ')); }
process.exit(0);
