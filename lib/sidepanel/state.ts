import type { Account, Activity, Contact, LeadDraft } from '../model';
import type { CaptureFormValues } from '../capture';
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
  | { kind: 'unknownSite'; tab: TabInfo; captureError?: CaptureErrorCode }
  | { kind: 'capturing'; tab: TabInfo }
  | {
      kind: 'draft';
      tab: TabInfo;
      draft: LeadDraft;
      values: CaptureFormValues;
      errors: Partial<Record<keyof CaptureFormValues, string>>;
      duplicates: Account[];
      saving: boolean;
      saveError?: string;
    }
  | ({ kind: 'account'; tab: TabInfo } & AccountDetails)
  | { kind: 'error'; messageKey: string };
