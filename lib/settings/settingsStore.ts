import { DEFAULT_SETTINGS, Settings } from '../model';
import { definePrivateItem } from './privateItem';

/**
 * Settings are one item where content scripts cannot read them (the rep's name, the backend URL:
 * #22, see definePrivateItem); an earlier build's copy in `storage.local` moves there on first
 * use. Reads are parsed: a corrupt or hand-edited value falls back field by field to the defaults
 * instead of breaking the UI.
 */
export const settingsItem = definePrivateItem<Record<string, unknown>>('settings', {});

export function parseStoredSettings(stored: unknown): Settings {
  const whole = Settings.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  // Keep every field that is still valid; drop only the broken ones.
  const repaired: Record<string, unknown> = {};
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const field = (schema as { safeParse(value: unknown): { success: boolean } }).safeParse(source[key]);
    if (field.success && source[key] !== undefined) repaired[key] = source[key];
  }
  console.warn('[leadkit] some settings were invalid and were reset to defaults');
  return Settings.safeParse(repaired).data ?? DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  return parseStoredSettings(await settingsItem.getValue());
}

/**
 * Merges a change into the settings as they are stored now, not a copy a page loaded earlier:
 * two pages (or two tabs of options) saving different fields never undo each other.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next as unknown as Record<string, unknown>);
  return next;
}
