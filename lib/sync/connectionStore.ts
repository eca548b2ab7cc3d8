import { storage } from '#imports';
import { getDB } from '../db';
import { loadSettings, updateSettings } from '../settings/settingsStore';
import type { SyncConnection } from './engine';

const TOKEN_KEY = 'syncToken';

/**
 * The backend token lives in IndexedDB (the `meta` store), not in `storage.local`: every content
 * script of ours could read `storage.local`, but IndexedDB is per origin, so only extension pages
 * and the background can open it. Never in a message to a content script, never logged.
 */
async function readToken(): Promise<string> {
  const stored = await (await getDB()).get('meta', TOKEN_KEY);
  return typeof stored === 'string' ? stored : '';
}

/** Not secret: when the token last changed, so the background hears about it (storage.onChanged). */
export const syncTokenChangedAtItem = storage.defineItem<number>('local:syncTokenChangedAt', { fallback: 0 });

/** A token an earlier build kept in storage.local moves into IndexedDB and is removed there. */
const legacyTokenItem = storage.defineItem<string>('local:syncToken', { fallback: '' });
async function moveLegacyToken(): Promise<void> {
  const legacy = await legacyTokenItem.getValue();
  if (!legacy) return;
  if (!(await readToken())) await (await getDB()).put('meta', legacy, TOKEN_KEY);
  await legacyTokenItem.removeValue();
}

/** The backend to sync with, or null: no URL or no token means local-only mode. */
export async function loadConnection(): Promise<SyncConnection | null> {
  await moveLegacyToken();
  const [settings, token] = await Promise.all([loadSettings(), readToken()]);
  return settings.backendUrl && token ? { backendUrl: settings.backendUrl, token } : null;
}

export async function loadConnectionForm(): Promise<{ backendUrl: string; token: string }> {
  await moveLegacyToken();
  const [settings, token] = await Promise.all([loadSettings(), readToken()]);
  return { backendUrl: settings.backendUrl ?? '', token };
}

/** Saves the URL into the settings as they are stored now (not a stale copy) and the token apart. */
export async function saveConnection(backendUrl: string | undefined, token: string): Promise<void> {
  await updateSettings({ backendUrl });
  const db = await getDB();
  if (token) await db.put('meta', token, TOKEN_KEY);
  else await db.delete('meta', TOKEN_KEY);
  await syncTokenChangedAtItem.setValue(Date.now());
}
