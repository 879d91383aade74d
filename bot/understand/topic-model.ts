/**
 * The topic model: per leefgebied one small logistic regression over the same features as the
 * danger model (bot/understand/danger-model.ts), trained on the labelled first messages of the
 * example sets (`npm run train:models`). It does not route on its own: when the synonyms leave
 * two leefgebieden close, and the model is fairly sure of the second, that one goes first (see
 * `DEFAULTS.topicModel`). Pure and deterministic.
 * @packageDocumentation
 */
import { bucketsOf, dangerFeatures, decodeDangerModel, encodeDangerModel, logOdds, sigmoid, trainFeatured, type DangerModel, type DangerModelFile, type TrainOptions } from './danger-model.js';

/** A trained topic model: one binary model per class, all with the same number of buckets. */
export interface TopicModel {
  readonly classes: readonly string[];
  readonly bits: number;
  readonly models: readonly DangerModel[];
}

/** How the model file stores it (`flows/synonyms/onderwerp-model.json`). */
export interface TopicModelFile {
  readonly format: 'wegwijs-onderwerp-1';
  /** What it was trained on, for people: counts only, never texts. */
  readonly trainedOn: { readonly messages: number; readonly files: readonly string[] };
  readonly bits: number;
  readonly classes: Readonly<Record<string, Pick<DangerModelFile, 'bias' | 'scale' | 'weights'>>>;
}

/** A labelled example. */
export interface TopicExample {
  readonly text: string;
  readonly topic: string;
}

/** Training settings of the topic model (fewer buckets per class than the danger model). */
export const TOPIC_TRAINING: TrainOptions = Object.freeze({ bits: 14, epochs: 15, dangerWeight: 1 });

/** Every class with the model's probability for the text's hashes, most likely first. */
export function topicScores(model: TopicModel, hashes: readonly number[]): { topic: string; p: number }[] {
  const buckets = bucketsOf(hashes, model.bits);
  return model.classes.map((topic, i) => ({ topic, p: sigmoid(logOdds(model.models[i]!, buckets)) })).sort((a, b) => b.p - a.p);
}

/** Trains one model per class (one against the rest). */
export function trainTopicModel(examples: readonly TopicExample[], classes: readonly string[], options: TrainOptions = TOPIC_TRAINING): TopicModel {
  const o = { ...TOPIC_TRAINING, ...options };
  // each text is read once; every class learns from the same features
  const features = examples.map((e) => dangerFeatures(e.text, o.bits!));
  const models = classes.map((c) => trainFeatured(examples.map((e, i) => ({ x: features[i]!, y: e.topic === c ? 1 : 0 })), o));
  return { classes: [...classes], bits: o.bits!, models };
}

/** The model as the file stores it. */
export function encodeTopicModel(model: TopicModel, trainedOn: TopicModelFile['trainedOn']): TopicModelFile {
  const classes: Record<string, Pick<DangerModelFile, 'bias' | 'scale' | 'weights'>> = {};
  model.classes.forEach((c, i) => {
    const { bias, scale, weights } = encodeDangerModel(model.models[i]!, { danger: 0, ordinary: 0, files: [] });
    classes[c] = { bias, scale, weights };
  });
  return { format: 'wegwijs-onderwerp-1', trainedOn, bits: model.bits, classes };
}

/** Reads a topic model file; a problem gives a Dutch sentence for staff instead of a model. */
export function decodeTopicModel(data: unknown): TopicModel | string {
  const f = data as Partial<TopicModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== 'wegwijs-onderwerp-1') return "geen onderwerpmodel: 'format' is niet 'wegwijs-onderwerp-1'";
  if (!f.classes || typeof f.classes !== 'object' || Object.keys(f.classes).length === 0) return "'classes' ontbreekt of is leeg";
  const classes = Object.keys(f.classes);
  const models: DangerModel[] = [];
  for (const c of classes) {
    const m = decodeDangerModel({ format: 'wegwijs-gevaar-1', bits: f.bits, ...f.classes[c] });
    if (typeof m === 'string') return `${c}: ${m}`;
    models.push(m);
  }
  return { classes, bits: f.bits!, models };
}
