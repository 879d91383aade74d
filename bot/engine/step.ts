/**
 * The engine: one pure function from (graph, state, input) to (state, outputs).
 * No I/O, no clock, no randomness; it never throws on any input.
 * @packageDocumentation
 */
import { areaChoices, areaOfAnswer } from './area.js';
import { ENGINE_DEFAULTS } from './defaults.js';
import { passShownSupport, supportEarly } from './support-early.js';
import { prefilled, prefillKey } from './prefill.js';
import { questionOutput } from './question-output.js';
import { answerSafety, askSafety, crisisOutput, withoutHeld } from './safety.js';
import { kindOf } from './steps/index.js';
import { agenda, archived, noted, postcodeDigits, remember, withReferred, withTrail } from './memory.js';
import type { Answer, Graph, Input, Output, QuestionStep, State, Step, StepResult, TrailEntry } from './types.js';

/** A fresh state at the very beginning (nothing asked yet). */
export function initialState(graph: Graph, lang?: string): State {
  const entry = graph.flows.get(graph.entry);
  return { v: 1, flow: graph.entry, step: entry?.start ?? '', answers: {}, trail: [], visited: [], lang: lang ?? graph.defaultLanguage };
}

/**
 * Runs one turn.
 * @param graph - the flows and content, as built by the loader
 * @param state - the state after the previous turn, or `undefined` for a new conversation
 * @param input - what the resident did
 * @returns the new state and what to say; `state` is never mutated
 */
export function step(graph: Graph, state: State | undefined, input: Input): StepResult {
  try {
    return turn(graph, state, input);
  } catch {
    // A broken graph must never break the conversation: offer a person and start over.
    const fresh = initialState(graph, state?.lang);
    return { state: { ...fresh, done: true }, outputs: [handoffOut(graph, 'stuck')] };
  }
}

function turn(graph: Graph, prev: State | undefined, input: Input): StepResult {
  if (!prev || input.type === 'start') {
    const s = initialState(graph, prev?.lang);
    return runFrom(graph, s, s.flow, s.step, []);
  }
  // a held message (the safety question was open) goes when the resident does anything else
  const state = input.type === 'safety' ? prev : withoutHeld(prev);
  switch (input.type) {
    case 'restart': {
      const s = initialState(graph, state.lang);
      return runFrom(graph, s, s.flow, s.step, [{ kind: 'text', text: 'common:restarted' }]);
    }
    case 'language':
      return askAgain(graph, { ...state, lang: input.lang }, [{ kind: 'text', text: 'common:languageChanged' }]);
    case 'back':
      return back(graph, state);
    case 'human':
      return askAgain(graph, state, [handoffOut(graph, 'asked')]);
    case 'explain': {
      const entry = graph.glossary.find((g) => g.id === input.entry);
      const out: Output[] = entry ? [{ kind: 'glossary', entry: entry.id, text: entry.text }] : [];
      // the word explained, then on to what the message was about ("respijtzorg, wat is dat?" at the menu)
      const then = input.then?.type === 'topic' || input.then?.type === 'mention' ? turn(graph, state, input.then) : undefined;
      return then ? { state: then.state, outputs: [...out, ...then.outputs] } : askAgain(graph, state, out);
    }
    case 'choice':
      return choose(graph, state, input.flow, input.step, input.choice, input.mentions, input.words);
    case 'text':
      return freeText(graph, state, input.text, input.mentions ?? []);
    case 'topic':
      return topic(graph, noted(graph, state, [input.flow, ...(input.also ?? [])], input.words), input.flow, input.also ?? []);
    case 'mention': {
      // in a flow: a new problem, to go to now or later; at the menu: several, where to begin
      const flows = input.flows.filter((f) => graph.leefgebieden.includes(f) && f !== state.flow);
      if (flows.length === 0) return askAgain(graph, state, []);
      const s = noted(graph, { ...state, pending: agenda(graph, state, flows) }, flows, input.words);
      return { state: s, outputs: [{ kind: 'switch', flows, flow: state.flow }] };
    }
    case 'crisis': {
      const said = crisisOutput(graph, input);
      // the help lines first; then, where the story names one, its leefgebied instead of the menu again
      if (input.then?.type === 'topic') {
        const next = turn(graph, state, input.then);
        return { state: next.state, outputs: [said, ...next.outputs] };
      }
      return askAgain(graph, state, [said]);
    }
    case 'unsure':
      return input.then.type === 'unsure' || input.then.type === 'safety' ? askAgain(graph, state, []) : askSafety(state, input.then);
    case 'safety':
      return answerSafety(state, input.answer, (s, i) => turn(graph, s, i));
    case 'outOfScope': {
      const general = graph.generalService ? [graph.generalService] : [];
      return askAgain(graph, state, [{ kind: 'referral', flow: state.flow, step: 'buiten', text: 'common:outOfScope', services: general }]);
    }
    case 'resume':
    case 'callback': // issue 16: the turn layer takes call-back buttons; when it does not, ask again
      return askAgain(graph, state, []);
    case 'more':
      return askAgain(graph, state, [{ kind: 'more', service: input.service }]);
    case 'feedback': {
      const key = `${input.flow}#${input.step}`;
      if (state.feedbackFor !== key) return askAgain(graph, state, []); // a late or repeated tap: nothing counted
      const { feedbackFor: _done, ...rest } = state;
      return askAgain(graph, rest as State, [{ kind: 'thanks', flow: input.flow, step: input.step, value: input.value }]);
    }
  }
}

