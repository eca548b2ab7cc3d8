/**
 * Lists written in one cell (`a@x.cn; b@x.cn`, `VIP，重点`). Most cells hold one item, and splitting
 * by a regular expression makes a new one each call (RegExp's species protocol), so a cell
 * without a separator is not split at all.
 */
export function splitCell(text: string, separators: RegExp): string[] {
  if (text === '') return [];
  return separators.test(text) ? text.split(separators) : [text];
}

/** `values` without repeats, first occurrences in order, at most `max`: `[...new Set(values)].slice(0, max)` without the Set. */
export function distinct(values: readonly string[], max: number): string[] {
  const kept: string[] = [];
  for (const value of values) {
    if (kept.length === max) break;
    if (!kept.includes(value)) kept.push(value);
  }
  return kept;
}
