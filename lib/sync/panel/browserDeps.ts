import { browser } from 'wxt/browser';
import { getDB, onDbChange } from '../../db';
import { sendToBackground } from '../../messaging/client';
import { dismissIssue, listIssues, resolveConflict } from '../issues';
import { countPending } from '../outboxQueue';
import { onSyncState } from '../statusChannel';
import { readSyncState } from '../syncState';
import type { SyncPanelDeps } from './syncPanelModel';

export function createBrowserSyncPanelDeps(): SyncPanelDeps {
  return {
    async read() {
      const db = await getDB();
      const [state, pending, issues] = await Promise.all([readSyncState(db), countPending(db), listIssues(db)]);
      return { state, pending, issues };
    },
    syncNow: (trigger) => sendToBackground('sync.now', { trigger }),
    resolve: async (key, choices) => void (await resolveConflict(await getDB(), key, choices)),
    dismiss: async (key) => dismissIssue(await getDB(), key),
    onChange(listener, signal) {
      onDbChange(listener, signal);
      onSyncState(listener, signal);
    },
    openSettings: () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#sync') }),
    now: Date.now,
  };
}
