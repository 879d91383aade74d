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
});
