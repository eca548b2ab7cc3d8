/**
 * When a job over `n` records of a store (re-scoring changed accounts, rebuilding marked digest
 * rows, reading accounts by id) is cheaper done over the whole store in key ranges than record by
 * record: from `min` records on, and once `n` is at least `share` of the store.
 */
export interface WholeStoreThreshold {
  readonly min: number;
  readonly share: number;
}

/**
 * Whether `n` records are past `threshold`. The store is counted (`count`) only once `n` reaches
 * `min`: in Chromium a count walks every key, and these questions come after every write.
 */
export async function wholeStoreWins(n: number, threshold: WholeStoreThreshold, count: () => Promise<number>): Promise<boolean> {
  if (n < threshold.min) return false;
  return n >= (await count()) * threshold.share;
}
