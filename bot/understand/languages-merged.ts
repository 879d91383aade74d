/**
 * The languages as the understanding reads them: a variant merged with its base language
 * ({@link mergeWithBase}) and the word keys a choice is matched with ({@link choiceLanguages}).
 * @packageDocumentation
 */
import { isVariant } from './language.js';
import type { ChoiceLanguage } from './match-choice.js';
import type { LanguageData } from './types.js';
import type { RouteIndex } from './vocabulary.js';

/** The list without repeats, in first-seen order. */
export function uniq(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/**
 * Merge a language with its base: `basis: nl` in the file, or implicitly the primary subtag for a
 * private-use variant (`nl-x-simple` extends `nl`). The variant's own words come on top.
 */
export function mergeWithBase(lang: LanguageData, all: readonly LanguageData[]): LanguageData {
  const baseTag = lang.base ?? (isVariant(lang.lang) ? lang.lang.split('-')[0] : undefined);
  const base = baseTag && baseTag !== lang.lang ? all.find((l) => l.lang === baseTag) : undefined;
  if (!base) return lang;
  const topics: LanguageData['topics'] = {};
  for (const id of uniq([...Object.keys(base.topics), ...Object.keys(lang.topics)])) {
    const a = base.topics[id];
    const b = lang.topics[id];
    topics[id] = {
      words: uniq([...(a?.words ?? []), ...(b?.words ?? [])]),
      weak: uniq([...(a?.weak ?? []), ...(b?.weak ?? [])]),
      examples: [...(a?.examples ?? []), ...(b?.examples ?? [])],
      patterns: uniq([...(a?.patterns ?? []), ...(b?.patterns ?? [])]),
    };
  }
  const crisis: LanguageData['crisis'] = {};
  const bystander: NonNullable<LanguageData['bystander']> = {};
  for (const k of ['suicide', 'violence', 'child', 'medical'] as const) {
    crisis[k] = uniq([...(base.crisis[k] ?? []), ...(lang.crisis[k] ?? [])]);
    bystander[k] = uniq([...(base.bystander?.[k] ?? []), ...(lang.bystander?.[k] ?? [])]);
  }
  const feelings: Record<string, string[]> = {};
  for (const f of uniq([...Object.keys(base.feelings ?? {}), ...Object.keys(lang.feelings ?? {})])) feelings[f] = uniq([...(base.feelings?.[f] ?? []), ...(lang.feelings?.[f] ?? [])]);
  return {
    ...lang,
    topics,
    crisis,
    bystander,
    feelings,
    self: uniq([...(base.self ?? []), ...(lang.self ?? [])]),
    others: uniq([...(base.others ?? []), ...(lang.others ?? [])]),
    signals: uniq([...(base.signals ?? []), ...(lang.signals ?? [])]),
    past: uniq([...(base.past ?? []), ...(lang.past ?? [])]),
    now: uniq([...(base.now ?? []), ...(lang.now ?? [])]),
    again: uniq([...(base.again ?? []), ...(lang.again ?? [])]),
    notCrisis: uniq([...base.notCrisis, ...lang.notCrisis]),
    stopwords: uniq([...base.stopwords, ...lang.stopwords]),
    ...(base.wish || lang.wish ? { wish: mergedWish(base.wish, lang.wish) } : {}),
    ...(base.referrers || lang.referrers ? { referrers: { who: uniq([...(base.referrers?.who ?? []), ...(lang.referrers?.who ?? [])]), said: uniq([...(base.referrers?.said ?? []), ...(lang.referrers?.said ?? [])]), via: uniq([...(base.referrers?.via ?? []), ...(lang.referrers?.via ?? [])]) } } : {}),
    spelling: { ...base.spelling, ...lang.spelling },
    yes: uniq([...base.yes, ...lang.yes]),
    no: uniq([...base.no, ...lang.no]),
    ordinals: lang.ordinals.length > 0 ? lang.ordinals : base.ordinals,
    last: (lang.last ?? []).length > 0 ? lang.last : base.last ?? [],
  };
}

/**
 * Keys of the words for the last choice; of a phrase only its uncommon words ("de laatste" is
 * "laatste"), or "de" alone would mean "the last one" and "de eerste" would pick the last button.
 */
function lastKeys(idx: RouteIndex, list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of list) {
    const tokens = idx.norm.tokens(w);
    for (const t of tokens) if (tokens.length === 1 || !idx.stop.has(t.key)) out.add(t.key);
  }
  return out;
}

function keysOf(idx: RouteIndex, list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of list) for (const t of idx.norm.tokens(w)) out.add(t.key);
  return out;
}

/** Per language, what {@link matchChoice} reads a typed answer with: its normaliser, stop words, yes and no (of every language), its own one-word yes and no, ordinals and "the last one". */
export function choiceLanguages(merged: readonly LanguageData[], indexes: readonly RouteIndex[]): Map<string, ChoiceLanguage> {
  const allYes = merged.flatMap((l) => l.yes);
  const allNo = merged.flatMap((l) => l.no);
  return new Map<string, ChoiceLanguage>(
    merged.map((l, i) => {
      const idx = indexes[i] as RouteIndex;
      const ordinals = l.ordinals.map((o) => keysOf(idx, [o]));
      // yes and no are one-word entries only: the words of a phrase say nothing alone (Polish "no
      // tak" made English "no" a yes, "doe maar" made "maar" one); a bare answer reads only the
      // language's own one-word yes and no
      const single = (list: readonly string[]) => keysOf(idx, list.filter((w) => idx.norm.tokens(w).length === 1));
      const phrases = (list: readonly string[]) => list.map((w) => idx.norm.tokens(w).map((t) => t.key)).filter((keys) => keys.length > 1);
      return [l.lang, { norm: idx.norm, stop: idx.stop, yes: single(allYes), no: single(allNo), yesPhrases: phrases(allYes), noPhrases: phrases(allNo), ownYes: single(l.yes), ownNo: single(l.no), ordinals, last: lastKeys(idx, l.last ?? []) }];
    }),
  );
}

/** `wensen` of the base language and of a language, list by list. */
function mergedWish(base: LanguageData['wish'], lang: LanguageData['wish']): NonNullable<LanguageData['wish']> {
  const both = (key: keyof NonNullable<LanguageData['wish']>) => uniq([...(base?.[key] ?? []), ...(lang?.[key] ?? [])]);
  return { cues: both('cues'), bounds: both('bounds'), notThis: both('notThis'), notThat: both('notThat'), notAbout: both('notAbout') };
}
