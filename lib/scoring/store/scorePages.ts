import type { IDBPObjectStore, StoreNames } from 'idb';
import type { LeadKitDatabase } from '../../db/open';
import type { LeadKitDB } from '../../db/schema';
import { LeadScore } from '../../model/grade';
import { decodePage, type ScorePage } from './pageCodec';
import { unpackScore, type PackedScore, type ReasonText } from './packedScore';
import { FIRST_PAGE, pageKeyFor } from './scorePageLayout';

export type { ScorePage } from './pageCodec';

type PageStore = IDBPObjectStore<LeadKitDB, ArrayLike<StoreNames<LeadKitDB>>, 'scorePages', 'readonly' | 'readwrite'>;

/** Beyond this many ids, one range read of the pages beats a lookup per id. */
const LOOKUPS_PER_ID_UP_TO = 32;

export interface PagesOfIds {
  readonly pages: Map<string, ScorePage>;
  /** The page key each of the asked ids belongs to. */
  pageOf(id: string): string;
}

/**
 * The pages holding these ids, inside the caller's transaction. A few ids: one `prev` cursor
 * each; more: the page at or below the lowest id plus every page up to the highest (a batch
 * of a full re-score is a contiguous id range, so that is one or two pages).
 */
export async function readPagesOf(store: PageStore, ids: readonly string[]): Promise<PagesOfIds> {
  const pages = new Map<string, ScorePage>();
  if (ids.length === 0) return { pages, pageOf: () => FIRST_PAGE };
  if (ids.length <= LOOKUPS_PER_ID_UP_TO) {
    const keyOf = new Map<string, string>();
    await Promise.all(
      ids.map(async (id) => {
        const cursor = await store.openCursor(IDBKeyRange.upperBound(id), 'prev');
        const lo = cursor ? cursor.value.lo : FIRST_PAGE;
        keyOf.set(id, lo);
        // Ids on one page find the same record: it is decoded once.
        if (cursor && !pages.has(lo)) pages.set(lo, decodePage(cursor.value));
      }),
    );
    return { pages, pageOf: (id) => keyOf.get(id) ?? FIRST_PAGE };
  }
  let low = ids[0]!;
  let high = ids[0]!;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const [start, rest] = await Promise.all([
    store.openCursor(IDBKeyRange.upperBound(low), 'prev'),
    low < high ? store.getAll(IDBKeyRange.bound(low, high, true, false)) : Promise.resolve([]),
  ]);
  if (start) pages.set(start.value.lo, decodePage(start.value));
  for (const stored of rest) pages.set(stored.lo, decodePage(stored));
  const sortedKeys = [...pages.keys()].sort();
  return { pages, pageOf: (id) => pageKeyFor(sortedKeys, id) };
}

/** Stored scores are read back through the schema: a damaged one counts as no score. */
export function readableScore(page: ScorePage | undefined, id: string): LeadScore | undefined {
  const packed = page?.scores.get(id);
  const score = page && packed && Array.isArray(page.texts) ? unpackScore(page.texts, packed) : undefined;
  if (score === undefined) return undefined;
  const parsed = LeadScore.safeParse(score);
  return parsed.success ? parsed.data : undefined;
}

/** The current scores of these accounts (absent: never scored). */
export async function readScores(db: LeadKitDatabase, ids: Iterable<string>): Promise<Map<string, LeadScore>> {
  const unique = [...new Set(ids)];
  const result = new Map<string, LeadScore>();
  if (unique.length === 0) return result;
  const tx = db.transaction('scorePages');
  const { pages, pageOf } = await readPagesOf(tx.store, unique);
  await tx.done;
  for (const id of unique) {
    const score = readableScore(pages.get(pageOf(id)), id);
    if (score) result.set(id, score);
  }
  return result;
}

/**
 * Accounts as the rest of the extension sees them: each with its current score (or none). Every
 * read of accounts that shows or uses a grade goes through here; a score left on an old record is
 * never trusted over the stored one.
 */
export async function withScores<A extends { id: string; score?: LeadScore }>(db: LeadKitDatabase, accounts: readonly A[]): Promise<A[]> {
  return attachScores(accounts, await readScores(db, accounts.map((account) => account.id)));
}

/** Every stored score (the dashboard and exports read all accounts): one read of all pages. */
export async function readAllScores(db: LeadKitDatabase): Promise<Map<string, LeadScore>> {
  const result = new Map<string, LeadScore>();
  for (const stored of await db.getAll('scorePages')) {
    const page = decodePage(stored);
    for (const id of page.scores.keys()) {
      const score = readableScore(page, id);
      if (score) result.set(id, score);
    }
  }
  return result;
}

/** Accounts with their scores from `scores` (or none: a score left on an old record is dropped). */
export function attachScores<A extends { id: string; score?: LeadScore }>(accounts: readonly A[], scores: ReadonlyMap<string, LeadScore>): A[] {
  return accounts.map((account) => {
    const score = scores.get(account.id);
    if (score) return { ...account, score };
    if (account.score === undefined) return account;
    const { score: _stale, ...rest } = account;
    return rest as A;
  });
}
