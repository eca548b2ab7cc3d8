import { browser } from 'wxt/browser';
import { getDB, onDbChange } from '../db';
import type { Handlers } from '../messaging';
import { loadConnection } from './connectionStore';
import { createSyncEngine, type SyncTrigger } from './engine';
import { announceSyncState } from './statusChannel';
import { testConnection } from './testConnection';
import { notifyIfMine } from '../assignment/notifyAssigned';
import { loadSettings } from '../settings/settingsStore';

export const SYNC_ALARMS = {
  /** Pull what the team changed, push anything left: every 5 minutes. */
  periodic: 'leadkit-sync-periodic',
  /** The next try after a failure (backoff). */
  retry: 'leadkit-sync-retry',
  /** A local write waiting to be pushed, in case the worker stops before its short timer fires. */
  soon: 'leadkit-sync-soon',
} as const;

const hasPermission = (origin: string) => browser.permissions.contains({ origins: [`${origin}/*`] });

/**
 * The background's part of sync (issue #7): every network call happens here. Runs are started
 * by alarms, by local writes, by the network coming back, by a changed backend and by "Sync now";
 * listeners are registered synchronously so the event that woke the worker is delivered. All
 * state is in IndexedDB, so a worker stopped at any point picks up from there.
 */
export function startSyncBackground(): Pick<Handlers, 'sync.now' | 'sync.test'> {
  const engine = createSyncEngine({
    db: getDB,
    connection: loadConnection,
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    random: Math.random,
    hasPermission,
    async scheduleRetry(at) {
      if (at === null) await browser.alarms.clear(SYNC_ALARMS.retry);
      else await browser.alarms.create(SYNC_ALARMS.retry, { when: Math.max(at, Date.now() + 30_000) });
    },
    notify: announceSyncState,
    log: (line) => console.warn(line),
    // A lead another install assigned to this rep reaches them here (issue #24 item 5).
    ownersChanged: async (changes) => void (await notifyIfMine(changes, await loadSettings())),
  });
  const run = (trigger: SyncTrigger) =>
    void engine.run(trigger).catch((error: unknown) => console.warn('[leadkit] sync run stopped:', error instanceof Error ? error.name : 'error'));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARMS.periodic) run('alarm');
    else if (alarm.name === SYNC_ALARMS.retry) run('retry');
    else if (alarm.name === SYNC_ALARMS.soon) run('write');
  });
  void browser.alarms.get(SYNC_ALARMS.periodic).then((existing) => {
    if (!existing) return browser.alarms.create(SYNC_ALARMS.periodic, { periodInMinutes: 5, delayInMinutes: 0.5 });
  });
  browser.runtime.onStartup.addListener(() => run('startup'));
  globalThis.addEventListener?.('online', () => run('online'));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // The settings (the backend URL among them) are out of storage.local (#22): only their change time is here.
    if (changes.syncTokenChangedAt || changes.settingsChangedAt) run('config');
  });
  let soon: ReturnType<typeof setTimeout> | undefined;
  onDbChange(() => {
    clearTimeout(soon);
    soon = setTimeout(() => run('write'), 2_000);
    void browser.alarms.create(SYNC_ALARMS.soon, { delayInMinutes: 0.5 });
  });
  run('startup');

  return {
    'sync.now': ({ trigger }) => engine.run(trigger),
    'sync.test': (input) => testConnection(input, { fetch: (url, init) => fetch(url, init), hasPermission, now: Date.now }),
  };
}
