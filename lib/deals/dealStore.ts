import { commitChanges, type LeadKitDatabase } from '../db';
import { Deal } from '../model';

/** An account's deals, open first, then by expected close date (soonest first). */
export async function listDealsOfAccount(db: LeadKitDatabase, accountId: string): Promise<Deal[]> {
  const deals = await db.getAllFromIndex('deals', 'byAccount', accountId);
  return deals.sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || a.expectedCloseDate.localeCompare(b.expectedCloseDate) || a.name.localeCompare(b.name));
}

/** Stores a deal (checked against its schema first) and queues it for sync in the same transaction. */
export async function saveDeal(db: LeadKitDatabase, deal: Deal, now = Date.now()): Promise<Deal> {
  const record = Deal.parse({ ...deal, updatedAt: now });
  await commitChanges(db, [{ store: 'deals', op: 'put', record }], now);
  return record;
}
