/**
 * Authoring defaults, in one frozen place.
 * @packageDocumentation
 */
import { LEEFGEBIEDEN } from '../leefgebieden.js';

export const AUTHORING_DEFAULTS = Object.freeze({
  /** The leefgebied flows, by id (file names too). */
  leefgebieden: LEEFGEBIEDEN,
  /** The flow every conversation starts in. */
  entryFlow: 'start',
  /** The content pack used when `GEMEENTE` is not set. */
  pack: 'dordrecht',
  /** Content shared by every gemeente (national help lines, glossary). */
  sharedPack: 'landelijk',
  /** The modeline every flow starts with, so editors check it against the schema. */
  flowModeline: '# yaml-language-server: $schema=../schema/flow.schema.json',
  /** The sidecar in `locales/<lang>/` with the hash of the Dutch text each translation was made from. */
  sourcesFile: '.sources.yaml',
  /** Hex digits kept of a source hash (sha256): short enough to read, long enough never to collide by chance. */
  sourceHashLength: 8,
  /** Translation checks: a translation longer than max(factor × Dutch, Dutch + slack) characters is a warning (the slack lets a short name get an explanation: "BSN" → "citizen service number (BSN)"). */
  translation: Object.freeze({ lengthFactor: 3, lengthSlack: 40 }),
  /** Calm cards (CARD_TOO_LONG): most words on a service card, unless `locales/languages.yaml` sets `cardWords` for a language. */
  cardWords: 40,
  /** The go-live checklist (`npm run ready`): a fact checked longer ago than this must be checked again. */
  readiness: Object.freeze({ maxAgeMonths: 12, docsPrefix: 'docs/gereed-' }),
});
