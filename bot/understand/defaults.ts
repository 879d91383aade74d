/**
 * All tunable numbers and fixed ids of the understanding module, in one frozen object.
 *
 * @remarks
 * Change a number here, run `npx mocha test/understand/accuracy.test.ts` and `npm run bench:route`,
 * and update the table in docs/routing.md.
 */

import { LEEFGEBIEDEN, type Leefgebied } from '../leefgebieden.js';
import { CONVERSATION_DEFAULTS } from './defaults-conversation.js';
import { MODEL_DEFAULTS } from './defaults-models.js';

/** The 11 leefgebied ids, in the order used for ties (one list for the whole bot). */
export { LEEFGEBIEDEN, type Leefgebied };

/** Route outcome for acute danger. */
export const CRISIS = 'crisis';
/** Route outcome for questions outside the social domain (passport, waste, parking …). */
export const BUITEN = 'buiten';
/** Route outcome when nothing fits well enough. */
export const ONBEKEND = 'onbekend';

/** Topics a synonym file may hold: the leefgebieden plus `buiten`. */
export const TOPICS: readonly string[] = Object.freeze([...LEEFGEBIEDEN, BUITEN]);

/** Tunable defaults, grouped. */
export const DEFAULTS = Object.freeze({
  /** Language used when detection is unsure, and the first language listed. */
  defaultLanguage: 'nl',
  /**
   * Input limits, so that a turn costs bounded work however the text is crafted. The channel
   * accepts 2,000 characters (MAX_MESSAGE_CHARS); these are about twice that. Of a longer text the
   * crisis tripwire reads the start and the end, the other entry points the start.
   */
  limits: Object.freeze({
    /** Characters read for routing and language detection. */
    routeChars: 4000,
    /** Characters read by the crisis tripwire; of a longer text it reads the start and the end. */
    crisisChars: 4000,
    /**
     * Characters of *normalised* text (after NFKD folding, which can make one character into 18:
     * U+FDFA) that are split into words, in every entry point. Of a longer folded text the start
     * and the end are read.
     */
    normalisedChars: 4000,
    /** Characters read by the personal-data guard; the rest is dropped from the redacted text. */
    redactChars: 4000,
    /** Characters of typed text read by matchChoice. */
    choiceChars: 200,
    /**
     * Letters of the longest real word: a longer "word" is never looked up fuzzily, split as a
     * compound or kept in a cache of typed words (so caches stay small in bytes, not only entries).
     */
    wordChars: 40,
    /**
     * Letters of the longest run of words typed without spaces that is split back into words
     * ("ikhebgeengeldvoorboodschappen…"); the split costs letters × `wordChars` steps at most.
     */
    gluedChars: 80,
  }),
  /** Evidence weights for routing. */
  weights: Object.freeze({
    /** A synonym from `woorden`. */
    word: 1,
    /** A synonym from `zwakke_woorden`. */
    weak: 0.5,
    /** Extra factor for a multi-word synonym matched as a whole ("geen geld"). */
    phrase: 1.4,
    /** A content word taken from a `voorbeelden` sentence. */
    example: 0.35,
    /** A compound part ("energie|rekening"), times the quality of the part. */
    compoundPart: 0.75,
    /** Factor for `buiten` evidence, so a social problem wins a tie with an errand. */
    buiten: 0.9,
    /** Divide a word's weight by (number of flows that share it) ** this. */
    sharedPenalty: 1,
    /** A `patronen` match (words that together say more than each alone). */
    pattern: 1.5,
    /** Factor for the first content words after a wish cue ("ik wil", "is er"): what is asked for. */
    wish: 1.6,
    /** Content words after a wish cue that get the wish factor (a clause boundary ends it sooner). */
    wishWords: 2,
    /** Factor for a referrer named as the one who sent the resident ("mijn jobcoach zei", `verwijzers`): who sent, not what about. */
    referrer: 0.25,
    /** Words after a referrer within which a word of `verwijzers.zeggen` makes it one ("de huisarts heeft me doorgestuurd"). */
    referrerReach: 3,
    /** Factor for words the resident says are not the question ("geld is geen probleem", "daar gaat het niet om": `wensen.niet_dit`, `niet_dat`, `niet_om`). */
    dismissed: 0.1,
    /** At most this many words before or after such a phrase are dismissed (text without punctuation must not lose everything). */
    dismissedReach: 8,
  }),
  /** Turning evidence into a 0..1 score: score = 1 - exp(-evidence / scale). */
  scoring: Object.freeze({
    scale: 1.1,
    /** Below this score the result is `onbekend`. */
    minScore: 0.25,
    /** Alternatives listed at most. */
    maxAlternatives: 3,
    /** Alternatives below this score are left out. */
    minAlternative: 0.05,
    /** Decimals kept in scores. */
    decimals: 3,
  }),
  /** problems(): leefgebieden within this fraction of the top score count as separate problems. */
  problems: Object.freeze({ ratio: 0.55, minScore: 0.4 }),
  /** Fuzzy token matching. */
  fuzzy: Object.freeze({
    /** Keys shorter than this are never matched fuzzily. */
    minLength: 4,
    /** Keys shorter than this must start with the same letter as their match. */
    sameFirstBelow: 8,
    /** Most edits (insert, delete, replace, swap) between a word and its match. */
    maxEdits: 2,
    /** Keys shorter than this allow only one edit. */
    twoEditsFrom: 8,
    /** Keys shorter than this never match by one replaced letter ("bang" is not "bank"). */
    substituteFrom: 5,
    /** Candidates (the closest by edit distance) handed to fuse.js at most. */
    maxCandidates: 3,
    /** fuse.js threshold (0 = exact, 1 = anything). */
    fuseThreshold: 0.34,
    /** Quality of a fuzzy hit = 1 - fuseScore * this, capped by `maxQuality`. */
    scorePenalty: 1.2,
    maxQuality: 0.9,
    /** Compound parts shorter than this are ignored. */
    minCompoundPart: 4,
    /** Entries per language cache before it is cleared. */
    cacheSize: 20000,
    /** Content-word keys kept per language for the whole process (every load keys the same words; see normalise.ts). */
    keyMemoSize: 100000,
  }),
  /** Crisis tripwire. */
  crisis: Object.freeze({
    /** Other words allowed between two pattern words. */
    maxGap: 3,
    /** Gap allowed where a pattern says `...`. */
    longGap: 8,
    /** Pattern words at least this long (as key) also match with one typo. */
    fuzzyLength: 7,
    /** Pattern words at least this long also match inside a longer word ("zelfmoordgedachten"). */
    containsLength: 7,
  }),
  ...MODEL_DEFAULTS,
  /**
   * Words before a phrase in which a negation still counts: "geen enkel persoon" is no request for
   * a person, "niet echt dringend" is no "dringend", "nog geen paniek" is no fear.
   */
  negationReach: 2,
  ...CONVERSATION_DEFAULTS,
  /** Placeholders put in place of personal data. */
  placeholders: Object.freeze({
    bsn: '[bsn]',
    iban: '[iban]',
    phone: '[telefoonnummer]',
    email: '[e-mail]',
    address: '[adres]',
    birthdate: '[geboortedatum]',
    name: '[naam]',
  }),
  /** The personal-data guard (see bot/understand/personal-data.ts). */
  personalData: Object.freeze({
    /**
     * Countries whose phone numbers residents write in national form ("0532 123 45 67") and that
     * are checked after the Dutch number plan, most likely first (libphonenumber-js codes).
     */
    phoneCountries: Object.freeze(['TR', 'MA', 'BE', 'UA', 'DE']) as readonly string[],
    /** Phone number checks with libphonenumber per message; after that, phone-like numbers count unchecked. */
    phoneChecks: 32,
    /** libphonenumber's own text search stops after this many numbers found ... */
    phoneSearchHits: 16,
    /** ... or this many candidates rejected. */
    phoneSearchTries: 16,
    /** Name words taken after "ik heet" and the like (Arabic: at most 3). */
    nameWords: 4,
  }),
});

/** Type of {@link DEFAULTS}. */
export type Defaults = typeof DEFAULTS;
