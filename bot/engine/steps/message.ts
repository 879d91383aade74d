/** The `message` step: says something and goes on. */
import type { MessageStep } from '../types.js';
import { continueWith, nextTarget, optString, str, STEP_REF, TEXT, type StepKind } from './kind.js';

/** Says a text, then continues with `next` (or ends the flow). */
export const message: StepKind<MessageStep> = {
  kind: 'message',
  description: 'Een bericht: de bot zegt iets en gaat door naar `next`.',
  properties: { text: TEXT, next: STEP_REF },
  required: ['text'],
  outcome: false,
  build(raw, ctx) {
    const next = optString(raw, 'next');
    return { kind: 'message', id: str(raw, 'id'), text: ctx.text(['text'], str(raw, 'text')), ...(next ? { next } : {}) };
  },
  targets: (step) => nextTarget(step),
  enter: (step) => continueWith([{ kind: 'text', text: step.text }], step.next),
};
