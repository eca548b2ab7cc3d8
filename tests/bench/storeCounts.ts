import type { Page } from 'playwright-core';

/** How many records each of `stores` holds, read in one transaction from `page`, an extension page of the build. */
export function storeCounts(page: Page, stores: readonly string[]): Promise<number[]> {
  return page.evaluate(
    (names) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('leadkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names);
          const counts = names.map((name) => tx.objectStore(name).count());
          tx.oncomplete = () => {
            open.result.close();
            resolve(counts.map((count) => count.result));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}
