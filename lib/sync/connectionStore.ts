import { storage } from '#imports';
import { loadSettings, saveSettings } from '../settings/settingsStore';
import type { SyncConnection } from './engine';

/**
 * The backend token, in `storage.local` under its own key: read by the background (to sync) and
 * the options page (to edit it) only. Never in the settings object other pages read, never in a
 * message to a content script, never logged.
 */
export const syncTokenItem = storage.defineItem<string>('local:syncToken', { fallback: '' });

/** The backend to sync with, or null: no URL or no token means local-only mode. */
export async function loadConnection(): Promise<SyncConnection | null> {
  const [settings, token] = await Promise.all([loadSettings(), syncTokenItem.getValue()]);
  return settings.backendUrl && token ? { backendUrl: settings.backendUrl, token } : null;
}

export async function loadConnectionForm(): Promise<{ backendUrl: string; token: string }> {
  const [settings, token] = await Promise.all([loadSettings(), syncTokenItem.getValue()]);
  return { backendUrl: settings.backendUrl ?? '', token };
}

/** Saves the URL into the settings as they are stored now (not a stale copy) and the token apart. */
export async function saveConnection(backendUrl: string | undefined, token: string): Promise<void> {
  const current = await loadSettings();
  await saveSettings({ ...current, backendUrl });
  if (token) await syncTokenItem.setValue(token);
  else await syncTokenItem.removeValue();
}
