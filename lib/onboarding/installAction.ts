import { RELEASE_NOTES, type ReleaseNote } from './releaseNotes';

/** What `runtime.onInstalled` should open: the welcome page, the notes of some versions, or nothing. */
export type InstallAction = { page: 'welcome' } | { page: 'whatsNew'; notes: string[] } | null;

export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/** A browser extension version: one to four dot-separated integers; anything else is not one. */
const VERSION = /^\d{1,9}(\.\d{1,9}){0,3}$/;

/** Negative, zero or positive as `a` is older than, equal to or newer than `b`; null when either is not a version. */
export function compareVersions(a: string, b: string): number | null {
  if (!VERSION.test(a) || !VERSION.test(b)) return null;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 4; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Issue #26: a new install gets the welcome page; an update gets "what's new" only when a release
 * between the previous version (exclusive) and this one (inclusive) is flagged `announce`. Browser
 * updates, shared-module updates and reloads with the same version open nothing.
 * `welcomed`: this profile's storage says the welcome page was opened already. Chromium reports an
 * extension loaded with --load-extension (a developer's or a test's browser) as installed again on
 * every start, with its storage kept; a real reinstall starts with empty storage.
 */
export function installAction(details: InstalledDetails, currentVersion: string, welcomed: boolean, notes: readonly ReleaseNote[] = RELEASE_NOTES): InstallAction {
  if (details.reason === 'install') return welcomed ? null : { page: 'welcome' };
  if (details.reason !== 'update' || details.previousVersion === undefined) return null;
  const previous = details.previousVersion;
  const announced = notes.filter((note) => {
    if (!note.announce) return false;
    const afterPrevious = compareVersions(note.version, previous);
    const upToCurrent = compareVersions(note.version, currentVersion);
    return afterPrevious !== null && upToCurrent !== null && afterPrevious > 0 && upToCurrent <= 0;
  });
  return announced.length ? { page: 'whatsNew', notes: announced.map((note) => note.key) } : null;
}
