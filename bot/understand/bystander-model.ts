/**
 * The bystander model: one small logistic regression over the same features as the danger model
 * (bot/understand/danger-model.ts), trained on the acute dangers of the example sets, labelled
 * `omstander/…` (someone else is in danger) or not (the writer is). It never decides that there is
 * danger; it only corrects who the crisis phrases say the danger is for, in both directions, when
 * it is clearly sure (see `DEFAULTS.bystanderModel`). A bystander then gets the text for a
 * bystander, and someone in danger never gets the text meant for someone else. Medical
 * emergencies are left out: their text is the same for both. Pure and deterministic.
 * @packageDocumentation
 */
import { DEFAULTS } from './defaults.js';
import { decodeDangerModel, encodeDangerModel, scoreHashes, trainDangerModel, type DangerModel, type DangerModelFile, type TrainOptions } from './danger-model.js';

/** How the model file stores it (`flows/synonyms/omstander-model.json`). */
export interface BystanderModelFile extends Omit<DangerModelFile, 'format' | 'trainedOn'> {
  readonly format: 'wegwijs-omstander-1';
  /** What it was trained on, for people: counts only, never texts. */
  readonly trainedOn: { readonly bystander: number; readonly own: number; readonly files: readonly string[] };
}

/** A danger with who it is for. */
export interface BystanderExample {
  readonly text: string;
  /** Someone else is in danger (the set's label starts with `omstander/`). */
  readonly bystander: boolean;
}

/** Training settings (fewer buckets than the danger model: it learns from dangers only). */
export const BYSTANDER_TRAINING: TrainOptions = Object.freeze({ bits: 15, dangerWeight: 1 });

/** Trains the model: "someone else" is the positive class. */
export function trainBystanderModel(examples: readonly BystanderExample[], options: TrainOptions = BYSTANDER_TRAINING): DangerModel {
  return trainDangerModel(
    examples.map((e) => ({ text: e.text, danger: e.bystander })),
    { ...BYSTANDER_TRAINING, ...options },
  );
}

/**
 * Who a crisis phrase's danger is for, with the model's say: the phrases' answer stands unless
 * the model is clearly sure of the other (`DEFAULTS.bystanderModel`).
 *
 * @param phrases - whether the crisis phrases found danger to someone else
 * @returns whether the danger is to someone else, and the model's probability of that
 */
export function bystanderOf(model: DangerModel, hashes: readonly number[], phrases: boolean): { bystander: boolean; p: number } {
  const p = scoreHashes(model, hashes);
  const { above, below } = DEFAULTS.bystanderModel;
  return { bystander: phrases ? p >= below : p >= above, p };
}

/** The model as the file stores it. */
export function encodeBystanderModel(model: DangerModel, trainedOn: BystanderModelFile['trainedOn']): BystanderModelFile {
  const { format: _format, trainedOn: _none, ...rest } = encodeDangerModel(model, { danger: 0, ordinary: 0, files: [] });
  return { format: 'wegwijs-omstander-1', trainedOn, ...rest };
}

/** Reads a bystander model file; a problem gives a Dutch sentence for staff instead of a model. */
export function decodeBystanderModel(data: unknown): DangerModel | string {
  const f = data as Partial<BystanderModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== 'wegwijs-omstander-1') return "geen omstandermodel: 'format' is niet 'wegwijs-omstander-1'";
  return decodeDangerModel({ ...f, format: 'wegwijs-gevaar-1' });
}
