/** The `link` step: continues in another flow. */
import type { LinkStep } from '../types.js';
import { optString, str, type StepKind } from './kind.js';

/** Jumps to another flow, at its start or at `step`. */
export const link: StepKind<LinkStep> = {
  kind: 'link',
  description: 'Een koppeling: het gesprek gaat verder in een andere flow (een ander leefgebied).',
  properties: {
    flow: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'Id van de andere flow, bijvoorbeeld `wonen`.' },
    step: { type: 'string', description: 'Stap in die flow; zonder dit begint de flow bij zijn `start`.' },
  },
  required: ['flow'],
  outcome: false,
  build(raw) {
    const step = optString(raw, 'step');
    return { kind: 'link', id: str(raw, 'id'), flow: str(raw, 'flow'), ...(step ? { step } : {}) };
  },
  targets: () => [],
  enter: (step) => ({ outputs: [], jump: { flow: step.flow, ...(step.step ? { step: step.step } : {}) } }),
};
