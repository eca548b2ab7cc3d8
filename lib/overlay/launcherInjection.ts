import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SenderLike } from '../messaging/sender';

/**
 * Where the background runs compose-launcher.js: one frame of one tab and, where the browser says
 * which (Chrome), the very document that asked, so a navigation between the check and the
 * injection cannot land the launcher on another site (#22).
 */
export interface LauncherTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

function matchesAny(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url || !URL.canParse(url)) return false;
  return patterns.some((pattern) => {
    try {
      // A string, not a URL: `includes` tests `instanceof Location` on anything else, and a service
      // worker has no `Location` (the ReferenceError would refuse every page).
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/**
 * Whether the stub that asked for the launcher (`compose.loadLauncher`, issue #3) gets it, and where.
 * The router has already checked that the sender is our content script in a tab's top frame; this
 * adds what only the launcher needs: the frame is that top frame (the stub never runs in sub-frames),
 * and both the frame's URL and the tab's URL as the browser knows it are pages the launcher is for
 * (`sites`: the webmail hosts, and the sites the rep turned it on for and still grants). The sender's
 * URL alone is never the grant: a tab that navigated away since it asked is refused too.
 */
export function launcherTarget(sender: SenderLike, tabUrl: string | undefined, sites: readonly string[]): LauncherTarget | null {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  if (sender.frameId !== 0) return null;
  if (!matchesAny(sender.url, sites) || !matchesAny(tabUrl, sites)) return null;
  return typeof sender.documentId === 'string' && sender.documentId !== '' ? { tabId, frameId: 0, documentId: sender.documentId } : { tabId, frameId: 0 };
}

/**
 * executeScript's target for one frame, pinned to its document when we know it: Chrome then
 * refuses (`No document with id…`) instead of running in whatever the frame shows by now.
 */
export function injectionTarget({ tabId, frameId, documentId }: LauncherTarget): { tabId: number; frameIds: number[] } | { tabId: number; documentIds: string[] } {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}
