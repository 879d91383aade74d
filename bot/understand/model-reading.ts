/**
 * {@link createModelReading}: what the three small models (danger, topic, bystander) say about a
 * text, for {@link createUnderstanding}. A turn asks them about the same text: its features are
 * read once.
 * @packageDocumentation
 */

import { bystanderOf } from './bystander-model.js';
import { scoreHashes, textHashes } from './danger-model.js';
import { DEFAULTS, LEEFGEBIEDEN, ONBEKEND } from './defaults.js';
import { topicScores } from './topic-model.js';
import type { CrisisHit, RouteResult, UnderstandingData } from './types.js';
import { foldedWords } from './normalise.js';

const LEEF: ReadonlySet<string> = new Set(LEEFGEBIEDEN);
const PLACEHOLDERS: readonly string[] = Object.values(DEFAULTS.placeholders);
/** The text without the placeholders of removed personal data ("[adres]"): those are no words of the resident's. */
const withoutPlaceholders = (text: string): string => PLACEHOLDERS.reduce((t, p) => t.split(p).join(' '), text);

/** The model readings of {@link createModelReading}. Each is a no-op without its model. */
export interface ModelReading {
  /** Who a crisis phrase's danger is for, with the bystander model's say (not for medical: one text). */
  whose(hit: CrisisHit, text: string, explain?: boolean): CrisisHit;
  /** The danger model's score of the text, 0 without a model. */
  danger(text: string): number;
  /**
   * The synonyms and the topic model together (DEFAULTS.topicModel): per leefgebied its synonym
   * score as a share of the best one, plus `weight` times the model's probability. When another
   * leefgebied comes out first, it takes the first place and the first score (the scores keep
   * their spread; only the order changes).
   */
  reranked(result: RouteResult, text: string, explain: boolean): RouteResult;
  /** Nothing found by the synonyms: the topic model alone, when it is sure (DEFAULTS.topicModel.alone). */
  alone(result: RouteResult, text: string, explain: boolean): RouteResult;
  /** The topic model's probability per leefgebied for the text; empty without a model. */
  topics(text: string): ReadonlyMap<string, number>;
}

/**
 * The model readings over the models in `data` (any may be missing).
 *
 * @param data - synonym data with its models, e.g. from `loadUnderstanding(root)`
 */
export function createModelReading(data: UnderstandingData | undefined): ModelReading {
  const model = data?.dangerModel;
  const topicModel = data?.topicModel;
  const bystanderModel = data?.bystanderModel;
  let lastHashes: { text: string; hashes: number[] } | undefined;
  const hashesOf = (text: string): number[] => {
    if (lastHashes?.text !== text) lastHashes = { text, hashes: textHashes(text.slice(0, DEFAULTS.limits.routeChars)) };
    return lastHashes.hashes;
  };
  return {
    whose(hit, text, explain = false) {
      if (!bystanderModel || hit.kind === 'medical') return hit;
      const { bystander: _was, ...rest } = hit;
      const { bystander, p } = bystanderOf(bystanderModel, hashesOf(text), hit.bystander === true);
      return { ...rest, ...(bystander ? { bystander: true } : {}), ...(explain ? { bystanderP: Number(p.toFixed(2)) } : {}) };
    },
    danger(text) {
      if (!model) return 0;
      try {
        return scoreHashes(model, hashesOf(text));
      } catch {
        return 0;
      }
    },
    reranked(result, text, explain) {
      if (!topicModel || !LEEF.has(result.flow) || result.score <= 0) return result;
      const synonyms = new Map<string, number>([[result.flow, result.score], ...result.alternatives.map((a) => [a.flow, a.score] as [string, number])]);
      let best = { flow: result.flow, value: -Infinity, p: 0 };
      for (const { topic, p } of topicScores(topicModel, hashesOf(text))) {
        const value = (synonyms.get(topic) ?? 0) / result.score + DEFAULTS.topicModel.weight * p;
        if (value > best.value) best = { flow: topic, value, p };
      }
      if (best.flow === result.flow) return result;
      const was = synonyms.get(best.flow) ?? 0;
      const alternatives = [{ flow: result.flow, score: was }, ...result.alternatives.filter((a) => a.flow !== best.flow)].sort((x, y) => y.score - x.score);
      return { ...result, flow: best.flow, alternatives, ...(explain ? { reranked: { from: result.flow, p: Number(best.p.toFixed(2)) } } : {}) };
    },
    alone(result, text, explain) {
      const a = DEFAULTS.topicModel.alone;
      if (!topicModel || result.flow !== ONBEKEND || foldedWords(withoutPlaceholders(text)).length < a.words) return result;
      const [best, second] = topicScores(topicModel, hashesOf(text));
      if (!best || best.p < a.p || best.p - (second?.p ?? 0) < a.margin) return result;
      const alternatives = result.alternatives.filter((x) => x.flow !== best.topic);
      return { flow: best.topic, score: Number((best.p * a.score).toFixed(3)), alternatives, lang: result.lang, modelOnly: { p: Number(best.p.toFixed(2)) }, ...(explain ? { explain: result.explain ?? [] } : {}) };
    },
    topics(text) {
      if (!topicModel) return new Map();
      return new Map(topicScores(topicModel, hashesOf(text)).map((s) => [s.topic, s.p]));
    },
  };
}
