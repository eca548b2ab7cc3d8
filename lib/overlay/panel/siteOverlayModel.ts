import { signal, type ReadonlySignal } from '@preact/signals';
import { WEBMAIL_MATCHES } from '../webmailMatches';

export interface SiteOverlayDeps {
  /** The narrowest permission for a page (`https://example.com/*`), or null for non-web pages. */
  originFor(url: string): string | null;
  hasAccess(origin: string): Promise<boolean>;
  /** The browser's prompt; must be called synchronously inside the rep's click. */
  requestAccess(origin: string): Promise<boolean>;
  composeSites(): Promise<string[]>;
  setComposeSites(sites: string[]): Promise<void>;
}

export type SiteOverlayState = { origin: string; badge: boolean; compose: boolean };

export interface SiteOverlayModel {
  state: ReadonlySignal<SiteOverlayState | null>;
  /** A message key when the browser refused. */
  error: ReadonlySignal<string | null>;
  check(url: string | undefined): Promise<void>;
  showBadge(): Promise<void>;
  setCompose(on: boolean): Promise<void>;
}

/**
 * "On this website" in the side panel (issue 6): the rep grants LeadKit this one site, for the
 * account badge, and may add the script launcher to the site's text boxes. Nothing runs on a
 * site the rep has not granted (other than through activeTab).
 */
export function createSiteOverlayModel(deps: SiteOverlayDeps): SiteOverlayModel {
  const state = signal<SiteOverlayState | null>(null);
  const error = signal<string | null>(null);
  let checked: string | undefined;

  async function check(url: string | undefined): Promise<void> {
    checked = url;
    const origin = url ? deps.originFor(url) : null;
    // The webmail hosts have the launcher built in (the manifest's own permission): nothing to turn on.
    if (!origin || WEBMAIL_MATCHES.includes(origin)) {
      state.value = null;
      return;
    }
    const [badge, sites] = await Promise.all([deps.hasAccess(origin), deps.composeSites()]);
    if (checked === url) state.value = { origin, badge, compose: badge && sites.includes(origin) };
  }

  /** Starts the prompt before any await: browsers only show it inside the click. */
  function ask(origin: string): Promise<boolean> {
    error.value = null;
    return deps.requestAccess(origin).then(
      (granted) => {
        if (!granted) error.value = 'scriptsSiteDenied';
        return granted;
      },
      () => {
        error.value = 'scriptsSiteDenied';
        return false;
      },
    );
  }

  return {
    state,
    error,
    check,
    async showBadge() {
      const current = state.value;
      if (!current) return;
      if (await ask(current.origin)) await check(checked);
    },
    async setCompose(on) {
      const current = state.value;
      if (!current) return;
      const granted = on ? await ask(current.origin) : true;
      if (!granted) return;
      const sites = (await deps.composeSites()).filter((site) => site !== current.origin);
      await deps.setComposeSites(on ? [...sites, current.origin] : sites);
      await check(checked);
    },
  };
}
