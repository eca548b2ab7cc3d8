import type { Messages } from './translate';

/**
 * Locale strings live in one fragment per feature (`lib/i18n/messages/<locale>/<feature>.json`)
 * so features own their words; the build merges them into Chrome's `_locales/<locale>/messages.json`.
 * A key defined by two fragments is an error, never a silent override.
 */
export function mergeMessageFragments(fragments: Record<string, Messages>): Messages {
  const merged: Messages = {};
  const ownerOf: Record<string, string> = {};
  for (const [fragment, messages] of Object.entries(fragments).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [key, entry] of Object.entries(messages)) {
      if (Object.hasOwn(merged, key)) {
        throw new Error(`locale key "${key}" is defined in both ${ownerOf[key]} and ${fragment}`);
      }
      merged[key] = entry;
      ownerOf[key] = fragment;
    }
  }
  return merged;
}
