import type { Script, ScriptLocale, Stage } from '../model';
import { effectivenessOf } from './effectiveness';
import { cjkTermScore, latinTermScore, termScoresFor, type TermScores } from './matchTerm';
import { indexedScript, type IndexedScript } from './scriptIndex';
import { cjkRunsOf, latinWordsOf, normalizeForSearch, withoutChineseFillers } from './searchText';

export type ScriptSearchOptions = {
  /** The current account's stage: its scripts come first. */
  stage?: Stage;
  /** The rep's language: its scripts get a small boost, the others still show. */
  locale: ScriptLocale;
  limit?: number;
};

export type ScriptSearchHit = {
  script: Script;
  /** Relevance to the query (0 for an empty query). */
  score: number;
  /** Tagged for the requested stage (false when no stage was given). */
  stageMatch: boolean;
};

const LOCALE_BOOST = 1.25;

/**
 * The last tie-break is the title in the rep's collation. Comparing strings with ICU inside the sort
 * was the larger part of a query over a big library (every score ties on an empty query), so each
 * library array gets its titles ranked once: the picker and the side panel keep the same array while
 * the rep types, and a changed library is a new array, ranked again.
 */
const collator = new Intl.Collator();
const titleRanks = new WeakMap<readonly Script[], Map<Script, number>>();

function titleRanksOf(scripts: readonly Script[]): Map<Script, number> {
  let ranks = titleRanks.get(scripts);
  if (!ranks) {
    ranks = new Map([...scripts].sort((a, b) => collator.compare(a.title, b.title)).map((script, rank) => [script, rank]));
    titleRanks.set(scripts, ranks);
  }
  return ranks;
}

/**
 * Instant search for the picker and the side panel. Every query term must match the title,
 * the tags or the body (English: whole word, prefix, typos, letters in order in the title;
 * Chinese: substring or shared bigrams). Order: scripts for the stage, then scripts for any
 * stage (untagged), then the rest; inside each, relevance, then what works best.
 * An empty query lists everything in that order, the rep's language first.
 */
export function searchScripts(
  scripts: readonly Script[],
  query: string,
  options: ScriptSearchOptions,
): ScriptSearchHit[] {
  const normalized = normalizeForSearch(query);
  const latinTerms = [...new Set(latinWordsOf(normalized))];
  const cjkTerms = [...new Set(cjkRunsOf(withoutChineseFillers(normalized)))];
  const isEmpty = latinTerms.length === 0 && cjkTerms.length === 0;
  // Index first, so the vocabulary is complete before the per-term score arrays are sized.
  const indexed = isEmpty ? [] : scripts.map(indexedScript);
  const termScores = latinTerms.map(termScoresFor);

  const titleRank = titleRanksOf(scripts);
  const ranked: Array<ScriptSearchHit & { tier: number; effectiveness: number; localeMatch: boolean; titleRank: number }> = [];
  for (const [i, script] of scripts.entries()) {
    const localeMatch = script.locale === options.locale;
    let score = 0;
    const index = indexed[i];
    if (index) {
      const relevance = relevanceOf(index, termScores, cjkTerms);
      if (relevance === 0) continue;
      score = relevance * (localeMatch ? LOCALE_BOOST : 1);
    }
    const tier = stageTier(script, options.stage);
    ranked.push({ script, score, stageMatch: options.stage !== undefined && tier === 0, tier, localeMatch, effectiveness: effectivenessOf(script), titleRank: titleRank.get(script)! });
  }

  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.score - a.score ||
      Number(b.localeMatch) - Number(a.localeMatch) ||
      b.effectiveness - a.effectiveness ||
      a.titleRank - b.titleRank,
  );
  const hits = ranked.map(({ script, score, stageMatch }) => ({ script, score, stageMatch }));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

/** 0: tagged for the stage; 1: untagged (fits any stage); 2: tagged for other stages. */
function stageTier(script: Script, stage: Stage | undefined): number {
  if (stage === undefined || script.stages.includes(stage)) return 0;
  return script.stages.length === 0 ? 1 : 2;
}

/** Sum of each term's best field score; 0 when any term matches nowhere. */
function relevanceOf(indexed: IndexedScript, termScores: readonly TermScores[], cjkTerms: readonly string[]): number {
  const fields = [indexed.title, indexed.keywords, indexed.body];
  let total = 0;
  for (const scores of termScores) {
    let best = 0;
    for (const field of fields) best = Math.max(best, latinTermScore(scores, field, field === indexed.title));
    if (best === 0) return 0;
    total += best;
  }
  for (const term of cjkTerms) {
    const best = cjkTermScore(term, fields);
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
