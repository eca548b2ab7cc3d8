import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { accountDomainFor } from '../match/domain';
import { likelyDuplicates, probeFromForm, type IdentityProbe } from '../match/duplicates';
import { isPersonalMailDomain } from '../match/personalDomains';
import { formValuesFromDraft, parseCaptureForm, type CaptureForm, type CaptureFormValues, type MergeField, type MergeSide } from '../capture';
import { chooseMergeSide, startMergeSession } from '../capture/mergeSession';
import { webmailForHost } from '../sites/webmailForHost';
import type { Account, LeadDraft } from '../model';
import type { CaptureMode } from '../messaging/protocol';
import type { PanelDeps } from './deps';
import type { PanelState, TabInfo } from './state';

export interface SidePanelModel {
  state: ReadonlySignal<PanelState>;
  /** The tab the panel is about, if any. */
  tab: ReadonlySignal<TabInfo | null>;
  refresh(): Promise<void>;
  capture(mode?: CaptureMode): Promise<void>;
  allowSiteAndCapture(): Promise<void>;
  editField(field: keyof CaptureFormValues, value: string): void;
  save(): Promise<void>;
  addToExisting(account: Account): Promise<void>;
  /** Opens the field-by-field merge of the capture (or of `other`, an account) into `target`. */
  startMerge(target: Account, other?: Account): void;
  chooseMergeValue(field: MergeField, side: MergeSide): void;
  cancelMerge(): void;
  confirmMerge(): Promise<void>;
  discardDraft(): Promise<void>;
  dispose(): void;
}

type DraftState = Extract<PanelState, { kind: 'draft' }>;

const isWebUrl = (url: string | undefined): boolean => !!url && /^https?:\/\//i.test(url);
/** Gmail or Outlook (by host): the panel offers to capture the open message's sender. */
export const isWebmailUrl = (url: string | undefined): boolean => {
  if (!isWebUrl(url)) return false;
  try {
    return webmailForHost(new URL(url!).host) !== null;
  } catch {
    return false;
  }
};
/** Editing these fields changes who the capture may be a duplicate of. */
const IDENTITY_FIELDS: ReadonlySet<keyof CaptureFormValues> = new Set(['name', 'domain', 'email', 'phone']);
const DUPLICATE_SEARCH_DELAY_MS = 350;

/** A refresh of the same draft keeps what the rep has typed so far. */
function sameDraft(previous: PanelState, tab: TabInfo, draft: LeadDraft): previous is DraftState {
  return previous.kind === 'draft' && previous.tab.id === tab.id && previous.draft.capturedAt === draft.capturedAt;
}

function probeFor(draft: LeadDraft, values: CaptureFormValues): IdentityProbe {
  return { ...probeFromForm(values), legalName: draft.fields.legalName?.[0]?.value };
}

