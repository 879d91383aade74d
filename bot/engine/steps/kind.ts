/**
 * What every step kind provides: its JSON Schema fragment, how it is built from YAML,
 * where it can go next (for the validator) and what it does when the engine enters it.
 * @packageDocumentation
 */
import type { Graph, Output, SourcePos, State, Step, TextKey } from '../types.js';

/** A path into a YAML document: keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/** Given to a step kind while building it from YAML. */
export interface BuildContext {
  readonly flowId: string;
  /** Path of this step in the document (`['steps', 3]`). */
  readonly path: YamlPath;
  /**
   * Registers a resident-facing Dutch text at a path below the step and returns its i18n key.
   * @param key - the key below the step; defaults to the path joined with dots (`text`, `summary`)
   */
  text(relPath: YamlPath, dutch: string, key?: string): TextKey;
  /** Where a path below the step stands in the source. */
  pos(relPath: YamlPath): SourcePos | undefined;
  /**
   * The id of an implicit `link` step to the start of another flow, written as `flow:` at a path
   * below this step (a menu choice). The builder adds one such step per target flow.
   */
  linkTo(flow: string, relPath: YamlPath): string;
}

/** A transition out of a step, for graph checks. */
export interface Target {
  readonly next: string;
  /** Path below the step where the target is written (for diagnostics). */
  readonly at: YamlPath;
}

/** Given to a step kind when the engine enters it. */
export interface RunContext {
  readonly graph: Graph;
  readonly state: State;
  readonly flow: string;
}

/** What entering a step leads to. */
export type Entered =
  | { readonly outputs: readonly Output[]; readonly go: string }
  | { readonly outputs: readonly Output[]; readonly jump: { readonly flow: string; readonly step?: string } }
  | { readonly outputs: readonly Output[]; readonly wait: true }
  | { readonly outputs: readonly Output[]; readonly end: true };

/** The behaviour and shape of one step kind. */
export interface StepKind<S extends Step = Step> {
  readonly kind: S['kind'];
  /** Dutch description, shown in editors through the schema. */
  readonly description: string;
  /** JSON Schema (draft-07) of the kind's own fields, besides `id` and `kind`. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly required: readonly string[];
  /** JSON Schema `dependencies` of the kind (a field that needs another). */
  readonly dependencies?: Readonly<Record<string, readonly string[]>>;
  /** True when reaching this step counts as an outcome (a referral or a person). */
  readonly outcome: boolean;
  build(raw: Readonly<Record<string, unknown>>, ctx: BuildContext): S;
  targets(step: S): readonly Target[];
  enter(step: S, ctx: RunContext): Entered;
}

/** Continue with `next`, or end the flow when there is none. */
export function continueWith(outputs: readonly Output[], next: string | undefined): Entered {
  return next === undefined ? { outputs, end: true } : { outputs, go: next };
}

/** The optional `next` of a step as a target list. */
export function nextTarget(step: { readonly next?: string }): readonly Target[] {
  return step.next === undefined ? [] : [{ next: step.next, at: ['next'] }];
}

/** Reads an optional string field. */
export function optString(raw: Readonly<Record<string, unknown>>, field: string): string | undefined {
  const v = raw[field];
  return typeof v === 'string' ? v : undefined;
}

/** Reads a string field that the schema guarantees. */
export function str(raw: Readonly<Record<string, unknown>>, field: string): string {
  const v = raw[field];
  return typeof v === 'string' ? v : '';
}

/** JSON Schema of a step id reference. */
export const STEP_REF = Object.freeze({ type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Id van een stap in deze flow.' });
/** JSON Schema of a resident-facing Dutch text. */
export const TEXT = Object.freeze({ type: 'string', minLength: 1, description: 'Tekst voor de inwoner, in eenvoudig Nederlands (B1).' });
