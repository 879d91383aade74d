/** The `handoff` step: offers a person. */
import type { HandoffStep } from '../types.js';
import { continueWith, nextTarget, optString, str, STEP_REF, TEXT, type StepKind } from './kind.js';

/** Offers a person (by default the pack's own way in, such as the wijkteam), then continues or ends the flow. */
export const handoff: StepKind<HandoffStep> = {
  kind: 'handoff',
  description: 'Een mens: de bot geeft het telefoonnummer en de ingang van een dienst (standaard het wijkteam).',
  properties: {
    text: TEXT,
    service: { type: 'string', description: 'Id van een dienst uit content/; zonder dit de standaard-ingang van de gemeente.' },
    next: STEP_REF,
  },
  required: ['text'],
  outcome: true,
  build(raw, ctx) {
    const next = optString(raw, 'next');
    const service = optString(raw, 'service');
    return {
      kind: 'handoff',
      id: str(raw, 'id'),
      text: ctx.text(['text'], str(raw, 'text')),
      ...(service ? { service } : {}),
      ...(next ? { next } : {}),
    };
  },
  targets: (step) => nextTarget(step),
  enter: (step, ctx) =>
    continueWith([{ kind: 'handoff', text: step.text, service: step.service ?? ctx.graph.handoffService, reason: 'step' }], step.next),
};
