import { signal, type ReadonlySignal } from '@preact/signals';

export interface SiteListDeps {
  /** Every optional site the browser granted us, as `https://host/*` patterns (webmail hosts excluded). */
  grantedSites(): Promise<string[]>;
  composeSites(): Promise<string[]>;
  /** Whether a site's access is granted, by an exact grant or a wider pattern that covers it. */
  hasAccess(origin: string): Promise<boolean>;
  setComposeSites(sites: string[]): Promise<void>;
  /** Gives a site's access back to the browser; the overlays registered for it stop with it. */
  removeAccess(origin: string): Promise<boolean>;
}

/** One site the rep turned something on for: the badge runs wherever access is granted. */
export interface SiteRow {
  origin: string;
  host: string;
  granted: boolean;
  launcher: boolean;
}

export type SiteListState = { kind: 'loading' } | { kind: 'ready'; sites: SiteRow[] } | { kind: 'failed' };

export interface SiteListModel {
  state: ReadonlySignal<SiteListState>;
  /** A message key after an action failed, shown beside the list. */
  error: ReadonlySignal<string | null>;
  load(): Promise<void>;
  turnLauncherOff(origin: string): Promise<void>;
  /** Removes the site: launcher off, badge off, access given back. */
  remove(origin: string): Promise<void>;
}

export const hostOfPattern = (origin: string): string => origin.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/**
 * Sites in one list, granted or only left on the launcher list, sorted by host for scanning.
 * `composeWithAccess` are the launcher's sites whose access holds (a wider grant may cover them).
 */
export function siteRows(granted: readonly string[], compose: readonly string[], composeWithAccess: readonly string[]): SiteRow[] {
  const origins = [...new Set([...granted, ...compose])];
  return origins
    .map((origin) => {
      const isGranted = granted.includes(origin) || composeWithAccess.includes(origin);
      return { origin, host: hostOfPattern(origin), granted: isGranted, launcher: isGranted && compose.includes(origin) };
    })
    .sort((a, b) => a.host.localeCompare(b.host) || a.origin.localeCompare(b.origin));
}

/**
 * The options page's list of sites (issue #19): every site where the badge or the script
 * launcher is on, each with a way to turn it off that also gives the site's access back.
 */
export function createSiteListModel(deps: SiteListDeps): SiteListModel {
  const state = signal<SiteListState>({ kind: 'loading' });
  const error = signal<string | null>(null);

  async function load(): Promise<void> {
    try {
      const [granted, compose] = await Promise.all([deps.grantedSites(), deps.composeSites()]);
      const access = await Promise.all(compose.map((origin) => deps.hasAccess(origin)));
      state.value = { kind: 'ready', sites: siteRows(granted, compose, compose.filter((_origin, index) => access[index])) };
    } catch {
      state.value = { kind: 'failed' };
    }
  }

  async function withoutLauncher(origin: string): Promise<void> {
    const sites = await deps.composeSites();
    if (sites.includes(origin)) await deps.setComposeSites(sites.filter((site) => site !== origin));
  }

  return {
    state,
    error,
    load,
    async turnLauncherOff(origin) {
      error.value = null;
      try {
        await withoutLauncher(origin);
      } catch {
        error.value = 'sitesActionFailed';
      }
      await load();
    },
    async remove(origin) {
      error.value = null;
      try {
        await withoutLauncher(origin);
        if (!(await deps.removeAccess(origin))) error.value = 'sitesRemoveRefused';
      } catch {
        error.value = 'sitesActionFailed';
      }
      await load();
    },
  };
}
