/**
 * The registry of step kinds. Adding a kind: write `steps/<kind>.ts`, add it to the `Step` union
 * in `types.ts` and to `STEP_KINDS` here; the schema, builder, validator and engine pick it up.
 * @packageDocumentation
 */
import type { Step, StepKindName } from '../types.js';
import { branch } from './branch.js';
import { handoff } from './handoff.js';
import type { StepKind } from './kind.js';
import { link } from './link.js';
import { message } from './message.js';
import { question } from './question.js';
import { referral } from './referral.js';
import { summary } from './summary.js';

/** Every step kind by name. */
export const STEP_KINDS: Readonly<{ [K in StepKindName]: StepKind<Extract<Step, { kind: K }>> }> = Object.freeze({
  message,
  question,
  branch,
  referral,
  handoff,
  link,
  summary,
});

/** The kind definition of a step (typed loosely, for generic walks over the graph). */
export function kindOf(step: Step): StepKind {
  return STEP_KINDS[step.kind] as unknown as StepKind;
}

export type { StepKind, BuildContext, Target, RunContext, Entered, YamlPath } from './kind.js';
