/**
 * {@link createUnderstanding}: builds every index once from the synonym data and returns the
 * pure {@link Understanding} service.
 */

import { checkCrisis, buildCrisisMatcher, scanCrisis, type CrisisMatcher } from './crisis.js';
import { buildFeelingMatcher, OWN_FEELINGS, ownClauses } from './feelings.js';
import { BUITEN, CRISIS, DEFAULTS, LEEFGEBIEDEN, ONBEKEND } from './defaults.js';
import { detectLanguage, isVariant, languageScore, outsideScript } from './language.js';
import { senseOfChoice, type SenseMatch, type SenseOption } from './choice-sense.js';
import { matchChoice, yesOrNo, type ChoiceLanguage } from './match-choice.js';
import { redact } from './personal-data.js';
import { splitReader, ungluingLexicon } from './unglue.js';
import { choiceLanguages, mergeWithBase, uniq } from './languages-merged.js';
import { collectEvidence, toResult } from './route.js';
import { createModelReading } from './model-reading.js';
import type { ChoiceMatch, ChoiceOption, CrisisHit, CrisisKind, LanguageData, Redaction, RouteResult, Understanding, UnderstandingData } from './types.js';
import { buildRouteIndex, type RouteIndex } from './vocabulary.js';
import { createNormaliser, fold, foldedWords, words } from './normalise.js';

const LEEF: ReadonlySet<string> = new Set(LEEFGEBIEDEN);
/** A message of at most this many words is too short to tell its language by (signal words of all languages count). */
const SHORT_SIGNAL_WORDS = 3;

/**
 * Build the understanding service. Pure: no I/O; all indexes are built here, once.
 *
 * @param data - synonym data, e.g. from `loadUnderstanding(root)`
 */
