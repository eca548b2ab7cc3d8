import type { Handlers } from '../messaging/router';
import type { SenderLike } from '../messaging/sender';
import { accountDomainFor } from '../match/domain';
import type { LeadKitDatabase } from '../db';
import { findAccountsByDomain } from '../scoring/store/scoredAccounts';
import type { Locale } from '../i18n/locale';
import { recordUse } from '../scripts/effectiveness';
import { renderScript } from '../scripts/renderScript';
import { scriptContextFor } from '../scripts/scriptContext';
import { getScript, listScripts, saveScript } from '../scripts/scriptStore';
import type { Account } from '../model';
import { accountSummaryOf } from './accountSummary';
import { InsertedAnswer, type AccountSummary, type OverlayCommand } from './overlayMessages';
import { OverlaySessions, type OverlayOwner } from './overlaySessions';
import { launcherTarget, type LauncherTarget } from './launcherInjection';
import { matchRecipient } from './recipientAccount';

export type OverlayMessageType =
  | 'compose.loadLauncher'
  | 'compose.locale'
  | 'chip.open'
  | 'frame.chip'
  | 'compose.openPicker'
  | 'picker.open'
  | 'badge.open'
  | 'frame.pickerScripts'
  | 'frame.pickerFill'
  | 'frame.pickerInsert'
  | 'frame.badge'
  | 'frame.openPanel'
  | 'frame.close';

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
  /**
   * tabs.sendMessage to the content script that placed an overlay frame: that frame of that tab,
   * pinned to its document when known. Resolves with its answer (undefined when it is gone).
   */
  sendToOwner(owner: OverlayOwner, command: OverlayCommand): Promise<unknown>;
  now(): number;
}

const tabIdOf = (sender: SenderLike): number | null => sender.tab?.id ?? null;
const windowIdOf = (sender: SenderLike): number | undefined => (sender.tab as { windowId?: number } | undefined)?.windowId;

/** The account of the site a tab shows, as the browser knows its URL (not as the page says). */
async function badgeAccount(deps: Pick<OverlayDeps, 'tabUrl' | 'db'>, tabId: number): Promise<AccountSummary | null> {
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  const domain = url ? accountDomainFor(url) : null;
  if (!domain) return null;
  const [account] = await findAccountsByDomain(await deps.db(), domain);
  return account ? accountSummaryOf(account) : null;
}

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

/** The document a content script asked from: where its frame's inserts and closes go back to. */
function ownerOf(sender: SenderLike): OverlayOwner | null {
  const tabId = tabIdOf(sender);
  if (tabId === null || typeof sender.frameId !== 'number') return null;
  return { tabId, frameId: sender.frameId, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
}

/**
 * The background's answers to the compose overlay and the website badge. Each answer is the
 * least the overlay needs; the badge only ever learns about the page it runs in. The router
 * answers these only on the sites each is for (createOverlaySiteCheck, #22).
 */
export function createOverlayHandlers(deps: OverlayDeps): Pick<Handlers, OverlayMessageType> {
  const sessions = new OverlaySessions(deps.now);
  const picker = (session: string, sender: SenderLike) => sessions.check(session, 'picker', sender);
  const fill = async (scriptId: string, recipients: readonly string[]) => {
    const db = await deps.db();
    const [script, match, rep] = await Promise.all([getScript(db, scriptId), matchRecipient(db, [...recipients]), deps.rep()]);
    if (!script) return null;
    const context = scriptContextFor({
      ...(match ? { account: match.account } : {}),
      ...(match?.contact ? { contact: match.contact } : {}),
      rep: rep.name ? { name: rep.name } : {},
    });
    return { script, filled: renderScript(script.body, context) };
  };
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
    async 'chip.open'({ recipients }, sender) {
      const owner = ownerOf(sender);
      const match = owner && (await matchRecipient(await deps.db(), recipients));
      return { session: owner && match ? sessions.open('chip', owner, recipients).id : null };
    },
    async 'frame.chip'({ session }, sender) {
      const opened = sessions.check(session, 'chip', sender);
      const match = opened && (await matchRecipient(await deps.db(), [...opened.recipients]));
      return match ? composeSummaryOf(match.account) : null;
    },
    async 'compose.openPicker'(_payload, sender) {
      const tabId = tabIdOf(sender);
      if (tabId === null) return { ok: false };
      const target: LauncherTarget = { tabId, frameId: 0, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
      return injected('the script picker', () => deps.injectPicker(target));
    },
    async 'picker.open'({ recipients }, sender) {
      const owner = ownerOf(sender);
      return { session: owner ? sessions.open('picker', owner, recipients).id : null };
    },
    async 'badge.open'(_payload, sender) {
      const owner = ownerOf(sender);
      return { session: owner && (await badgeAccount(deps, owner.tabId)) ? sessions.open('badge', owner).id : null };
    },
    async 'frame.pickerScripts'({ session }, sender) {
      const opened = picker(session, sender);
      if (!opened) throw new Error('no such picker session');
      const db = await deps.db();
      const [scripts, match, rep] = await Promise.all([listScripts(db), matchRecipient(db, [...opened.recipients]), deps.rep()]);
      return {
        locale: rep.locale,
        ...(match ? { stage: match.account.stage } : {}),
        recipient: match ? composeSummaryOf(match.account) : null,
        scripts,
      };
    },
    async 'frame.pickerFill'({ session, scriptId }, sender) {
      const opened = picker(session, sender);
      return opened ? ((await fill(scriptId, opened.recipients))?.filled ?? null) : null;
    },
    async 'frame.pickerInsert'({ session, scriptId }, sender) {
      const opened = picker(session, sender);
      if (!opened) return { ok: false, reason: 'failed' };
      const filled = await fill(scriptId, opened.recipients);
      if (!filled) return { ok: false, reason: 'failed' };
      const answer = InsertedAnswer.safeParse(await deps.sendToOwner(opened.owner, { type: 'overlay.insert', session, text: filled.filled.text }).catch(() => undefined));
      if (!answer.success) return { ok: false, reason: 'failed' };
      if (!answer.data.ok) return { ok: false, reason: answer.data.reason === 'detached' ? 'detached' : 'failed' };
      // Counted only now: the content script of this session's tab put the text in at the caret,
      // once per picker (#22). The frame is gone with the insert; so is its session.
      sessions.end(session);
      const db = await deps.db();
      await saveScript(db, recordUse(filled.script, null, deps.now()), deps.now());
      return { ok: true };
    },
    async 'frame.badge'({ session }, sender) {
      const opened = sessions.check(session, 'badge', sender);
      return opened ? badgeAccount(deps, opened.owner.tabId) : null;
    },
    async 'frame.openPanel'({ session }, sender) {
      if (!sessions.check(session, 'badge', sender)) return { ok: false };
      deps.openSidePanel(windowIdOf(sender));
      return { ok: true };
    },
    async 'frame.close'({ session }, sender) {
      const opened = picker(session, sender) ?? sessions.check(session, 'badge', sender);
      if (!opened) return { ok: false };
      sessions.end(session);
      await deps.sendToOwner(opened.owner, { type: 'overlay.close', session }).catch(() => undefined);
      return { ok: true };
    },
  };
}
