/** Text preparation shared by the script index and the query: one normalisation for both. */

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** NFKC folds full-width letters and digits (ＲＯＩ → ROI), which Chinese IMEs often produce. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words of the non-CJK part of a normalised text: `price-too-high` → price, too, high. */
export function latinWordsOf(normalized: string): string[] {
  return normalized.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? [];
}

/** Runs of CJK characters: `价格太高，怎么办` → 价格太高, 怎么办. */
export function cjkRunsOf(normalized: string): string[] {
  return normalized.match(CJK_RUN) ?? [];
}

/** Character bigrams of each CJK run (Chinese has no spaces; bigrams are its "words"). */
export function cjkBigramsOf(normalized: string): Set<string> {
  const bigrams = new Set<string>();
  for (const run of cjkRunsOf(normalized)) {
    for (let i = 0; i + 1 < run.length; i += 1) bigrams.add(run.slice(i, i + 2));
  }
  return bigrams;
}

/**
 * Question words and particles reps type around the real words ("交付太慢怎么办"); they match
 * nothing useful and dilute bigram cover. A space keeps the parts as separate terms.
 */
const CHINESE_FILLERS = /怎么办|怎么样|怎么|如何|为什么|什么|的|了|吗|呢|吧|啊/g;

export function withoutChineseFillers(normalized: string): string {
  return normalized.replace(CHINESE_FILLERS, ' ');
}
