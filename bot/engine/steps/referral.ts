/** The `referral` step: points to services from the content pack (the wegwijsfunctie). */
import type { ReferralStep } from '../types.js';
import { continueWith, nextTarget, optString, str, STEP_REF, TEXT, type StepKind } from './kind.js';

/** Shows a text and a card for each service, then continues with `next` (or ends the flow). */
export const referral: StepKind<ReferralStep> = {
  kind: 'referral',
  description: 'Een verwijzing: de bot noemt een of meer diensten uit `content/` met hoe je ze bereikt.',
  properties: {
    text: TEXT,
    services: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', description: 'Id van een dienst uit content/<gemeente>/services.yaml.' },
      description: 'De diensten waar de inwoner terecht kan, belangrijkste eerst.',
    },
    next: STEP_REF,
  },
  required: ['text', 'services'],
  outcome: true,
  build(raw, ctx) {
    const next = optString(raw, 'next');
    const services = Array.isArray(raw.services) ? raw.services.filter((s): s is string => typeof s === 'string') : [];
    return { kind: 'referral', id: str(raw, 'id'), text: ctx.text(['text'], str(raw, 'text')), services, ...(next ? { next } : {}) };
  },
  targets: (step) => nextTarget(step),
  enter: (step, ctx) =>
    continueWith([{ kind: 'referral', flow: ctx.flow, step: step.id, text: step.text, services: step.services }], step.next),
};
