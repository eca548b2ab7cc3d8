import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { resetDBConnection } from '../../lib/db';

// Every test starts with an empty IndexedDB.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDBConnection();
});
