/**
 * Transcript tests as data: every `test/transcripts/*.yaml` is one conversation, run through the
 * turn layer in process — the same `Turns.run` the embedded Direct Line calls, with a store and a
 * lock — and its activity mapping. The driver and the turn kinds are described in
 * `test/support/transcript.ts`; `transcripts-directline.test.ts` runs the same files end to end.
 */
import { expect } from 'chai';
import { turnPort } from './support/ports.js';
import { runTranscript, transcripts } from './support/transcript.js';

describe('transcripts (turn layer)', () => {
  const all = transcripts();
  it('there are transcripts', () => expect(all.length).to.be.greaterThan(0));
  for (const { file, t } of all) it(`${file}: ${t.name}`, () => runTranscript(t, turnPort(t.gemeente)));
});
