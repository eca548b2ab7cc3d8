import { findAccountsByDomain } from '../scoring/store/scoredAccounts';
import { accountDomainFor } from '../match/domain';
import type { SenderLike, SiteClass } from '../messaging/sender';
import { launcherTarget } from './launcherInjection';
import type { OverlayDeps } from './overlayHandlers';

function originOf(url: string | undefined): string | null {
  return url && URL.canParse(url) ? new URL(url).origin : null;
}

/**
 * The background's site check for content-script messages (#22, RouterContext.siteAllowed). The
 * tab's URL comes from the browser, not the page; the sender's frame URL must agree with it.
 * - `launcher`: the top frame, and both URLs on a launcher site (launcherTarget's rule);
 * - `badge`: the top frame of a page whose site is a known account's (the badge shows nothing
 *   anywhere else), sender and tab on one origin.
 */
export function createOverlaySiteCheck(deps: Pick<OverlayDeps, 'tabUrl' | 'launcherSites' | 'db'>): (sites: SiteClass, sender: SenderLike) => Promise<boolean> {
  return async (sites, sender) => {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || sender.frameId !== 0) return false;
    const tabUrl = await deps.tabUrl(tabId).catch(() => undefined);
    if (sites === 'launcher') return launcherTarget(sender, tabUrl, await deps.launcherSites()) !== null;
    const origin = originOf(tabUrl);
    if (origin === null || origin !== originOf(sender.url)) return false;
    const domain = accountDomainFor(tabUrl!);
    return domain !== null && (await findAccountsByDomain(await deps.db(), domain)).length > 0;
  };
}
