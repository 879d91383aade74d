/**
 * All tunable numbers and fixed ids of the understanding module, in one frozen object.
 *
 * @remarks
 * Change a number here, run `npx mocha test/understand/accuracy.test.ts` and `npm run bench:route`,
 * and update the table in docs/routing.md.
 */

import { LEEFGEBIEDEN, type Leefgebied } from '../leefgebieden.js';

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
  /** The danger model (bot/understand/danger-model.ts), below the crisis phrases. */
  danger: Object.freeze({
    /**
     * From this score on, a message without a crisis phrase gets the question "Is er nu gevaar?"
     * (buttons: yes for me, yes for someone else, no) before anything else. Chosen with
     * `npm run train:models -- --cv`; the table is in docs/routing.md (0.6 until 1 December, 0.5
     * until 2 December, 0.4 until 3 December; at 0.3, in cross-validation on 41,314 examples,
     * 96.6% of dangers get the crisis message or the question, against 96.0% at 0.4, for 2.5% of
     * ordinary messages asked instead of 1.9%: a missed danger weighs more than one "Nee" tap).
     */
    ask: 0.3,
    /**
     * A crisis phrase matched, but the model scores the message below this: the phrase may have
     * matched an idiom or a film. The question "Is er nu gevaar?" (with 112 in it) instead of the
     * crisis message. Chosen with 5-fold cross-validation on the dev sets (1 December, 24,094
     * examples; of the phrase hits, 416 not danger and 3,345 danger): below 0.1 lie 299 of the 416
     * false alarms (at 0.05: 270) and 41 of the dangers (at 0.05: 26), which still get the question.
     * Raised to 0.15 on 3 December (`npm run train:models -- --cv`, 42,597 examples; of the phrase
     * hits 764 not danger and 5,369 danger): the crisis message for look-alikes 156 -> 132, for
     * dangers 97.8% -> 97.4% (the rest get the question, with 112 and 113 in it).
     */
    doubt: 0.15,
    /**
     * Words a message needs before the model's score counts at all: on one word ("pillen", "help")
     * it is noise; one word is the crisis phrases' and the safety line's work. ("hij slaat" still
     * counts.) An answer to a button question is never held behind the safety question either.
     */
    minWords: 2,
  }),
  /** The topic model (bot/understand/topic-model.ts), next to the synonyms. */
  /** The bystander model (bot/understand/bystander-model.ts): who a crisis phrase's danger is for. */
  bystanderModel: Object.freeze({
    /**
     * The phrases say the danger is the resident's own, but the model gives someone else at least
     * this: the bystander text. Chosen by 5-fold cross-validation (`npm run train:models -- --cv`
     * prints the table) as the setting that gives bystanders their text far more often without
     * giving it to more residents in danger themselves: first (1,333 non-medical dangers a phrase
     * catches) bystanders 527 -> 540 of 568, own dangers wrongly 7 -> 6 of 765; after the dev
     * lists of 1 December (2,212) bystanders 845 -> 905 of 955, own dangers wrongly 18 -> 17 of 1,257.
     */
    above: 0.9,
    /**
     * The phrases say someone else, but the model gives that less than this: the resident's own
     * text. 0.05 until 3 December; with the model retrained on 42,597 examples the cross-validation
     * is even between 0.04 and 0.05 (of 3,789 dangers with a phrase: bystanders 1,541 vs 1,539 of
     * 1,631, own dangers wrongly 40 vs 38 of 2,158), and at 0.04 "ik maak me zorgen, mijn zoon wil
     * dood" (the phrase's own person word is the son) stays a bystander's.
     */
    below: 0.04,
  }),
  topicModel: Object.freeze({
    /**
     * A leefgebied's place: its synonym score as a share of the best one, plus this times the
     * model's probability. Chosen by cross-validation on six blind dev lists (plain Dutch: synonyms
     * alone 87.9%, with the model 93.0%; other languages 78.7% -> 84.7%).
     */
    weight: 1.5,
    /**
     * No synonym found at all ("Ik bin zo allenig", Arabic typed in Latin letters): the model alone
     * chooses the leefgebied when its probability is at least `p` and beats the second by `margin`.
     * The score is then the probability times `score` (under a clear synonym hit). Only for a text
     * of at least `words` words (not counting placeholders of removed personal data).
     */
    alone: Object.freeze({ p: 0.6, margin: 0.3, score: 0.75, words: 2 }),
    /**
     * Own words at a question note a second leefgebied heard in a single word of them ("ja ik heb
     * zelf contact gezocht" is no problem of meedoen) only when the model gives that leefgebied at
     * least this for the text; a phrase or two words of it always count (bot/turn/second-problem.ts).
     * On the dev lists of 2 December: answers that stay answers without a note 4,428 -> 4,508 of
     * 4,749, new problems noted unchanged; of those 250, a model trained without them puts 10 under it.
     */
    noteAtLeast: 0.1,
  }),
  /**
   * Words before a phrase in which a negation still counts: "geen enkel persoon" is no request for
   * a person, "niet echt dringend" is no "dringend", "nog geen paniek" is no fear.
   */
  negationReach: 2,
  /** How the turn weighs typed text at a question (bot/turn/understand.ts). */
  conversation: Object.freeze({
    /** A match with the current choices at least this sure is a clear answer: it wins over a topic. */
    clearAnswer: 0.9,
    /** At the menu a button's words are a topic too: a match this sure only is an answer. */
    menuAnswer: 0.95,
    /** Longer texts are never compared with the buttons' labels (numbers and exact labels still count). */
    maxAnswerWords: 8,
    /** A leefgebied scoring at least this share of 'buiten' wins over it (a social question with an errand in it). */
    buitenMargin: 0.75,
    /** A topic heard in the middle of a flow must be at least this sure to be offered. */
    switchScore: 0.45,
    /**
     * At the menu a choice's own words ("ik vertrouw de gemeente niet, ik wil met iemand anders
     * praten") go before a topic below this: one word that is shared or weak ("praten", "vertrouw")
     * scores less; one clear word of a leefgebied ("schulden") scores about 0.6.
     */
    menuWordsOver: 0.55,
    /**
     * Own words at a question that takes them, with no word of the leefgebied being talked about,
     * that name a new problem at least this sure (more than one clear word: one scores about 0.6)
     * and whose first words answer nothing, are no answer: the new problem is offered ("go there
     * now, or finish this first") instead of noted. 0.8 until the 17th round; at 0.7 a phrase or a
     * strong single word of a pattern counts (dev mid-flow offered 471 -> 507 of 665, typed answers
     * strict 6980 -> 6978 of 7257).
     */
    newOnly: 0.7,
    /** The same, in a text with a word that adds something (`commands.also`: "slaap slecht trouwens", "geldzorgen ook") or of at most `shortWords` words ("digid doet het niet"): one clear word of a leefgebied is enough then. */
    newOnlyAlso: 0.55,
    /**
     * A text of at most this many words takes `newOnlyAlso`. Dev mid-flow offered 478 -> 499 of 660
     * (midden-5, -6 and -7 alike), typed answers strict unchanged, taken -3 ("de begeleiding staat
     * stil" at "Heb je zelf al iets geprobeerd?" about work is offered ondersteuning).
     */
    shortWords: 4,
    /** How many first words of own words may be a whole part of a label and so answer the question ("nog niet, ik durf niet goed"). */
    answerHead: 2,
    /** So many words of a label in a row in own words make them an answer, not only a new problem ("het wordt me bijna te veel" at "Het is bijna te veel"). */
    labelRun: 3,
    /**
     * A story of at least `words` words that tells a new problem at least `newAtLeast` and shares
     * with a button less than `contentBelow` in words that are not common (one word: "broer", "huis")
     * is no answer by that button. Chosen on the dev lists (17th round): mid-flow offered 456 -> 478
     * of 660, typed answers 7220 -> 7213 of 7485 (at contentBelow 2: 485 and 7211).
     */
    story: Object.freeze({ words: 12, newAtLeast: 0.8, contentBelow: 1.5 }),
    /** A word standing for this many other leefgebieden as well is too general to note alone. */
    generalWordFlows: 2,
  }),
  /** matchChoice. */
  choice: Object.freeze({
    /** Lowest accepted score. */
    minScore: 0.6,
    /** The best option must beat the second by this much. */
    margin: 0.1,
    /** fuse.js threshold for labels. */
    fuseThreshold: 0.4,
    /** A short answer starting with "ja"/"nee" for the one button that starts so: this score (under a clear answer). */
    leading: 0.8,
    /** … at most this many words. */
    leadingWords: 8,
  }),
  /**
   * A span of time typed at a question of how long ("drie weken", "al anderhalf jaar"; see spanDays
   * in interpret.ts): from this many days on it is long (`commands.longAgo`), under it short
   * (`commands.recently`), in the words the flows' choices use ("Een paar weken", "Al maanden of langer").
   */
  span: Object.freeze({
    longDays: 60,
    /**
     * A problem named in an answer's clause of time ("sinds mijn scheiding") that began at least
     * this many days ago (a year gone by, "een paar jaar", "al jaren") is the cause the answer is
     * dated by, not a problem of now: it is not put on the agenda.
     */
    causeDays: 365,
    /**
     * How many words a word of `since` may stand before the year or moment it goes with ("sinds
     * mijn contract afliep in het voorjaar": 6).
     */
    sinceReach: 7,
  }),
  /** senseOfChoice: a typed answer in own words, read word by word against each choice's words. */
  choiceSense: Object.freeze({
    /** Lowest accepted score (1 = one word that only this choice has). */
    minScore: 1,
    /** The best choice must beat the second by this much. */
    margin: 0.5,
    /** Two words count as alike from this similarity (see tokenSim). */
    minSim: 0.8,
    /** A word standing inside another counts from this many letters ("gebeld" in "opgebeld"). */
    minInside: 5,
    /** Shorter typed words are left out. */
    minLetters: 3,
    /** A common word ("mijn", "voor", "maanden") weighs this much: it can tip, never decide alone. */
    commonWeight: 0.5,
    /** Words of the text read at most. */
    maxWords: 60,
  }),
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
