/**
 * The tunable numbers of how the turn reads typed text at a question.
 * They are part of `DEFAULTS` (bot/understand/defaults.ts), which spreads them in: the one frozen
 * place the code reads them from, as `DEFAULTS.…`.
 * @packageDocumentation
 */

/** The tunable numbers of how the turn reads typed text at a question. */
export const CONVERSATION_DEFAULTS = Object.freeze({
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
    /**
     * A second problem in an answer that the rest of the text tells at least this clearly is noted,
     * even where a word of the chosen button (that the text does not use) is about it. On the dev
     * lists, counting only the words the text uses took mid-flow offers 1,134 -> 1,155 of 1,281 and
     * typed answers 8,366 -> 8,338 of 8,673; with this line (0.9) 1,145 and 8,364 (0.8: 1,149 and
     * 8,359; 0.95: 1,143 and 8,365).
     */
    clearNote: 0.9,
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
});