/**
 * Goes to the start of a leefgebied flow from wherever the resident is ("back" returns here).
 * An unfinished leefgebied stays on the agenda, and so do the others the resident named.
 */
function topic(graph: Graph, state: State, flowId: string, also: readonly string[]): StepResult {
  const target = graph.flows.get(flowId);
  if (!target || !graph.leefgebieden.includes(flowId)) return askAgain(graph, state, [{ kind: 'text', text: 'common:pickButton' }]);
  const q = currentQuestion(graph, state);
  const entry: TrailEntry | undefined = q ? { f: state.flow, s: q.id, v: state.visited.length } : undefined;
  const unfinished = q && graph.leefgebieden.includes(state.flow) && state.flow !== flowId ? [state.flow] : [];
  const pending = [...new Set([...(state.pending ?? []), ...also, ...unfinished])].filter((f) => f !== flowId && graph.leefgebieden.includes(f));
  const { pending: _old, ...rest } = state;
  const moved: State = {
    ...rest,
    ...(pending.length > 0 ? { pending } : {}),
    trail: entry ? withTrail(state, entry) : state.trail,
    visited: state.visited.includes(flowId) ? state.visited : [...state.visited, flowId],
  };
  return runFrom(graph, archived(graph, moved, flowId), flowId, target.start, []);
}

function currentQuestion(graph: Graph, state: State): QuestionStep | undefined {
  if (state.done) return undefined;
  const s = graph.flows.get(state.flow)?.steps.get(state.step);
  return s?.kind === 'question' ? s : undefined;
}

/** Says `before`, then asks the current question again (shortly); restarts if there is none. */
function askAgain(graph: Graph, state: State, before: Output[]): StepResult {
  const q = currentQuestion(graph, state);
  if (!q) {
    const s = initialState(graph, state.lang);
    return runFrom(graph, s, s.flow, s.step, before);
  }
  const out: Output = { ...questionOutput(graph, state, state.flow, q), again: true };
  return { state, outputs: [...before, out] };
}

function choose(graph: Graph, state: State, flow: string, stepId: string, choiceId: string, mentions: readonly string[] = [], words?: string): StepResult {
  const q = currentQuestion(graph, state);
  if (!q) return askAgain(graph, state, []);
  if (flow !== state.flow || stepId !== q.id) return askAgain(graph, state, [{ kind: 'text', text: 'common:staleButton' }]);
  const choice = q.choices.find((c) => c.id === choiceId);
  if (!choice && q.expect === 'area') {
    const area = areaOfAnswer(graph, { choice: choiceId });
    if (area && q.other) return chooseArea(graph, state, q, area.id, q.other);
  }
  if (!choice) return askAgain(graph, state, [{ kind: 'text', text: 'common:pickButton' }]);
  // a choice read from the resident's own words keeps them, for "Mijn vraag"
  const said = words?.trim().slice(0, ENGINE_DEFAULTS.maxAnswerLength);
  const answered = remember(state, q, said ? { c: choice.id, t: said } : { c: choice.id });
  return withMentions(graph, answered, choice.next, mentions, words);
}

