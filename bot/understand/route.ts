/**
 * Routing: collect evidence per flow from the words of a message and turn it into a ranked
 * {@link RouteResult}.
 *
 * @remarks
 * Per word: exact key, else fuzzy key (see fuzzy.ts), else known parts of a compound word.
 * Multi-word synonyms ("geen geld", "huis uit gezet") are matched first, longest first, and the
 * words they cover give no single-word evidence. Each synonym counts once per flow, so repeating a
 * word does not add up. The first content words after a wish cue ("ik wil", "is er", `wensen` in
 * the synonym file) count `weights.wish` times: what the resident asks for outweighs the context.
 * `patronen` (words with gaps, the crisis syntax) add `weights.pattern` to their leefgebied.
 * Evidence `e` becomes a score `1 - exp(-e / scale)`.
 */

import { BUITEN, DEFAULTS, LEEFGEBIEDEN, ONBEKEND } from './defaults.js';
import type { Token } from './normalise.js';
import type { ExplainItem, RouteAlternative, RouteResult } from './types.js';
import type { Posting, Resolved, RouteIndex } from './vocabulary.js';

/** Evidence collected for one flow. */
export interface FlowEvidence {
  /** Leefgebied id or `buiten`. */
  flow: string;
  /** Sum of weights times match quality. */
  sum: number;
  /** What matched, for `explain`. */
  items: ExplainItem[];
}

const ORDER = new Map<string, number>([...LEEFGEBIEDEN, BUITEN].map((f, i) => [f, i]));

/**
 * Collect routing evidence for a message in one language.
 *
 * @param index - the language's routing index
 * @param text - the message (any string)
 * @returns evidence per flow, best first (ties: leefgebied order, `buiten` last)
 */
export function collectEvidence(index: RouteIndex, text: string): FlowEvidence[] {
  const toks = index.norm.tokens(text);
  const res: Resolved[] = toks.map((t) => index.resolve(t));
  // what a wish asks for ("ik wil aan het werk") counts more than the story around it
  const { factor: focus, dismissed, wished } = index.focus(toks, text);
  // an item read in words the resident set aside ("het huis is oké") says so (ExplainItem.dismissed)
  const aside = (from: number, to: number): boolean => dismissed.subarray(from, to + 1).some((x) => x === 1);
  // and one read in what a wish asks for ("ik zoek werk", `wensen.woorden`): ExplainItem.wished
  const asked = (from: number, to: number): boolean => wished.subarray(from, to + 1).some((x) => x === 1);
  const byFlow = new Map<string, FlowEvidence>();
  const seen = new Set<string>();
  const add = (p: Posting, amount: number, word: string, key: string, fuzzy = false, at?: readonly [number, number]): void => {
    const id = p.flow + '\u0000' + key;
    if (seen.has(id) || amount <= 0) return;
    seen.add(id);
    let ev = byFlow.get(p.flow);
    if (!ev) {
      ev = { flow: p.flow, sum: 0, items: [] };
      byFlow.set(p.flow, ev);
    }
    ev.sum += amount;
    ev.items.push({ word, synonym: p.synonym, flow: p.flow, ...(fuzzy ? { fuzzy } : {}), ...(p.weak === true || p.example === true ? { weak: true as const } : {}), ...(at && aside(at[0], at[1]) ? { dismissed: true as const } : {}), ...(at && asked(at[0], at[1]) ? { wished: true as const } : {}) });
  };

  const covered = new Uint8Array(toks.length);
  // words of a common phrase ("niemand belt me terug"): a pattern within them says nothing either
  const neutral = new Uint8Array(toks.length);
  if (index.maxPhrase > 1) {
    for (let i = 0; i < toks.length; i++) {
      const r0 = res[i];
      const t0 = toks[i];
      if (!r0 || !t0) continue;
      const longest = Math.max(index.phraseStarts.get(r0.key) ?? 0, index.phraseStarts.get(t0.key) ?? 0);
      for (let len = Math.min(longest, toks.length - i); len >= 2; len--) {
        const keys: string[] = [];
        let quality = 1;
        for (let j = i; j < i + len; j++) {
          const r = res[j];
          const t = toks[j];
          if (!r || !t) break;
          const usable = r.stop || r.quality > 0;
          keys.push(usable ? r.key : t.key);
          if (usable) quality = Math.min(quality, r.quality);
        }
        const joined = keys.join(' ');
        const postings = index.phrases.get(joined) ?? (index.neutral.has(joined) ? [] : undefined);
        if (!postings) continue;
        if (postings.length === 0) neutral.fill(1, i, i + len);
        const words = toks.slice(i, i + len).map((t) => t.raw).join(' ');
        const f = spanFocus(focus, i, i + len - 1);
        for (const p of postings) add(p, p.weight * quality * f, words, keys.join(' '), quality < 1, [i, i + len - 1]);
        covered.fill(1, i, i + len);
        break;
      }
    }
  }
  matchPatterns(index, toks, res, focus, neutral, add);
  joinSplitCompounds(index, toks, res, covered, (p, amount, word, key, at) => add(p, amount * spanFocus(focus, at, at + 1), word, key, false, [at, at + 1]));

  const partWeight = DEFAULTS.weights.compoundPart;
  // exact words first: "somber" itself counts, not "zomer" heard as "somber" before it
  const order = toks.map((_, i) => i).sort((a, b) => (res[b]?.quality ?? 0) - (res[a]?.quality ?? 0) || a - b);
  for (const i of order) {
    const r = res[i];
    const t = toks[i];
    if (!r || !t || r.stop || covered[i]) continue;
    // a known word with parts stands only inside phrases ("darmkanker"): its last part speaks (vocabulary.ts)
    if (r.quality > 0 && !r.parts) {
      for (const p of index.single.get(r.key) ?? []) add(p, p.weight * r.quality * (focus[i] ?? 1), t.raw, r.key, r.quality < 1, [i, i]);
    } else if (r.parts) {
      for (const part of r.parts) {
        for (const p of index.single.get(part.key) ?? []) add(p, p.weight * partWeight * part.quality * (focus[i] ?? 1), t.raw, part.key, part.quality < 1, [i, i]);
      }
    }
  }
  return [...byFlow.values()].sort(
    (a, b) => b.sum - a.sum || (ORDER.get(a.flow) ?? 99) - (ORDER.get(b.flow) ?? 99),
  );
}

