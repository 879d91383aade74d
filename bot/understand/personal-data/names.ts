/**
 * Personal-data detector for names a resident gives about themselves: "ik heet Fatima",
 * "mijn naam is Fatima El Amrani", "naam: Jan de Vries", and the same in English, Turkish,
 * Arabic, Polish and Ukrainian (and Russian, which many Ukrainian residents write).
 *
 * @remarks
 * Only the words after a trigger are taken, never a capitalised word elsewhere: names cannot be
 * recognised without context, and guessing would damage ordinary sentences.
 * - Strong triggers ("ik heet", "mijn naam is", "my name is", "benim adım", "nazywam się",
 *   "мене звати") are followed by a name almost always. Weak triggers ("ik ben", "I am", "I'm",
 *   "jestem") are followed by a name only sometimes ("ik ben moe"), so they also skip words that
 *   are known words of the language (see {@link NameOptions.isWord}) and a longer stop list of
 *   states, roles and nationalities ("Ik ben Bang", "I am Dutch").
 * - In scripts with capitals, a name word must start with a capital: "ik ben moe" keeps "moe".
 *   Up to `DEFAULTS.personalData.nameWords` name words are taken, with lowercase particles
 *   between them ("Jan van der Berg").
 * - Arabic has no capitals: after "اسمي" (my name) 1-3 words are taken, up to punctuation, a
 *   common word, or a word starting with the conjunction و after the first.
 * Ukrainian "я" + capitalised word is not a trigger: far too broad.
 * Every regex is a plain alternation without nested quantifiers; words are read with a sticky
 * regex of bounded length, so the work is linear in the text.
 */

import { DEFAULTS } from '../defaults.js';
import type { Span } from './span.js';

/** Options of {@link findNames}. */
export interface NameOptions {
  /**
   * Whether a (folded) word is a known word of any language, e.g. a synonym or common word from
   * the synonym files ("dakloos", "zwanger"): after a weak trigger such a word is not a name.
   */
  isWord?: (word: string) => boolean;
}

