import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { getDB } from '../db';

/**
 * A setting content scripts cannot read (#22): kept in the extension's IndexedDB (the `meta`
 * store, as the sync token is), which only extension pages and the background can open, instead
 * of `storage.local`, which every content script of ours can read. Its storage.local trace is
 * `<key>ChangedAt`, a time and nothing else, so other contexts still hear of a change through
 * storage.onChanged. What an earlier build kept in storage.local under the same key moves here on
 * the first read or write and is then removed there, with WXT's version meta: nothing is lost,
 * and a value already moved wins over a stale copy.
 */
export interface PrivateItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Called after each change made in any context, with the value before it as this context last saw it. */
  watch(callback: (next: T, previous: T) => void): () => void;
}

const META_PREFIX = 'private:';

export function definePrivateItem<T>(key: string, fallback: T): PrivateItem<T> {
  const metaKey = `${META_PREFIX}${key}`;
  const changedAtKey = `${key}ChangedAt`;

  async function moveLegacyValue(): Promise<void> {
    const legacy = await storage.getItem<T>(`local:${key}`);
    if (legacy === null || legacy === undefined) return;
    const db = await getDB();
    if ((await db.get('meta', metaKey)) === undefined) await db.put('meta', legacy, metaKey);
    await storage.removeItem(`local:${key}`, { removeMeta: true });
  }

  async function read(): Promise<T> {
    await moveLegacyValue();
    const stored = await (await getDB()).get('meta', metaKey);
    return stored === undefined ? fallback : (stored as T);
  }

  async function changed(): Promise<void> {
    await browser.storage.local.set({ [changedAtKey]: Date.now() });
  }

  return {
    getValue: read,
    async setValue(value) {
      await moveLegacyValue();
      await (await getDB()).put('meta', value, metaKey);
      await changed();
    },
    async removeValue() {
      await moveLegacyValue();
      await (await getDB()).delete('meta', metaKey);
      await changed();
    },
    watch(callback) {
      let last: Promise<T> = read().catch(() => fallback);
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local' || !(changedAtKey in changes)) return;
        const previous = last;
        last = read().catch(() => fallback);
        void Promise.all([last, previous]).then(([next, before]) => callback(next, before));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
