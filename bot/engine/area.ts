/**
 * Neighbourhoods by name (issue 15): after a postcode the gemeente cannot place, a question with
 * `expect: area` offers the gemeente's neighbourhoods as buttons. Pure helpers for that question.
 * @packageDocumentation
 */
import type { Graph, GraphArea, OutChoice, State } from './types.js';

/** Button ids of neighbourhoods: this prefix and the area id (choice ids are plain: letters, digits, dashes). */
export const AREA_CHOICE = 'wijk-';

function inArea(area: GraphArea, postcode: string): boolean {
  const n = Number(postcode);
  return area.postcodes.some((p) => {
    const [from, to] = p.split('-').map((x) => Number(x.trim()));
    return to === undefined ? n === from : n >= (from ?? NaN) && n <= to;
  });
}

/** True when a `expect: area` question has something to ask: a postcode was given that no neighbourhood holds. */
export function areaToAsk(graph: Graph, state: State): boolean {
  const areas = graph.areas ?? [];
  if (areas.length === 0 || state.area || !state.postcode) return false;
  return !areas.some((a) => inArea(a, state.postcode!));
}

/** The neighbourhoods as buttons. */
export function areaChoices(graph: Graph): OutChoice[] {
  return (graph.areas ?? []).map((a) => ({ id: `${AREA_CHOICE}${a.id}`, label: a.name }));
}

/** The neighbourhood of a pressed button, or of a typed name ("oost", "Ik woon in Oost"). */
export function areaOfAnswer(graph: Graph, answer: { choice: string } | { text: string }): GraphArea | undefined {
  const areas = graph.areas ?? [];
  if ('choice' in answer) return areas.find((a) => `${AREA_CHOICE}${a.id}` === answer.choice);
  const words = answer.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  const hits = areas.filter((a) => a.words.some((w) => words.includes(w)));
  return hits.length === 1 ? hits[0] : undefined;
}