interface Trigger {
  re: RegExp;
  /** Followed by a name only sometimes. */
  weak: boolean;
  /** Lower-case stop words; an entry ending in `*` is a prefix. */
  stop: readonly string[];
  /** The script has no capitals. */
  caseless?: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = "(?![\\p{L}\\p{N}'’])[ \\t]{0,3}[:,]?[ \\t]{0,3}";
const tr = (body: string): RegExp => new RegExp(B + '(?:' + body + ')' + E, 'giu');

const NL_STOP = ['de', 'het', 'een', 'niet', 'geen', 'wel', 'ook', 'nog', 'al', 'er', 'hier', 'nu', 'dus', 'maar', 'en', 'of', 'ik', 'u', 'je', 'jij', 'hij', 'zij', 'ze', 'we', 'wij', 'dat', 'die', 'dit', 'zo', 'heel', 'erg', 'echt', 'bekend', 'veranderd', 'anders', 'fout', 'verkeerd', 'onbekend', 'nvt'];
const NL_WEAK = ['bang', 'ziek', 'moe', 'blij', 'boos', 'bezorgd', 'verdrietig', 'eenzaam', 'alleen', 'dakloos', 'werkloos', 'zwanger', 'gescheiden', 'getrouwd', 'weduwe', 'weduwnaar', 'moeder', 'vader', 'ouder', 'oma', 'opa', 'mantelzorger', 'student', 'scholier', 'gepensioneerd', 'ondernemer', 'zzp*', 'huurder', 'vluchteling', 'statushouder', 'inwoner', 'bewoner', 'op', 'in', 'met', 'bij', 'van', 'voor', 'aan', 'te', 'toe', 'weg', 'klaar', 'ok', 'oke', 'goed', 'slecht', 'beter', 'nederland*', 'marok*', 'turk*', 'pool', 'poolse', 'oekra*', 'syri*', 'surina*', 'antill*', 'belg*', 'duits*', 'afgha*', 'somali*', 'eritre*', 'irak*', 'iran*', 'moslim*', 'christen*', 'gelovig', 'katholiek', 'protestant*'];
const EN_STOP = ['a', 'an', 'the', 'not', 'no', 'so', 'very', 'really', 'just', 'also', 'still', 'and', 'or', 'but', 'i', 'you', 'he', 'she', 'we', 'they', 'it', 'this', 'that', 'unknown', 'changed', 'wrong'];
const EN_WEAK = ['sorry', 'fine', 'ok', 'okay', 'good', 'well', 'ill', 'sick', 'tired', 'scared', 'afraid', 'alone', 'lonely', 'homeless', 'unemployed', 'pregnant', 'married', 'divorced', 'single', 'widowed', 'disabled', 'deaf', 'blind', 'worried', 'desperate', 'broke', 'unable', 'able', 'glad', 'happy', 'sad', 'angry', 'confused', 'lost', 'stuck', 'done', 'late', 'sure', 'unsure', 'here', 'from', 'in', 'at', 'on', 'with', 'for', 'looking', 'trying', 'going', 'having', 'writing', 'calling', 'living', 'staying', 'waiting', 'new', 'back', 'mother', 'father', 'mom', 'mum', 'dad', 'parent', 'student', 'carer', 'caregiver', 'retired', 'refugee', 'tenant', 'resident', 'dutch', 'english', 'british', 'moroc*', 'turk*', 'polish', 'ukrain*', 'syria*', 'eritre*', 'somal*', 'afgha*', 'iraq*', 'iran*', 'german*', 'belgi*', 'french', 'spanish', 'italian', 'americ*', 'africa*', 'europe*', 'surinam*', 'indonesia*', 'chinese', 'indian', 'pakistan*', 'muslim', 'christian', 'jewish', 'catholic', 'hindu', 'buddhist'];
const TR_STOP = ['ne', 'değil', 'degil', 've', 'bir', 'bu', 'şu', 'o', 'ben'];
const PL_STOP = ['nie', 'to', 'i', 'a', 'ale', 'się', 'sie', 'jest', 'ja', 'ty', 'on', 'ona', 'tu', 'tutaj'];
const PL_WEAK = ['chory', 'chora', 'sam', 'sama', 'samotny', 'samotna', 'bezdomny', 'bezdomna', 'bezrobotny', 'bezrobotna', 'w', 'z', 'na', 'po', 'od', 'do', 'matką', 'ojcem', 'studentem', 'studentką', 'polak*', 'polk*', 'ukrai*', 'holend*', 'niem*', 'turk*', 'marok*', 'syry*', 'belg*', 'katolik*', 'muzułman*', 'zmęczon*', 'przestraszon*'];
const UK_STOP = ['не', 'і', 'й', 'та', 'а', 'але', 'я', 'ви', 'ти', 'він', 'вона', 'це', 'так', 'ні', 'нет', 'и', 'это'];
const AR_STOP = ['و', 'من', 'في', 'على', 'الى', 'إلى', 'عن', 'مع', 'انا', 'أنا', 'هو', 'هي', 'عندي', 'لدي', 'أحتاج', 'احتاج', 'أريد', 'اريد', 'غير', 'ليس', 'مش', 'مسجل', 'مكتوب', 'لكن', 'ولكن', 'أو', 'او', 'هل', 'لا', 'نعم', 'يا', 'الله'];

const TRIGGERS: readonly Trigger[] = [
  { re: tr('ik\\s{1,3}heet|mijn\\s{1,3}(?:voor|achter|volledige\\s{1,3})?naam\\s{1,3}is|(?:voor|achter)?naam(?=\\s{0,3}:)'), weak: false, stop: NL_STOP },
  { re: tr('ik\\s{1,3}ben'), weak: true, stop: [...NL_STOP, ...NL_WEAK] },
  { re: tr("my\\s{1,3}(?:first\\s{1,3}|last\\s{1,3}|full\\s{1,3}|sur)?name\\s{1,3}is|my\\s{1,3}name['’]s|(?:first\\s|last\\s|full\\s|sur)?name(?=\\s{0,3}:)"), weak: false, stop: EN_STOP },
  { re: tr("i\\s{1,3}am|i['’]m"), weak: true, stop: [...EN_STOP, ...EN_WEAK] },
  { re: tr('(?:benim\\s{1,3})?(?:ad[ıi]m|[iİ]sm[iı]m)'), weak: false, stop: TR_STOP },
  { re: tr('nazywam\\s{1,3}si[ęe]|mam\\s{1,3}na\\s{1,3}imi[ęe]|moje\\s{1,3}imi[ęe]\\s{1,3}to|na\\s{1,3}imi[ęe]\\s{1,3}mam'), weak: false, stop: PL_STOP },
  { re: tr('jestem'), weak: true, stop: [...PL_STOP, ...PL_WEAK] },
  { re: tr("мене\\s{1,3}зв(?:ати|уть)|мо[єе]\\s{1,3}(?:ім['’ʼ]?я|прізвище)|меня\\s{1,3}зовут|мо[её]\\s{1,3}имя"), weak: false, stop: UK_STOP },
  { re: tr('[اإأ]سم[يى](?:\\s{1,3}(?:هو|هي))?'), weak: false, stop: AR_STOP, caseless: true },
];

/** Lowercase particles inside a name ("Jan van der Berg", "Ahmed el Amrani"). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'op', 'in', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'da', 'di', 'du', 'von', 'zu', 'dos', 'das']);
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’\-](?=\p{L})){0,40}/uy;
const GAP = /[ \t]{1,3}/y;
const UPPER = /^\p{Lu}/u;

function stopped(word: string, stop: readonly string[]): boolean {
  const w = word.toLowerCase();
  return stop.some((s) => (s.endsWith('*') ? w.startsWith(s.slice(0, -1)) : w === s));
}

/** Read a word at `at` (sticky); undefined when there is none. */
function wordAt(s: string, at: number): string | undefined {
  WORD.lastIndex = at;
  return WORD.exec(s)?.[0];
}

/** After a gap of spaces at `at`, the offset of the next character; -1 when there is no gap. */
function skipGap(s: string, at: number): number {
  GAP.lastIndex = at;
  return GAP.exec(s) ? GAP.lastIndex : -1;
}

/** The name after one trigger that ends at `start`, as a span, or undefined. */
function nameAfter(s: string, start: number, t: Trigger, opts: NameOptions): Span | undefined {
  const max = t.caseless ? Math.min(3, DEFAULTS.personalData.nameWords) : DEFAULTS.personalData.nameWords;
  let at = start;
  let end = -1;
  let names = 0;
  let particles = 0;
  while (names < max) {
    const word = wordAt(s, at);
    if (!word) break;
    const lower = word.toLowerCase();
    const isName = t.caseless
      ? !stopped(word, t.stop) && !(names > 0 && word.startsWith('و'))
      : UPPER.test(word) && !stopped(word, t.stop) && !(t.weak && opts.isWord?.(lower));
    if (isName) {
      names++;
      end = at + word.length;
    } else if (names > 0 && !t.caseless && PARTICLES.has(lower) && particles < 3) {
      particles++;
    } else break;
    const next = skipGap(s, at + word.length);
    if (next < 0) break;
    at = next;
  }
  return end > start ? { from: start, to: end, kind: 'name' } : undefined;
}

/**
 * Find names given after a trigger phrase.
 *
 * @param s - the text
 * @param out - hits are pushed here
 * @param opts - see {@link NameOptions}
 */
export function findNames(s: string, out: Span[], opts: NameOptions = {}): void {
  for (const t of TRIGGERS) {
    for (const m of s.matchAll(t.re)) {
      const span = nameAfter(s, (m.index ?? 0) + m[0].length, t, opts);
      if (span) out.push(span);
    }
  }
}
