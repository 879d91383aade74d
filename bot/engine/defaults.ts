/**
 * Engine defaults, in one frozen place.
 * @packageDocumentation
 */
export const ENGINE_DEFAULTS = Object.freeze({
  /** Steps the engine runs without waiting for the resident before it stops and offers a person. */
  maxAutoSteps: 60,
  /** Answers remembered for "back". Older ones can no longer be undone (keeps state small). */
  maxTrail: 40,
  /** Earlier passes through a leefgebied kept for "Mijn vraag" (the oldest go first). */
  maxEarlier: 4,
  /** Longest own words kept per leefgebied on the agenda (for "Mijn vraag"), in characters. */
  maxToldLength: 300,
  /** Longest free-text answer kept, in characters. */
  maxAnswerLength: 500,
  /** Services shown in referrals remembered for the summary "Mijn vraag" (keeps state small). */
  maxReferred: 12,
  /** A path from the start must reach a referral or a person within this many steps. */
  maxPathSteps: 25,
});