/**
 * Goes on to `next` after an answer; another problem the typed answer named goes on the agenda,
 * said out loud ("Ik schrijf ook op: …").
 */
function withMentions(graph: Graph, answered: State, next: string, mentions: readonly string[], words?: string): StepResult {
  const others = mentions.filter((f) => graph.leefgebieden.includes(f) && f !== answered.flow && !(answered.pending ?? []).includes(f));
  if (others.length === 0) return runFrom(graph, answered, answered.flow, next, []);
  const withAgenda = noted(graph, { ...answered, pending: agenda(graph, answered, others) }, others, words);
  return runFrom(graph, withAgenda, answered.flow, next, [{ kind: 'noted', flows: others }]);
}

function freeText(graph: Graph, state: State, text: string, mentions: readonly string[]): StepResult {
  const q = currentQuestion(graph, state);
  if (!q) return askAgain(graph, state, []);
  const trimmed = text.trim();
  const n = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : NaN;
  // Numbers count the buttons as shown: at a wijk question the wijken come first.
  const shown = q.expect === 'area' ? [...areaChoices(graph), ...q.choices] : q.choices;
  const byNumber = Number.isInteger(n) ? shown[n - 1] : undefined;
  if (byNumber) return choose(graph, state, state.flow, q.id, byNumber.id);
  if (q.expect === 'postcode') {
    const digits = postcodeDigits(trimmed);
    if (!digits || !q.other) return askAgain(graph, state, [{ kind: 'text', text: 'common:postcodeHelp' }]);
    const entry: TrailEntry = { f: state.flow, s: q.id, v: state.visited.length, p: state.postcode ?? null };
    const answered: State = { ...state, postcode: digits, trail: withTrail(state, entry) };
    return runFrom(graph, answered, state.flow, q.other, []);
  }
  if (q.expect === 'area') {
    const area = areaOfAnswer(graph, { text: trimmed });
    if (area && q.other) return chooseArea(graph, state, q, area.id, q.other);
    return askAgain(graph, state, [{ kind: 'text', text: 'common:pickButton' }]);
  }
  if (q.other && trimmed.length > 0) {
    // Own words are an answer; another problem they name goes on the agenda, said out loud.
    const answered = remember(state, q, { t: trimmed.slice(0, ENGINE_DEFAULTS.maxAnswerLength) });
    return withMentions(graph, answered, q.other, mentions, trimmed);
  }
  return askAgain(graph, state, [{ kind: 'text', text: 'common:pickButton' }]);
}

/** Keeps the neighbourhood the resident chose by name ("back" undoes it) and goes on. */
function chooseArea(graph: Graph, state: State, q: QuestionStep, area: string, next: string): StepResult {
  const entry: TrailEntry = { f: state.flow, s: q.id, v: state.visited.length, a: state.area ?? null };
  return runFrom(graph, { ...state, area, trail: withTrail(state, entry) }, state.flow, next, []);
}

function back(graph: Graph, state: State): StepResult {
  const last = state.trail[state.trail.length - 1];
  if (!last) return askAgain(graph, state, [{ kind: 'text', text: 'common:backNone' }]);
  const answers = { ...state.answers };
  if (last.k) delete answers[last.k];
  const { postcode: _dropped, area: _chosen, ...rest } = state;
  const postcode = last.p === undefined ? state.postcode : (last.p ?? undefined);
  const area = last.a === undefined ? state.area : (last.a ?? undefined);
  const s: State = {
    ...rest,
    ...(postcode ? { postcode } : {}),
    ...(area ? { area } : {}),
    answers,
    trail: state.trail.slice(0, -1),
    visited: state.visited.slice(0, last.v),
    done: false,
  };
  return runFrom(graph, s, last.f, last.s, [{ kind: 'text', text: 'common:backDone' }]);
}

