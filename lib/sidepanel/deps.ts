import type { Account, LeadDraft } from '../model';
import type { CaptureForm } from '../capture';
import type { CaptureResult } from '../messaging/protocol';
import type { AccountDetails, TabInfo } from './state';

/** The browser and store behind the side panel; the entrypoint supplies the real ones, tests fakes. */
export interface PanelDeps {
  activeTab(): Promise<TabInfo | null>;
  onActiveTabChange(listener: () => void, signal: AbortSignal): void;
  readDraft(tabId: number): Promise<LeadDraft | null>;
  clearDraft(tabId: number): Promise<void>;
  onDraftChange(listener: (tabId: number) => void, signal: AbortSignal): void;
  requestCapture(tabId: number): Promise<CaptureResult>;
  /** Asks the rep (a browser prompt) to let LeadKit read this site; true when granted. */
  requestSiteAccess(url: string): Promise<boolean>;
  findAccountsByDomain(domain: string): Promise<Account[]>;
  accountDetails(accountId: string): Promise<AccountDetails | null>;
  saveNewLead(form: CaptureForm, capturedFrom: string): Promise<Account>;
  addToExistingAccount(account: Account, form: CaptureForm, capturedFrom: string): Promise<Account>;
  onDataChange(listener: () => void, signal: AbortSignal): void;
}
