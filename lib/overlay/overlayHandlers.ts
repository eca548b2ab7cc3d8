import type { Handlers } from '../messaging/router';
import type { SenderLike } from '../messaging/sender';
import { accountDomainFor } from '../match/domain';
import { findAccountsByDomain, type LeadKitDatabase } from '../db';
import type { Locale } from '../i18n/locale';
import { recordUse } from '../scripts/effectiveness';
import { renderScript } from '../scripts/renderScript';
import { scriptContextFor } from '../scripts/scriptContext';
import { getScript, listScripts, saveScript } from '../scripts/scriptStore';
import { LIMITS, type Account } from '../model';
import { accountSummaryOf } from './accountSummary';
import type { AccountSummary } from './overlayMessages';
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

/** What the compose chip and picker show of an account: its name, stage and grade, not its owner (the badge's). */
function composeSummaryOf(account: Account): AccountSummary {
  const { owner: _owner, ...shown } = accountSummaryOf(account);
  return shown;
}

/** Documents (tab and document id) kept for compose.used; the oldest go first. */
const PICKER_DOCUMENTS_KEPT = 64;

/**
 * The scripts each document's picker was given filled (compose.fill), so that compose.used,
 * which writes a synced mutation, counts only a script the picker the background loaded into that
 * tab has just filled, once per fill (#22). The page cannot be asked whether the rep inserted it:
 * this is what the background itself saw.
 */
class PickerFills {
  private readonly documents = new Map<string, Set<string>>();

  static keyOf(sender: SenderLike): string | null {
    const tabId = sender.tab?.id;
    return typeof tabId === 'number' ? `${tabId}:${sender.documentId ?? ''}` : null;
  }

  pickerLoaded(key: string): void {
    this.documents.delete(key);
    this.documents.set(key, new Set());
    for (const oldest of this.documents.keys()) {
      if (this.documents.size <= PICKER_DOCUMENTS_KEPT) break;
      this.documents.delete(oldest);
    }
  }

  filled(key: string, scriptId: string): void {
    const fills = this.documents.get(key);
    if (fills && fills.size < LIMITS.listItems) fills.add(scriptId);
  }

  /** Whether the picker in `key` was given `scriptId` filled since its last use; forgets that fill. */
  takeUse(key: string, scriptId: string): boolean {
    return this.documents.get(key)?.delete(scriptId) ?? false;
  }
}

/**
 * The background's answers to the compose overlay and the website badge. Each answer is the
 * least the overlay needs; the badge only ever learns about the page it runs in. The router
 * answers these only on the sites each is for (createOverlaySiteCheck, #22).
 */
export function createOverlayHandlers(deps: OverlayDeps): Pick<Handlers, OverlayMessageType> {
  const fills = new PickerFills();
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
      return match ? composeSummaryOf(match.account) : null;
    },
    async 'compose.openPicker'(_payload, sender) {
      const tabId = tabIdOf(sender);
      if (tabId === null) return { ok: false };
      const target: LauncherTarget = { tabId, frameId: 0, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
      const answer = await injected('the script picker', () => deps.injectPicker(target));
      if (answer.ok) fills.pickerLoaded(PickerFills.keyOf(sender)!);
      return answer;
    },
    async 'compose.scripts'({ recipients }) {
      const db = await deps.db();
      const [scripts, match, rep] = await Promise.all([listScripts(db), matchRecipient(db, recipients), deps.rep()]);
      return {
        locale: rep.locale,
        ...(match ? { stage: match.account.stage } : {}),
        recipient: match ? composeSummaryOf(match.account) : null,
        scripts,
      };
    },
    async 'compose.fill'({ scriptId, recipients }, sender) {
      const db = await deps.db();
      const [script, match, rep] = await Promise.all([getScript(db, scriptId), matchRecipient(db, recipients), deps.rep()]);
      if (!script) return null;
      const key = PickerFills.keyOf(sender);
      if (key) fills.filled(key, script.id);
      const context = scriptContextFor({
        ...(match ? { account: match.account } : {}),
        ...(match?.contact ? { contact: match.contact } : {}),
        rep: rep.name ? { name: rep.name } : {},
      });
      return renderScript(script.body, context);
    },
    async 'compose.used'({ scriptId }, sender) {
      const key = PickerFills.keyOf(sender);
      if (!key || !fills.takeUse(key, scriptId)) return { ok: false };
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
