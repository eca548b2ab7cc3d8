import type { Handlers } from '../messaging/router';
import type { SenderLike } from '../messaging/sender';
import { accountDomainFor } from '../match/domain';
import { findAccountsByDomain, type LeadKitDatabase } from '../db';
import type { Locale } from '../i18n/locale';
import { recordUse } from '../scripts/effectiveness';
import { renderScript } from '../scripts/renderScript';
import { scriptContextFor } from '../scripts/scriptContext';
import { getScript, listScripts, saveScript } from '../scripts/scriptStore';
import { accountSummaryOf } from './accountSummary';
import { launcherTarget, type LauncherTarget } from './launcherInjection';
import { matchRecipient } from './recipientAccount';

export type OverlayMessageType =
  | 'compose.loadLauncher'
  | 'compose.locale'
  | 'compose.recipient'
  | 'compose.openPicker'
  | 'compose.scripts'
  | 'compose.fill'
  | 'compose.used'
  | 'badge.account'
  | 'badge.openPanel';

export interface OverlayDeps {
  db(): Promise<LeadKitDatabase>;
  /** The rep's name and language, from settings. */
  rep(): Promise<{ name: string; locale: Locale }>;
  /** The tab's URL as the browser knows it (not as the page says). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Into the top frame, pinned to the document that asked when the browser says which. */
  injectPicker(target: LauncherTarget): Promise<void>;
  /**
   * Match patterns of the pages the compose launcher is for: the webmail hosts (and the e2e
   * build's fixture webmails), plus the sites the rep turned it on for and still grants.
   */
  launcherSites(): Promise<readonly string[]>;
  injectLauncher(target: LauncherTarget): Promise<void>;
  /** Must run synchronously inside the message of the rep's click. */
  openSidePanel(windowId: number | undefined): void;
  now(): number;
}

const tabIdOf = (sender: SenderLike): number | null => sender.tab?.id ?? null;
const windowIdOf = (sender: SenderLike): number | undefined => (sender.tab as { windowId?: number } | undefined)?.windowId;

/** Runs an injection for a content script's request: `ok` tells the script whether it happened. */
async function injected(what: string, inject: () => Promise<void>): Promise<{ ok: boolean }> {
  try {
    await inject();
    return { ok: true };
  } catch (error) {
    console.warn(`[leadkit] could not load ${what}`, error);
    return { ok: false };
  }
}

/**
 * The background's answers to the compose overlay and the website badge. Each answer is the
 * least the overlay needs; the badge only ever learns about the page it runs in.
 */
export function createOverlayHandlers(deps: OverlayDeps): Pick<Handlers, OverlayMessageType> {
  return {
    async 'compose.loadLauncher'(_payload, sender) {
      const tabId = tabIdOf(sender);
      const [tabUrl, sites] = await Promise.all([tabId === null ? undefined : deps.tabUrl(tabId).catch(() => undefined), deps.launcherSites()]);
      const target = launcherTarget(sender, tabUrl, sites);
      if (!target) {
        console.warn('[leadkit] refused to load the compose launcher into a page it is not for');
        return { ok: false };
      }
      return injected('the compose launcher', () => deps.injectLauncher(target));
    },
    async 'compose.locale'() {
      return { locale: (await deps.rep()).locale };
    },
    async 'compose.recipient'({ recipients }) {
      const match = await matchRecipient(await deps.db(), recipients);
      return match ? accountSummaryOf(match.account) : null;
    },
    async 'compose.openPicker'(_payload, sender) {
      const tabId = tabIdOf(sender);
      if (tabId === null) return { ok: false };
      const target: LauncherTarget = { tabId, frameId: 0, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
      return injected('the script picker', () => deps.injectPicker(target));
    },
    async 'compose.scripts'({ recipients }) {
      const db = await deps.db();
      const [scripts, match, rep] = await Promise.all([listScripts(db), matchRecipient(db, recipients), deps.rep()]);
      return {
        locale: rep.locale,
        ...(match ? { stage: match.account.stage } : {}),
        recipient: match ? accountSummaryOf(match.account) : null,
        scripts,
      };
    },
    async 'compose.fill'({ scriptId, recipients }) {
      const db = await deps.db();
      const [script, match, rep] = await Promise.all([getScript(db, scriptId), matchRecipient(db, recipients), deps.rep()]);
      if (!script) return null;
      const context = scriptContextFor({
        ...(match ? { account: match.account } : {}),
        ...(match?.contact ? { contact: match.contact } : {}),
        rep: rep.name ? { name: rep.name } : {},
      });
      return renderScript(script.body, context);
    },
    async 'compose.used'({ scriptId }) {
      const db = await deps.db();
      const script = await getScript(db, scriptId);
      if (!script) return { ok: false };
      await saveScript(db, recordUse(script, null, deps.now()), deps.now());
      return { ok: true };
    },
    async 'badge.account'(_payload, sender) {
      const tabId = tabIdOf(sender);
      const url = tabId === null ? undefined : await deps.tabUrl(tabId).catch(() => undefined);
      const domain = url ? accountDomainFor(url) : null;
      if (!domain) return null;
      const [account] = await findAccountsByDomain(await deps.db(), domain);
      return account ? accountSummaryOf(account) : null;
    },
    async 'badge.openPanel'(_payload, sender) {
      deps.openSidePanel(windowIdOf(sender));
      return { ok: true };
    },
  };
}
