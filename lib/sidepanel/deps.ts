import type { Account, LeadDraft } from '../model';
import type { CaptureForm, MergeChoices } from '../capture';
import type { DuplicateCandidate, IdentityProbe } from '../match/duplicates';
import type { CaptureMode, CaptureResult } from '../messaging/protocol';
import type { AccountDetails, TabInfo } from './state';

/** The browser and store behind the side panel; the entrypoint supplies the real ones, tests fakes. */
export interface PanelDeps {
  activeTab(): Promise<TabInfo | null>;
  onActiveTabChange(listener: () => void, signal: AbortSignal): void;
  readDraft(tabId: number): Promise<LeadDraft | null>;
  clearDraft(tabId: number): Promise<void>;
  onDraftChange(listener: (tabId: number) => void, signal: AbortSignal): void;
  requestCapture(tabId: number, mode: CaptureMode): Promise<CaptureResult>;
  /** Asks the rep (a browser prompt) to let LeadKit read this site; true when granted. */
  requestSiteAccess(url: string): Promise<boolean>;
  findAccountsByDomain(domain: string): Promise<Account[]>;
  /** Accounts that may be the captured company (domain, name, email, phone), with their contacts. */
  findDuplicateCandidates(probe: IdentityProbe): Promise<DuplicateCandidate[]>;
  accountDetails(accountId: string): Promise<AccountDetails | null>;
  /** Creates the account, and the contact the form names (or updates the one with that email). */
  saveNewLead(form: CaptureForm, capturedFrom: string): Promise<Account>;
  addToExistingAccount(account: Account, form: CaptureForm, capturedFrom: string): Promise<Account>;
  /** Saves the capture into an existing account with the values picked field by field. */
  mergeCaptureInto(account: Account, form: CaptureForm, choices: MergeChoices, capturedFrom: string): Promise<Account>;
  /** Merges `mergedAway` into `kept` (histories re-pointed, `mergedAway` deleted) in one commit. */
  mergeAccounts(kept: Account, mergedAway: Account, choices: MergeChoices): Promise<Account>;
  onDataChange(listener: () => void, signal: AbortSignal): void;
}