export function createUnderstanding(data: UnderstandingData): Understanding {
  const def = DEFAULTS.defaultLanguage;
  const raw = [...(data?.languages ?? [])].sort((a, b) => (a.lang === def ? -1 : b.lang === def ? 1 : 0));
  const merged = raw.map((l) => mergeWithBase(l, raw));
  const indexes: RouteIndex[] = merged.map(buildRouteIndex);
  const byLang = new Map(indexes.map((i) => [i.lang, i] as const));
  // A language that reads and matches exactly like another (easy Dutch without phrases of its own)
  // gets no tripwire or feeling list of its own: every turn would read the text twice for nothing.
  const reading = (l: LanguageData) => [l.lang.toLowerCase().split('-')[0], l.spelling];
  const once = <M>(sig: (l: LanguageData) => unknown, build: (l: LanguageData, i: number) => M): M[] => {
    const seen = new Set<string>();
    return merged.flatMap((l, i) => {
      const key = JSON.stringify([reading(l), sig(l)]);
      if (seen.has(key)) return [];
      seen.add(key);
      return [build(l, i)];
    });
  };
  const matchers: CrisisMatcher[] = once(
    (l) => [l.crisis, l.bystander ?? {}, l.self ?? [], l.others ?? [], l.notCrisis, l.signals ?? [], l.past ?? [], l.now ?? [], l.again ?? []],
    (l, i) => buildCrisisMatcher((indexes[i] as RouteIndex).norm, crisisConfig(l)),
  );
  const feelings = once((l) => l.feelings ?? {}, (l, i) => ({ lang: l.lang, matcher: buildFeelingMatcher((indexes[i] as RouteIndex).norm, l.feelings ?? {}) }));
  // a language with its own script that also reads Latin letters (Ukrainian) reads a message
  // without a letter of that script only when the message is detected as that language: Dutch
  // "infarct" is no Ukrainian "інфаркт", "stroom" no feeling
  const readsIn = (text: string, lang: string): boolean => {
    const idx = byLang.get(lang);
    return !idx || !outsideScript(idx, text) || detected(text) === lang;
  };
  // its own phrases written in Latin letters ("ya khochu pomerty", "mii syn sam vdoma") it reads
  // in any message: only those, not the others its transliteration would reach ("infarct")
  const latinMatchers: CrisisMatcher[] = raw.flatMap((l, i) => {
    const idx = indexes[i]!;
    if (idx.norm.rules.script === undefined) return [];
    const own = latinKinds(l.crisis);
    if (Object.values(own).every((list) => (list ?? []).length === 0)) return [];
    const m = merged[i]!;
    return [buildCrisisMatcher(idx.norm, { ...crisisConfig(m), own, bystander: latinKinds(l.bystander ?? {}), exceptions: latinOnly(m.notCrisis), signals: [] })];
  });
  const matchersFor = (text: string): CrisisMatcher[] => [...matchers.filter((m) => readsIn(text, m.lang)), ...latinMatchers.filter((m) => !readsIn(text, m.lang))];
  const fallback = byLang.has(def) ? def : (indexes[0]?.lang ?? def);
  // a turn asks the language of the same text for the tripwire, its feelings and its routing: once
  let lastDetected: { text: string; lang: string } | undefined;
  const detected = (text: string): string => {
    if (lastDetected?.text !== text) lastDetected = { text, lang: detectLanguage(indexes, text, fallback) };
    return lastDetected.lang;
  };
  const choice = choiceLanguages(merged, indexes);
  const plainChoice: ChoiceLanguage = { norm: createNormaliser(fallback, {}), stop: new Set(), yes: new Set(), no: new Set(), ordinals: [], last: new Set() };
  const resolveLang = (tag: string | undefined): string => {
    if (!tag) return fallback;
    if (byLang.has(tag)) return tag;
    const lower = tag.toLowerCase();
    const exact = indexes.find((i) => i.lang.toLowerCase() === lower);
    if (exact) return exact.lang;
    const primary = lower.split(/[-_]/)[0] ?? '';
    return indexes.find((i) => i.lang.toLowerCase() === primary)?.lang ?? fallback;
  };
  const asText = (t: unknown): string => (typeof t === 'string' ? t : t == null ? '' : String(t));
  // words typed without spaces ("ikwilnietmeerleven"): read as typed first, and split as well
  const { unglued, orSplit } = splitReader(merged.map(ungluingLexicon));
  const models = createModelReading(data);
  const whose = models.whose;
  // a turn asks crisis() and then route() (which checks crisis again) about the same text
  let last: { text: string; hit: CrisisHit | null; signal: boolean } | undefined;
  const scanned = (text: string): { hit: CrisisHit | null; signal: boolean } => {
    if (last?.text === text) return last;
    let found: { hit: CrisisHit | null; signal: boolean };
    try {
      // a short message says too little to tell its language: every language's signal words count
      found = scanCrisis(matchersFor(text), text, false, () => (foldedWords(text).length <= SHORT_SIGNAL_WORDS ? new Set(indexes.map((i) => i.lang)) : new Set([detected(text), fallback])));
      if (found.hit) found = { ...found, hit: whose(found.hit, text) };
    } catch {
      found = { hit: null, signal: false };
    }
    last = { text, ...found };
    return last;
  };
  const safeCrisis = (text: string): CrisisHit | null => {
    const hit = scanned(text).hit;
    return hit ? { ...hit } : null;
  };

  /** A known word of any language (common word or synonym): after "ik ben" it is not a name. */
  const knownWord = (word: string): boolean => {
    const w = words(fold(word))[0];
    if (!w) return false;
    return indexes.some((i) => {
      const k = i.norm.key(w);
      return i.stop.has(k) || i.single.has(k) || i.vocabulary.has(k);
    });
  };

  /** Whether every word of `phrase` is a common word or a synonym of language `lang`. */
  const knownIn = (lang: string, phrase: string): boolean => {
    const idx = byLang.get(lang);
    return idx !== undefined && idx.norm.tokens(phrase).every((t) => idx.stop.has(t.key) || idx.single.has(t.key) || idx.vocabulary.has(t.key));
  };

  const routeIn = (lang: string, text: string, explain: boolean): RouteResult => {
    const idx = byLang.get(lang);
    return idx ? toResult(collectEvidence(idx, text), lang, explain) : { flow: ONBEKEND, score: 0, alternatives: [], lang };
  };

  /** Routing of one reading of the text (as typed, or its glued words split: see `route`). */
  const routeText = (text: string, opts?: { lang?: string; explain?: boolean; crisis?: boolean }): RouteResult => {
    const explain = opts?.explain === true;
    const hit = opts?.crisis === false ? null : safeCrisis(text);
    let result: RouteResult;
    try {
      const forced = typeof opts?.lang === 'string' && opts.lang !== '';
      const lang = forced ? resolveLang(opts?.lang) : api.detectLanguage(text);
      result = routeIn(lang, text, explain);
      if (!forced && result.flow === ONBEKEND && text.trim() !== '') {
        for (const other of indexes) {
          if (other.lang === lang || isVariant(other.lang)) continue;
          // a language that reads Latin letters as its own script only when the message is its own
          if (outsideScript(other, text)) continue;
          if (languageScore(other, text.slice(0, DEFAULTS.limits.routeChars)) === 0) continue;
          const r = routeIn(other.lang, text, explain);
          if (r.flow === ONBEKEND || r.score <= result.score) continue;
          // another language counts with a word of its own, not a typo's likeness alone ("lang" is
          // no "lungs"); what it heard is read only for a result that would be taken
          // and with a word that is not also a word of the message's own language ("beter" is
          // Dutch, not English "better": "soms denk ik dat het beter is als …")
          const heard = r.explain ?? routeIn(other.lang, text, true).explain;
          if (heard?.some((e) => e.fuzzy !== true && !knownIn(lang, e.word))) result = r;
        }
      }
      result = models.reranked(result, text, explain);
    } catch {
      result = { flow: ONBEKEND, score: 0, alternatives: [], lang: fallback };
    }
    if (!hit) return result;
    const ranked = result.flow === ONBEKEND ? result.alternatives : [{ flow: result.flow, score: result.score }, ...result.alternatives];
    const out: RouteResult = { flow: CRISIS, score: 1, alternatives: ranked.slice(0, DEFAULTS.scoring.maxAlternatives), lang: result.lang };
    if (result.explain) out.explain = result.explain;
    return out;
  };
  /**
   * The feeling the text names that comes first in the synonym file's order, or null; one of
   * {@link OWN_FEELINGS} counts only in a clause where the resident speaks of themself (`self`),
   * and a feeling anyone may have is still heard beside someone else's.
   */
  const feelingOf = (t: string, negation: readonly string[], selfOf?: (lang: string) => readonly string[] | undefined): string | null => {
    try {
      for (const f of feelings) {
        if (!readsIn(t, f.lang)) continue;
        const hit = f.matcher.match(t, negation);
        if (!hit) continue;
        const self = selfOf?.(f.lang) ?? [];
        if (self.length === 0 || !OWN_FEELINGS.has(hit)) return hit;
        // the resident's own feeling in a clause of their own, or a feeling anyone may have
        // anywhere ("mijn zoon is erg eenzaam. bang dat het misgaat" is fear)
        const mine = ownClauses(t, self);
        const own = mine === '' ? null : f.matcher.match(mine, negation);
        const any = f.matcher.match(t, negation, OWN_FEELINGS);
        const heard = own && any ? (f.matcher.rank(own) <= f.matcher.rank(any) ? own : any) : (own ?? any);
        if (heard) return heard;
      }
    } catch {
      // never let a feeling stand in the way of the answer
    }
    return null;
  };
  const api: Understanding = {
    languages: Object.freeze(indexes.map((i) => i.lang)),
    detectLanguage(text: string): string {
      try {
        return detected(asText(text));
      } catch {
        return fallback;
      }
    },
    clauseBounds(lang: string): readonly string[] {
      return merged.find((l) => l.lang === lang)?.wish?.bounds ?? [];
    },
    route(input: string, opts?: { lang?: string; explain?: boolean; crisis?: boolean }): RouteResult {
      // nothing found as typed, but the words were glued together: read them apart
      const text = asText(input);
      const result = orSplit(text, (t) => routeText(t, opts), (r) => r.flow === ONBEKEND);
      // still no word: the topic model alone, which reads every language at once (so not where
      // one language was asked for)
      return typeof opts?.lang === 'string' && opts.lang !== '' ? result : models.alone(result, text, opts?.explain === true);
    },
    problems(result: RouteResult): string[] {
      if (!result || !Array.isArray(result.alternatives)) return [];
      const cands = [{ flow: result.flow, score: result.score }, ...result.alternatives].filter(
        (a) => LEEF.has(a.flow) && typeof a.score === 'number',
      );
      const top = Math.max(0, ...cands.map((a) => a.score));
      const p = DEFAULTS.problems;
      return uniq(cands.filter((a) => a.score >= top * p.ratio && a.score >= p.minScore).map((a) => a.flow));
    },
    feeling(text: string, negation: readonly string[] = [], selfOf?: (lang: string) => readonly string[] | undefined): string | null {
      return orSplit(asText(text), (t) => feelingOf(t, negation, selfOf), (r) => r === null);
    },
    dangerSignal(text: string): boolean {
      return orSplit(asText(text), (t) => scanned(t), (r) => !r.signal && !r.hit).signal;
    },
    danger(text: string): number {
      const typed = asText(text);
      const split = unglued(typed);
      return split === undefined ? models.danger(typed) : Math.max(models.danger(typed), models.danger(split));
    },
    crisis(text: string, opts?: { explain?: boolean }): CrisisHit | null {
      if (opts?.explain !== true) return orSplit(asText(text), safeCrisis, (r) => r === null);
      try {
        const { read, hit } = orSplit(asText(text), (x) => ({ read: x, hit: checkCrisis(matchersFor(x), x, true) }), (r) => r.hit === null);
        return hit ? whose(hit, read, true) : null;
      } catch {
        return null;
      }
    },
    redact(text: string): Redaction {
      const t = asText(text);
      try {
        const r = redact(t, { isWord: knownWord });
        if (!r.kinds.includes('name')) return r;
        // the crisis tripwire reads the redacted text: a "name" must never hide a cry for help
        const hit = safeCrisis(t);
        return hit && !safeCrisis(r.text) ? redact(t, { names: false }) : r;
      } catch {
        return { text: t.replace(/[\p{N}@]/gu, '#'), kinds: [] };
      }
    },
    matchChoice(text: string, options: readonly ChoiceOption[], lang: string): ChoiceMatch | null {
      try {
        return matchChoice(choice.get(resolveLang(lang)) ?? plainChoice, asText(text), options);
      } catch {
        return null;
      }
    },
    yesNo(text: string, lang: string): 'yes' | 'no' | undefined {
      try {
        const c = choice.get(resolveLang(lang)) ?? plainChoice;
        return yesOrNo(c, c.norm.tokens(asText(text), 64).map((t) => t.key));
      } catch {
        return undefined;
      }
    },
    wordKeys(text: string): string {
      try {
        return (byLang.get(fallback)?.norm ?? plainChoice.norm).tokens(asText(text), DEFAULTS.limits.routeChars).map((t) => t.key).join(' ');
      } catch {
        return '';
      }
    },
    senseChoice(text: string, options: readonly SenseOption[], lang: string): SenseMatch | null {
      try {
        const own = choice.get(resolveLang(lang)) ?? plainChoice;
        return senseOfChoice(own, choice.get(fallback) ?? own, asText(text), options);
      } catch {
        return null;
      }
    },
    topics(text: string): ReadonlyMap<string, number> {
      try {
        return models.topics(asText(text));
      } catch {
        return new Map();
      }
    },
  };
  return Object.freeze(api);
}

/** Outcomes that are not leefgebieden, for callers that switch on the flow. */
export const OUTCOMES = Object.freeze({ CRISIS, BUITEN, ONBEKEND });

/** What the tripwire of a language reads: its crisis phrases, exceptions, signal and time words. */
function crisisConfig(l: LanguageData): Parameters<typeof buildCrisisMatcher>[1] {
  return { own: l.crisis, bystander: l.bystander ?? {}, self: l.self ?? [], others: l.others ?? [], exceptions: l.notCrisis, signals: l.signals ?? [], past: l.past ?? [], now: l.now ?? [], again: l.again ?? [] };
}

/** The phrases of a list written in Latin letters only (transliterated Ukrainian or Arabic). */
function latinOnly(list: readonly string[]): string[] {
  return list.filter((p) => /\p{Script=Latin}/u.test(p) && !/(?!\p{Script=Latin})\p{L}/u.test(p));
}

/** {@link latinOnly} per kind of danger. */
function latinKinds(kinds: Partial<Record<CrisisKind, string[]>>): Partial<Record<CrisisKind, string[]>> {
  return Object.fromEntries(Object.entries(kinds).map(([k, list]) => [k, latinOnly(list ?? [])]));
}
