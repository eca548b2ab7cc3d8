import type { Mutation } from '../model';
import type { LeadKitDatabase } from './open';

export async function countPendingMutations(db: LeadKitDatabase): Promise<number> {
  return db.count('outbox');
}

/** The oldest pending mutations, in the order they were made. */
export async function peekOutbox(db: LeadKitDatabase, limit: number): Promise<Array<Mutation & { seq: number }>> {
  const rows = await db.getAll('outbox', undefined, limit);
  return rows as Array<Mutation & { seq: number }>;
}
