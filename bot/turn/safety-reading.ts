/**
 * Typed text while the safety question ("Is er nu gevaar?", bot/engine/safety.ts) is open: the
 * words of one of its buttons, its number, or a bare "no" answer it; a bare "yes" fits three
 * buttons and is unclear (the question is asked again, with the buttons).
 * @packageDocumentation
 */
import { SAFETY_ANSWERS } from '../engine/safety.js';
import type { SafetyAnswer } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import { hasPhrase, normaliseContent, type Reading } from '../understand/interpret.js';

/** The answer typed text gives to the open safety question, `unclear` for a bare yes, or undefined. */
export function safetyAnswerOf(r: Reading, t: Translate): SafetyAnswer | 'unclear' | undefined {
  if (r.n.length === 0) return undefined;
  if (/^[1-9]$/.test(r.n)) return SAFETY_ANSWERS[Number(r.n) - 1];
  const labels = SAFETY_ANSWERS.map((answer) => ({ answer, label: normaliseContent(t(`common:crisis.answers.${answer}`)) }));
  const exact = labels.find((l) => l.label === r.n);
  if (exact) return exact.answer;
  const within = labels.filter((l) => hasPhrase(l.label, r.n));
  if (within.length === 1) return within[0]!.answer;
  return within.length > 1 ? 'unclear' : undefined;
}
