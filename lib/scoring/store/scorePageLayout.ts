/**
 * Where an account's score lives (issue #4, re-scoring 100k leads in ≤ 3 s). Scores are not kept
 * on the account records: IndexedDB pays per record written (~35 µs in Chromium, whatever its
 * size), so 100k re-written accounts took 30–50 s. They live in pages of up to a thousand scores,
 * each page holding a contiguous range of account ids. A full re-score walks the accounts in id
 * order, so each of its batches rewrites one or two pages; one lead re-scored rewrites one page.
 *
 * A page is named by the lowest id it may hold (`lo`); an id belongs to the page with the greatest
 * `lo` not above it. The first page is always `''`, so every id has a page.
 */
export const FIRST_PAGE = '';
/** A page that grows past this is split; a batch's rewrite stays small. */
export const MAX_PAGE_SIZE = 1_000;
const SPLIT_SIZE = 500;

/** The page an id belongs to, given every page key in ascending order (FIRST_PAGE among them). */
export function pageKeyFor(sortedKeys: readonly string[], id: string): string {
  let low = 0;
  let high = sortedKeys.length - 1;
  let found = FIRST_PAGE;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const key = sortedKeys[middle]!;
    if (key <= id) {
      found = key;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * A page too big for one cheap write, cut into pages of SPLIT_SIZE ids in order; the first keeps
 * the page's key (nothing below it moves), the others are named by their first id.
 */
export function splitPage<T>(lo: string, scores: ReadonlyMap<string, T>): Array<{ lo: string; scores: Map<string, T> }> {
  if (scores.size <= MAX_PAGE_SIZE) return [{ lo, scores: new Map(scores) }];
  const ids = [...scores.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pages: Array<{ lo: string; scores: Map<string, T> }> = [];
  for (let start = 0; start < ids.length; start += SPLIT_SIZE) {
    const chunk = ids.slice(start, start + SPLIT_SIZE);
    pages.push({ lo: start === 0 ? lo : chunk[0]!, scores: new Map(chunk.map((id) => [id, scores.get(id)!])) });
  }
  return pages;
}
