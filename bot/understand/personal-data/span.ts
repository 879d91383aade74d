/**
 * The shape the personal-data detectors share: a stretch of text and its kind.
 */

import type { PersonalDataKind } from '../types.js';

/** A stretch of text holding personal data. */
export interface Span {
  /** Start offset (UTF-16 units) in the text. */
  from: number;
  /** End offset, exclusive. */
  to: number;
  /** What it is. */
  kind: PersonalDataKind;
}