/** `patronen`: words that together say more than each alone; each pattern counts once, on top of its words (not one that lies wholly within a common phrase). */
function matchPatterns(
  index: RouteIndex,
  toks: readonly Token[],
  res: readonly Resolved[],
  focus: Float64Array,
  neutral: Uint8Array,
  add: (p: Posting, amount: number, word: string, key: string, fuzzy: boolean, at: readonly [number, number]) => void,
): void {
  if (index.patternIndex.size === 0) return;
  const matched = toks.map((t, i) => (res[i] && res[i]!.key !== t.key ? [res[i]!.key, t.key] : [t.key]));
  const weight = DEFAULTS.weights.pattern;
  for (const { p, from, to } of index.patternIndex.matchAll(matched)) {
    if (neutral.subarray(from, to + 1).every((x) => x === 1)) continue;
    add({ flow: p.flow, weight, synonym: p.source }, weight * spanFocus(focus, from, to), toks.slice(from, to + 1).map((t) => t.raw).join(' '), `patroon:${p.source}`, false, [from, to]);
  }
}

/** The strongest wish factor over the words `from`..`to` (a phrase or pattern counts as its most asked-for word), or a referrer's low factor where it holds one. */
function spanFocus(focus: Float64Array, from: number, to: number): number {
  // a span with a word of who sent the resident ("my job" in "my job coach said") counts as that
  let f = 1;
  let sent = Infinity;
  for (let j = from; j <= to && j < focus.length; j++) {
    f = Math.max(f, focus[j]!);
    if (focus[j]! < 1) sent = Math.min(sent, focus[j]!);
  }
  return sent < Infinity ? sent : f;
}

/**
 * Compounds written apart: "huur achterstand", "vrijwilligers werk", "schuld hulp". Two adjacent
 * words whose joined form is a synonym count as that synonym and give no evidence of their own.
 */
function joinSplitCompounds(
  index: RouteIndex,
  toks: readonly Token[],
  res: readonly Resolved[],
  covered: Uint8Array,
  add: (p: Posting, amount: number, word: string, key: string, at: number) => void,
): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!a || !b || covered[i] || covered[i + 1] || res[i]?.stop || res[i + 1]?.stop) continue;
    if (a.body.length < 3 || b.body.length < 3 || /\d/.test(a.body + b.body)) continue;
    const key = index.norm.rules.ending(a.body + b.body);
    const postings = index.single.get(key)?.filter((p) => !p.example);
    if (!postings || postings.length === 0) continue;
    for (const p of postings) add(p, p.weight, a.raw + ' ' + b.raw, key, i);
    covered[i] = 1;
    covered[i + 1] = 1;
  }
}

/** Turn evidence into a 0..1 score, rounded. */
export function toScore(evidence: number): number {
  const s = 1 - Math.exp(-Math.max(0, evidence) / DEFAULTS.scoring.scale);
  return round(s);
}

/** Round to the configured number of decimals. */
export function round(n: number): number {
  const f = 10 ** DEFAULTS.scoring.decimals;
  return Math.round(n * f) / f;
}

/**
 * Build the result from ranked evidence.
 *
 * @param ranked - output of {@link collectEvidence}
 * @param lang - language the message was read in
 * @param explain - include the explain list
 * @returns the chosen flow; `onbekend` (score 0, candidates as alternatives) below the minimum score
 */
export function toResult(ranked: readonly FlowEvidence[], lang: string, explain: boolean): RouteResult {
  const sc = DEFAULTS.scoring;
  const scored: RouteAlternative[] = ranked.map((e) => ({ flow: e.flow, score: toScore(e.sum) }));
  const top = scored[0];
  const known = top !== undefined && top.score >= sc.minScore;
  const rest = (known ? scored.slice(1) : scored)
    .filter((a) => a.score >= sc.minAlternative)
    .slice(0, sc.maxAlternatives);
  const result: RouteResult = {
    flow: known ? top.flow : ONBEKEND,
    score: known ? top.score : 0,
    alternatives: rest,
    lang,
  };
  if (explain) result.explain = ranked.flatMap((e) => e.items);
  return result;
}
