import type { Account, Activity, Contact, LeadDraft } from '../model';
import type { CaptureFormValues } from '../capture';
import type { MergeSession } from '../capture/mergeSession';
import type { DuplicateReason } from '../match/duplicates';
import type { CaptureErrorCode } from '../messaging/protocol';

export interface TabInfo {
  id: number;
  /** Undefined when the browser does not reveal it. */
  url?: string;
  title?: string;
}

export interface AccountDetails {
  account: Account;
  contacts: Contact[];
  activities: Activity[];
}

/** Everything the side panel can show; one state at a time. */
export type PanelState =
  | { kind: 'loading' }
  | { kind: 'noTab' }
  | { kind: 'unsupported'; tab: TabInfo }
  /** `webmail`: the tab is Gmail or Outlook, where the panel offers to capture the open message's sender. */
  | { kind: 'unknownSite'; tab: TabInfo; captureError?: CaptureErrorCode; webmail?: boolean }
  | { kind: 'capturing'; tab: TabInfo }
  | {
      kind: 'draft';
      tab: TabInfo;
      draft: LeadDraft;
      values: CaptureFormValues;
      errors: Partial<Record<keyof CaptureFormValues, string>>;
      /** Likely duplicates (same domain, name, email or phone), most likely first. */
      duplicates: Account[];
      /** Why each duplicate was offered, by account id. */
      duplicateReasons: Readonly<Record<string, readonly DuplicateReason[]>>;
      saving: boolean;
      saveError?: string;
      /** The field-by-field merge view, when the rep opened it. */
      merge?: MergeSession;
    }
  | ({ kind: 'account'; tab: TabInfo } & AccountDetails)
  | { kind: 'error'; messageKey: string };
