import type { LeadKitDatabase } from '../../db';
import type { Activity, Contact } from '../../model';
import type { SiteVisitRecord } from '../../signals/visitRecord';

/** One account as stored, with everything its score reads; nothing parsed or trusted yet. */
export interface StoredLead {
  readonly account: unknown;
  readonly contacts: Contact[];
  readonly activities: Activity[];
  readonly visits: SiteVisitRecord[];
}

const STORES = ['accounts', 'contacts', 'activities', 'visits'] as const;

/**
 * The next `size` accounts by id after `afterId`, with their contacts, activities and visits:
 * four range reads per batch, since a batch is a contiguous range of account ids and every
 * related store has an index that starts with the account id.
 */
export async function readLeadBatch(db: LeadKitDatabase, afterId: string | null, size: number): Promise<{ leads: StoredLead[]; lastId: string | null }> {
  const tx = db.transaction(STORES);
  const range = afterId === null ? null : IDBKeyRange.lowerBound(afterId, true);
  // No separate read of the keys: the store's key path is `id`, so every record carries its key.
  const accounts = (await tx.objectStore('accounts').getAll(range, size)) as Array<{ id: string }>;
  const first = accounts[0]?.id;
  const last = accounts.at(-1)?.id;
  if (first === undefined || last === undefined) return { leads: [], lastId: null };
  const [contacts, activities, visits] = await Promise.all([
    tx.objectStore('contacts').index('byAccount').getAll(IDBKeyRange.bound(first, last)),
    tx.objectStore('activities').index('byAccountAt').getAll(IDBKeyRange.bound([first, -Infinity], [last, Infinity])),
    tx.objectStore('visits').index('byAccountStartedAt').getAll(IDBKeyRange.bound([first, -Infinity], [last, Infinity])),
  ]);
  await tx.done;
  return { leads: group(accounts, contacts, activities, visits), lastId: last };
}

/** The given accounts (missing ones left out), with what their scores read. */
export async function readLeads(db: LeadKitDatabase, accountIds: Iterable<string>): Promise<StoredLead[]> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return [];
  const tx = db.transaction(STORES);
  const perAccount = await Promise.all(
    ids.map(async (id): Promise<StoredLead | null> => {
      const bound = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      const [account, contacts, activities, visits] = await Promise.all([
        tx.objectStore('accounts').get(id),
        tx.objectStore('contacts').index('byAccount').getAll(id),
        tx.objectStore('activities').index('byAccountAt').getAll(bound),
        tx.objectStore('visits').index('byAccountStartedAt').getAll(bound),
      ]);
      return account === undefined ? null : { account, contacts, activities, visits };
    }),
  );
  await tx.done;
  return perAccount.filter((lead): lead is StoredLead => lead !== null);
}

type Related = Omit<StoredLead, 'account'>;
/** What an account without contacts, activities or visits has: shared, so a batch allocates nothing for it. */
const NONE: Related = Object.freeze({ contacts: Object.freeze([]) as never, activities: Object.freeze([]) as never, visits: Object.freeze([]) as never });

function group(accounts: ReadonlyArray<{ id: string }>, contacts: Contact[], activities: Activity[], visits: SiteVisitRecord[]): StoredLead[] {
  const byAccount = new Map<unknown, Related>();
  const of = (accountId: unknown): Related => {
    let related = byAccount.get(accountId);
    if (!related) byAccount.set(accountId, (related = { contacts: [], activities: [], visits: [] }));
    return related;
  };
  for (const contact of contacts) of(contact.accountId).contacts.push(contact);
  for (const activity of activities) of(activity.accountId).activities.push(activity);
  for (const visit of visits) of(visit.accountId).visits.push(visit);
  return accounts.map((account) => ({ account, ...(byAccount.get(account.id) ?? NONE) }));
}
