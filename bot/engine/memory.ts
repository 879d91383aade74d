/**
 * What the engine keeps in the state between turns: the agenda, the resident's own words per
 * leefgebied, earlier passes, the trail for "back", the answers and the services shown. Pure.
 * @packageDocumentation
 */
import { answerKey } from './conditions.js';
import { ENGINE_DEFAULTS } from './defaults.js';
import type { Answer, Graph, Output, QuestionStep, State, TrailEntry } from './types.js';

/** The agenda with `add` on it: leefgebieden only, each once, not the one being talked about. */
export function agenda(graph: Graph, state: State, add: readonly string[]): readonly string[] {
  return [...new Set([...(state.pending ?? []), ...add])].filter((f) => graph.leefgebieden.includes(f) && f !== state.flow);
}

/**
 * Entering a leefgebied again: the answers of the earlier pass move aside (kept for "Mijn vraag",
 * never overwritten, and no longer steering the branches of this pass).
 */
export function archived(graph: Graph, state: State, flow: string): State {
  if (!graph.leefgebieden.includes(flow)) return state;
  const prefix = `${flow}.`;
  const picked = Object.entries(state.answers).filter(([k]) => k.startsWith(prefix));
  if (picked.length === 0) return state;
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([k]) => !k.startsWith(prefix)));
  const earlier = [...(state.earlier ?? []), { flow, answers: Object.fromEntries(picked) }].slice(-ENGINE_DEFAULTS.maxEarlier);
  return { ...state, answers, earlier };
}

/** Keeps the resident's own words for the leefgebieden they named (first words win; short). */
export function noted(graph: Graph, state: State, flows: readonly string[], words: string | undefined): State {
  const text = words?.trim().slice(0, ENGINE_DEFAULTS.maxToldLength);
  if (!text) return state;
  const told = { ...(state.told ?? {}) };
  for (const f of flows) if (graph.leefgebieden.includes(f) && told[f] === undefined) told[f] = text;
  return { ...state, told };
}

/** Remembers the services referral and handoff steps showed, for the summary (newest kept, no repeats). */
export function withReferred(state: State, outputs: readonly Output[]): State {
  const shown = outputs.flatMap((o) => (o.kind === 'referral' ? o.services : o.kind === 'handoff' ? [o.service] : []));
  if (shown.length === 0) return state;
  const before = (state.referred ?? []).filter((id) => !shown.includes(id));
  return { ...state, referred: [...before, ...new Set(shown)].slice(-ENGINE_DEFAULTS.maxReferred) };
}

/** The trail with one more entry, keeping the most recent `maxTrail` (bounds the state's size). */
export function withTrail(state: State, entry: TrailEntry): readonly TrailEntry[] {
  return [...state.trail, entry].slice(-ENGINE_DEFAULTS.maxTrail);
}

/** Keeps an answer and a trail entry so "back" can undo it. */
export function remember(state: State, q: QuestionStep, answer: Answer): State {
  const key = q.save ? answerKey(state.flow, q.save) : undefined;
  const entry: TrailEntry = { f: state.flow, s: q.id, v: state.visited.length, ...(key ? { k: key } : {}) };
  const trail = withTrail(state, entry);
  const answers = key ? { ...state.answers, [key]: answer } : state.answers;
  return { ...state, answers, trail };
}

/** The 4 digits of a Dutch postcode in a short answer ("3311", "3311 AB", "mijn postcode is 3311"), else undefined. */
export function postcodeDigits(text: string): string | undefined {
  const hits = [...text.matchAll(/(?<![0-9])([1-9][0-9]{3})(?![0-9])/g)];
  return hits.length === 1 ? hits[0]![1] : undefined;
}
