import type { IDBPDatabase } from 'idb';

/** v1: accounts and contacts with their identity indexes, and the outbox. */
export function upgradeTo1(db: IDBPDatabase<unknown>): void {
  const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
  accounts.createIndex('byDomain', 'domain', { unique: false });
  accounts.createIndex('byStage', 'stage');
  accounts.createIndex('byUpdatedAt', 'updatedAt');

  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('byAccount', 'accountId');
  contacts.createIndex('byEmail', 'email');

  const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
  outbox.createIndex('byMutationId', 'id', { unique: true });

  db.createObjectStore('meta');
}
