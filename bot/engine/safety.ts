/**
 * The safety question. When a message may tell of acute danger but no crisis phrase says so for
 * sure (the danger model is fairly sure, see bot/understand/danger-model.ts), the bot does not
 * guess: it holds what the message was understood as and asks "Is er nu gevaar?" with four
 * buttons (I think of suicide; I am in danger; someone else is; no). Yes gives the crisis help
 * lines of that kind; no carries on with the held message as if nothing was asked. Anything else
 * the resident does lets the held message go.
 * @packageDocumentation
 */
import type { Graph, Input, Output, SafetyAnswer, State, StepResult } from './types.js';

/** The answers on the safety question's buttons, in the order shown. */
export const SAFETY_ANSWERS: readonly SafetyAnswer[] = Object.freeze(['suicide', 'danger', 'other', 'no']);

/** The state without a held message. */
export function withoutHeld(state: State): State {
  if (state.held === undefined) return state;
  const { held: _held, ...rest } = state;
  return rest as State;
}

/** Holds `then` and asks the safety question. */
export function askSafety(state: State, then: Input): StepResult {
  return { state: { ...withoutHeld(state), held: then }, outputs: [{ kind: 'safetyQuestion' }] };
}

/**
 * The resident's answer to the safety question. `run` is the engine's own turn, for the crisis
 * help lines or the held message.
 */
export function answerSafety(state: State, answer: SafetyAnswer, run: (state: State, input: Input) => StepResult): StepResult {
  const held = state.held;
  const rest = withoutHeld(state);
  switch (answer) {
    case 'suicide':
      return run(rest, { type: 'crisis', kind: 'suicide' });
    case 'danger':
      return run(rest, { type: 'crisis', kind: 'violence' });
    case 'other':
      return run(rest, { type: 'crisis', kind: 'violence', bystander: true });
    case 'no': {
      // Asked once: after "no" the model does not ask again in this conversation (the safety line still shows).
      const safe: State = { ...rest, safeSaid: true };
      const r = run(safe, held ?? { type: 'resume' });
      return { state: r.state, outputs: [{ kind: 'text', text: 'common:crisis.safe' }, ...r.outputs] };
    }
  }
}

/**
 * The crisis message for a crisis input: its text and help lines. Someone else in danger gets text
 * for a bystander (not "it is not your fault") and the bystander's help lines where the content
 * has them; a medical emergency reads the same for anyone.
 */
export function crisisOutput(graph: Graph, input: Extract<Input, { type: 'crisis' }>): Output {
  const other = input.bystander === true && input.kind !== 'medical';
  const text = other ? `common:crisis.bystander.${input.kind}` : `common:crisis.${input.kind}`;
  const services = (other ? graph.crisisBystander?.[input.kind] : undefined) ?? graph.crisis[input.kind] ?? [];
  return { kind: 'crisis', crisis: input.kind, text, services, ...(other ? { bystander: true } : {}) };
}
