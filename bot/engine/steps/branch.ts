/** The `branch` step: picks the next step from earlier answers. */
import { CONDITION_SCHEMA, holds } from '../conditions.js';
import type { BranchStep, Condition } from '../types.js';
import { str, STEP_REF, type StepKind, type Target } from './kind.js';

/** Goes to the `next` of the first case whose condition holds, or to `else`. */
export const branch: StepKind<BranchStep> = {
  kind: 'branch',
  description: 'Een splitsing: kiest de volgende stap op grond van eerdere antwoorden. De eerste `when` die klopt wint; anders `else`.',
  properties: {
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        title: 'geval',
        additionalProperties: false,
        required: ['when', 'next'],
        properties: { when: CONDITION_SCHEMA, next: STEP_REF },
      },
    },
    else: { ...STEP_REF, description: 'Stap als geen enkele `when` klopt.' },
  },
  required: ['cases', 'else'],
  outcome: false,
  build(raw, ctx) {
    const rawCases = Array.isArray(raw.cases) ? (raw.cases as Record<string, unknown>[]) : [];
    return {
      kind: 'branch',
      id: str(raw, 'id'),
      cases: rawCases.map((c, i) => {
        const pos = ctx.pos(['cases', i]);
        return { when: c.when as Condition, next: str(c, 'next'), ...(pos ? { pos } : {}) };
      }),
      else: str(raw, 'else'),
    };
  },
  targets(step) {
    const t: Target[] = step.cases.map((c, i) => ({ next: c.next, at: ['cases', i, 'next'] }));
    t.push({ next: step.else, at: ['else'] });
    return t;
  },
  enter(step, ctx) {
    const hit = step.cases.find((c) => holds(c.when, ctx.state, ctx.flow));
    return { outputs: [], go: hit ? hit.next : step.else };
  },
};
