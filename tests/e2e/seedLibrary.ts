import type { Worker } from 'playwright-core';

/**
 * Waits for the scripts library the extension seeds on install, then puts the test's accounts,
 * contacts and scripts into its IndexedDB (after, so the seeding cannot overwrite a test script).
 * (No named functions inside evaluate: tsx would wrap them in a helper the worker lacks.)
 */
export function seedAfterLibrary(worker: Pick<Worker, "evaluate">, records: { accounts: object[]; contacts: object[]; scripts: object[] }): Promise<void> {
  return worker.evaluate(async (records) => {
    let db: IDBDatabase | null = null;
    for (let tries = 0; ; tries += 1) {
      if (tries > 100) throw new Error('the scripts library was not seeded');
      db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('leadkit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const seeded = !db.objectStoreNames.contains('scripts')
        ? 0
        : await new Promise<number>((resolve) => {
            const request = db!.transaction('scripts').objectStore('scripts').count();
            request.onsuccess = () => resolve(request.result);
          });
      if (seeded >= 40) break;
      db.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const tx = db.transaction(['accounts', 'contacts', 'scripts'], 'readwrite');
    for (const account of records.accounts) tx.objectStore('accounts').put(account);
    for (const contact of records.contacts) tx.objectStore('contacts').put(contact);
    for (const script of records.scripts) tx.objectStore('scripts').put(script);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
}
