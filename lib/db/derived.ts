import type { Account } from '../model';
import { announceChange } from './changes';
import type { LeadKitDatabase } from './open';

export interface DerivedAccountUpdate {
  id: string;
  /** The record's `updatedAt` when the value was derived: if the rep edited it since, skip it. */
  derivedFromUpdatedAt: number;
  patch: Pick<Partial<Account>, 'score'>;
}

/**
 * Writes fields every device derives for itself from synced data (an account's score, from the
 * team's rules and the account's records). They are not the rep's changes: no outbox mutation and
 * no `updatedAt` bump, so a rule change re-scores 100k leads without pushing 100k records. The
 * check and the write share one transaction, so a rep's edit made meanwhile is never overwritten.
 * Returns the ids written.
 */
export async function writeDerivedAccountFields(db: LeadKitDatabase, updates: readonly DerivedAccountUpdate[]): Promise<string[]> {
  if (updates.length === 0) return [];
  const tx = db.transaction('accounts', 'readwrite');
  const written: string[] = [];
  const current = await Promise.all(updates.map((update) => tx.store.get(update.id)));
  const puts = updates.flatMap((update, index) => {
    const record = current[index];
    if (!record || record.updatedAt !== update.derivedFromUpdatedAt) return [];
    written.push(update.id);
    return [tx.store.put({ ...record, ...update.patch })];
  });
  await Promise.all([...puts, tx.done]);
  if (written.length > 0) announceChange({ stores: ['accounts'] });
  return written;
}