function handoffOut(graph: Graph, reason: 'asked' | 'stuck'): Output {
  return { kind: 'handoff', text: reason === 'asked' ? 'common:humanAsked' : 'common:humanStuck', service: graph.handoffService, reason };
}

/** Runs steps from a place until a question waits or the conversation ends. */
function runFrom(graph: Graph, start: State, flowId: string, stepId: string, before: Output[]): StepResult {
  const outputs: Output[] = [...before];
  let state: State = { ...start, done: false };
  let flow = flowId;
  let at = stepId;
  for (let i = 0; i < ENGINE_DEFAULTS.maxAutoSteps; i++) {
    const passed = passShownSupport(graph, state, flow, at);
    state = passed.state;
    // the support referral was shown already and nothing follows it: the conversation ends there
    if (passed.at === undefined) return { state: { ...state, flow, step: at, done: true }, outputs };
    at = passed.at;
    const current: Step | undefined = graph.flows.get(flow)?.steps.get(at);
    if (!current) break;
    const given = current.kind === 'question' ? prefilled(graph, state, flow, current) : undefined;
    if (given && current.kind === 'question') {
      // the story already answered this: remember it (so "terug" can undo it), say so, go on
      const answered = remember({ ...state, flow }, current, { c: given.id });
      state = { ...answered, prefilled: [...(state.prefilled ?? []), prefillKey(flow, current.id)].slice(-ENGINE_DEFAULTS.maxTrail) };
      outputs.push({ kind: 'understood', answer: given.label });
      at = given.next;
      continue;
    }
    const entered = kindOf(current).enter(current, { graph, state, flow });
    // "Heeft dit geholpen?" once, at the question after a leefgebied's referral (the tap is counted, never kept)
    if (current.kind === 'referral' && graph.leefgebieden.includes(flow)) state = { ...state, feedbackFor: `${flow}#${current.id}` };
    if ('wait' in entered && state.feedbackFor && flow === graph.entry && graph.flows.get(graph.entry)?.afterFlow === at) {
      const [f, s] = state.feedbackFor.split('#') as [string, string];
      outputs.push({ kind: 'feedback', flow: f, step: s });
    }
    // two or more leefgebieden named: independent support comes with the first referral
    const early = current.kind === 'referral' && graph.leefgebieden.includes(flow) ? supportEarly(graph, state, flow) : { state, outputs: [] };
    const shown = [...entered.outputs, ...early.outputs];
    outputs.push(...shown);
    state = withReferred(early.state, shown);
    if ('wait' in entered) return { state: { ...state, flow, step: at }, outputs };
    if ('go' in entered) {
      at = entered.go;
    } else if ('jump' in entered) {
      const target = graph.flows.get(entered.jump.flow);
      if (!target) break;
      // A leefgebied counts as chosen when entered from the menu; a link from one leefgebied to
      // another (rent arrears: wonen → geld) is the same problem, not a second one.
      const fromMenu = !graph.leefgebieden.includes(flow);
      flow = target.id;
      at = entered.jump.step ?? target.start;
      if (fromMenu) state = archived(graph, state, flow);
      if (fromMenu && graph.leefgebieden.includes(flow) && !state.visited.includes(flow)) {
        state = { ...state, visited: [...state.visited, flow] };
      }
      if (fromMenu && state.pending?.includes(flow)) {
        const { pending, ...rest } = state;
        const left = pending.filter((f) => f !== flow);
        state = { ...rest, ...(left.length > 0 ? { pending: left } : {}) } as State;
      }
    } else {
      const entry = graph.flows.get(graph.entry);
      if (flow === graph.entry || !entry?.afterFlow) {
        return { state: { ...state, flow, step: at, done: true }, outputs };
      }
      flow = entry.id;
      at = entry.afterFlow;
    }
  }
  // Unknown step or a loop without questions: never a dead end, offer a person.
  outputs.push(handoffOut(graph, 'stuck'));
  return { state: { ...state, flow, step: at, done: true }, outputs };
}
