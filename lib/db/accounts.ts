import { Account, type Contact } from '../model';
import type { LeadKitDatabase } from './open';

/** Reads go through the schema: a record that no longer parses is reported, not trusted. */
function parseAccount(value: unknown): Account | null {
  const result = Account.safeParse(value);
  if (!result.success) {
    console.warn('[leadkit] skipped an unreadable account record', result.error.issues[0]);
    return null;
  }
  return result.data;
}

/** The accounts with this domain as stored, without their scores (for callers that attach them once). */
export async function storedAccountsByDomain(db: LeadKitDatabase, domain: string): Promise<Account[]> {
  const values = await db.getAllFromIndex('accounts', 'byDomain', domain);
  return values.map(parseAccount).filter((account): account is Account => account !== null);
}

/** One account as stored, without its score. */
export async function storedAccount(db: LeadKitDatabase, id: string): Promise<Account | null> {
  const value = await db.get('accounts', id);
  return value === undefined ? null : parseAccount(value);
}

export async function listContacts(db: LeadKitDatabase, accountId: string): Promise<Contact[]> {
  const contacts = await db.getAllFromIndex('contacts', 'byAccount', accountId);
  return contacts.sort((a, b) => a.createdAt - b.createdAt);
}