export function createSidePanelModel(deps: PanelDeps): SidePanelModel {
  const state = signal<PanelState>({ kind: 'loading' });
  const tab = computed(() => ('tab' in state.value ? state.value.tab : null));
  const controller = new AbortController();
  // Refreshes can overlap (tab events arrive in bursts); only the latest may write the state.
  let generation = 0;
  let duplicateTimer: ReturnType<typeof setTimeout> | undefined;
  let duplicateSearches = 0;

  async function duplicatesFor(draft: LeadDraft, values: CaptureFormValues): Promise<Pick<DraftState, 'duplicates' | 'duplicateReasons'>> {
    const probe = probeFor(draft, values);
    const matches = likelyDuplicates(probe, await deps.findDuplicateCandidates(probe));
    return { duplicates: matches.map((match) => match.account), duplicateReasons: Object.fromEntries(matches.map((match) => [match.account.id, match.reasons])) };
  }

  async function stateFor(current: TabInfo, previous: PanelState): Promise<PanelState> {
    const draft = await deps.readDraft(current.id);
    if (draft) {
      const kept = sameDraft(previous, current, draft) ? previous : null;
      const values = kept?.values ?? formValuesFromDraft(draft);
      const found = await duplicatesFor(draft, values);
      const merge = kept?.merge && found.duplicates.some((account) => account.id === kept.merge!.target.id) ? kept.merge : undefined;
      return { kind: 'draft', tab: current, draft, values, errors: kept?.errors ?? {}, ...found, saving: false, ...(merge ? { merge } : {}) };
    }
    if (current.url !== undefined && !isWebUrl(current.url)) return { kind: 'unsupported', tab: current };
    if (isWebmailUrl(current.url)) return { kind: 'unknownSite', tab: current, webmail: true };
    const domain = current.url ? accountDomainFor(current.url) : null;
    const account = domain ? (await deps.findAccountsByDomain(domain))[0] : undefined;
    const details = account ? await deps.accountDetails(account.id) : null;
    return details ? { kind: 'account', tab: current, ...details } : { kind: 'unknownSite', tab: current };
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    try {
      const current = await deps.activeTab();
      const next = current ? await stateFor(current, state.value) : ({ kind: 'noTab' } as const);
      if (mine === generation) state.value = next;
    } catch (error) {
      console.error('[leadkit] side panel refresh failed', error);
      if (mine === generation) state.value = { kind: 'error', messageKey: 'panelErrorLoad' };
    }
  }

  async function capture(mode: CaptureMode = 'page'): Promise<void> {
    const current = tab.value;
    if (!current) return;
    state.value = { kind: 'capturing', tab: current };
    const result = await deps.requestCapture(current.id, mode).catch(() => ({ ok: false as const, error: 'extractionFailed' as const }));
    if (result.ok) await refresh();
    else state.value = { kind: 'unknownSite', tab: current, captureError: result.error, ...(isWebmailUrl(current.url) ? { webmail: true } : {}) };
  }

  async function allowSiteAndCapture(): Promise<void> {
    const current = tab.value;
    if (!current?.url) return;
    if (await deps.requestSiteAccess(current.url)) await capture(isWebmailUrl(current.url) ? 'sender' : 'page');
  }

  /** Re-checks duplicates after the rep changes the name, domain, email or phone (debounced). */
  function searchDuplicatesSoon(): void {
    clearTimeout(duplicateTimer);
    duplicateTimer = setTimeout(() => {
      const current = state.value;
      if (current.kind !== 'draft' || current.saving) return;
      // Its own counter: taking a refresh's turn would drop the refresh that follows a save, and
      // leave the panel on the saved draft until the next change.
      const mine = ++duplicateSearches;
      duplicatesFor(current.draft, current.values).then(
        (found) => {
          const latest = state.value;
          if (mine === duplicateSearches && latest.kind === 'draft' && !latest.saving && latest.draft === current.draft) state.value = { ...latest, ...found };
        },
        (error: unknown) => console.warn('[leadkit] duplicate search failed', error),
      );
    }, DUPLICATE_SEARCH_DELAY_MS);
  }

  function editField(field: keyof CaptureFormValues, value: string): void {
    const current = state.value;
    if (current.kind !== 'draft') return;
    const { [field]: _cleared, ...errors } = current.errors;
    state.value = { ...current, values: { ...current.values, [field]: value }, errors };
    if (IDENTITY_FIELDS.has(field)) searchDuplicatesSoon();
  }

  /**
   * `into`: saving into an existing account, whose domain stands in when the form has none or a
   * free-mail one (a gmail.com sender added as a contact of a company the rep picked).
   */
  async function persist(write: (form: CaptureForm, draft: DraftState) => Promise<unknown>, into?: Account): Promise<void> {
    const current = state.value;
    if (current.kind !== 'draft' || current.saving) return;
    const domain = current.values.domain.trim();
    const values = into && (!domain || isPersonalMailDomain(domain)) ? { ...current.values, domain: into.domain } : current.values;
    const parsed = parseCaptureForm(values);
    if (!parsed.ok) {
      state.value = { ...current, errors: parsed.errors, merge: undefined };
      return;
    }
    clearTimeout(duplicateTimer);
    state.value = { ...current, saving: true, saveError: undefined };
    try {
      await write(parsed.form, current);
      await deps.clearDraft(current.tab.id);
      await refresh();
    } catch (error) {
      // The draft stays in the form and in session storage: nothing the rep typed is lost.
      console.error('[leadkit] saving the lead failed', error);
      state.value = { ...current, saving: false, saveError: 'captureErrorSaveFailed' };
    }
  }

  const save = () => persist((form, current) => deps.saveNewLead(form, current.draft.url));
  const addToExisting = (account: Account) => persist((form, current) => deps.addToExistingAccount(account, form, current.draft.url), account);

  function startMerge(target: Account, other?: Account): void {
    const current = state.value;
    if (current.kind !== 'draft' || other?.id === target.id) return;
    const source = other ? ({ kind: 'account', account: other } as const) : ({ kind: 'capture' } as const);
    state.value = { ...current, merge: startMergeSession(target, source, current.values) };
  }

  function chooseMergeValue(field: MergeField, side: MergeSide): void {
    const current = state.value;
    if (current.kind === 'draft' && current.merge) state.value = { ...current, merge: chooseMergeSide(current.merge, field, side) };
  }

  function cancelMerge(): void {
    const current = state.value;
    if (current.kind !== 'draft') return;
    const { merge: _closed, ...rest } = current;
    state.value = rest;
  }

  async function confirmMerge(): Promise<void> {
    const current = state.value;
    if (current.kind !== 'draft' || !current.merge || current.saving) return;
    const { target, source, choices } = current.merge;
    if (source.kind === 'capture') return persist((form, draft) => deps.mergeCaptureInto(target, form, choices, draft.draft.url), target);
    state.value = { ...current, saving: true, saveError: undefined };
    try {
      await deps.mergeAccounts(target, source.account, choices);
      const latest = state.value;
      if (latest.kind === 'draft') state.value = { ...latest, saving: false, merge: undefined };
      await refresh();
    } catch (error) {
      console.error('[leadkit] merging accounts failed', error);
      state.value = { ...current, saving: false, saveError: 'captureErrorMergeFailed' };
    }
  }

  async function discardDraft(): Promise<void> {
    const current = tab.value;
    if (current) await deps.clearDraft(current.id);
    await refresh();
  }

  deps.onActiveTabChange(() => void refresh(), controller.signal);
  deps.onDataChange(() => void refresh(), controller.signal);
  deps.onDraftChange((tabId) => {
    if (tab.value?.id === tabId || state.value.kind === 'loading') void refresh();
  }, controller.signal);

  return {
    state,
    tab,
    refresh,
    capture,
    allowSiteAndCapture,
    editField,
    save,
    addToExisting,
    startMerge,
    chooseMergeValue,
    cancelMerge,
    confirmMerge,
    discardDraft,
    dispose: () => {
      clearTimeout(duplicateTimer);
      controller.abort();
    },
  };
}
