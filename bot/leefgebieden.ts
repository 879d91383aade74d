/**
 * The eleven leefgebieden (life domains) of Wegwijs: the ids of the flows (and their file names),
 * of the routing outcomes and of the menu. One list, used by every layer.
 * @packageDocumentation
 */

/** The leefgebied ids, in the order used for ties and listings. */
export const LEEFGEBIEDEN = Object.freeze([
  'geld',
  'wonen',
  'gezondheid',
  'opvoeden',
  'werk',
  'onderwijs',
  'meedoen',
  'taal',
  'relaties',
  'mantelzorg',
  'ondersteuning',
] as const);

/** A leefgebied id. */
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];
