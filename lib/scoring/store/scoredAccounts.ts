import { storedAccount, storedAccountsByDomain, type LeadKitDatabase } from '../../db';
import type { Account } from '../../model';
import { withScores } from './scorePages';

/** The accounts with this domain, each with its stored score. */
export async function findAccountsByDomain(db: LeadKitDatabase, domain: string): Promise<Account[]> {
  return withScores(db, await storedAccountsByDomain(db, domain));
}

/** One account with its stored score. */
export async function getAccount(db: LeadKitDatabase, id: string): Promise<Account | null> {
  const account = await storedAccount(db, id);
  return account && (await withScores(db, [account]))[0]!;
}
