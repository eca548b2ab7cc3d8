import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { accountDomainFor } from '../match/domain';
import { formValuesFromDraft, parseCaptureForm, type CaptureFormValues } from '../capture';
import type { Account } from '../model';
import type { PanelDeps } from './deps';
import type { PanelState, TabInfo } from './state';

export interface SidePanelModel {
  state: ReadonlySignal<PanelState>;
  /** The tab the panel is about, if any. */
  tab: ReadonlySignal<TabInfo | null>;
  refresh(): Promise<void>;
  capture(): Promise<void>;
  allowSiteAndCapture(): Promise<void>;
  editField(field: keyof CaptureFormValues, value: string): void;
  save(): Promise<void>;
  addToExisting(account: Account): Promise<void>;
  discardDraft(): Promise<void>;
  dispose(): void;
}

const isWebUrl = (url: string | undefined): boolean => !!url && /^https?:\/\//i.test(url);

/** A refresh of the same draft keeps what the rep has typed so far. */
function keepEdits(previous: PanelState, next: PanelState): PanelState {
  if (previous.kind !== 'draft' || next.kind !== 'draft') return next;
  if (previous.tab.id !== next.tab.id || previous.draft.capturedAt !== next.draft.capturedAt) return next;
  return { ...next, values: previous.values, errors: previous.errors };
}

export function createSidePanelModel(deps: PanelDeps): SidePanelModel {
  const state = signal<PanelState>({ kind: 'loading' });
  const tab = computed(() => ('tab' in state.value ? state.value.tab : null));
  const controller = new AbortController();
  // Refreshes can overlap (tab events arrive in bursts); only the latest may write the state.
  let generation = 0;

  async function stateFor(current: TabInfo): Promise<PanelState> {
    const draft = await deps.readDraft(current.id);
    if (draft) {
      const domain = draft.fields.domain?.[0]?.value ?? accountDomainFor(draft.url) ?? '';
      const duplicates = domain ? await deps.findAccountsByDomain(domain) : [];
      return { kind: 'draft', tab: current, draft, values: formValuesFromDraft(draft), errors: {}, duplicates, saving: false };
    }
    if (current.url !== undefined && !isWebUrl(current.url)) return { kind: 'unsupported', tab: current };
    const domain = current.url ? accountDomainFor(current.url) : null;
    const account = domain ? (await deps.findAccountsByDomain(domain))[0] : undefined;
    const details = account ? await deps.accountDetails(account.id) : null;
    return details ? { kind: 'account', tab: current, ...details } : { kind: 'unknownSite', tab: current };
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    try {
      const current = await deps.activeTab();
      const next = current ? await stateFor(current) : ({ kind: 'noTab' } as const);
      if (mine === generation) state.value = keepEdits(state.value, next);
    } catch (error) {
      console.error('[leadkit] side panel refresh failed', error);
      if (mine === generation) state.value = { kind: 'error', messageKey: 'panelErrorLoad' };
    }
  }

  async function capture(): Promise<void> {
    const current = tab.value;
    if (!current) return;
    state.value = { kind: 'capturing', tab: current };
    const result = await deps.requestCapture(current.id).catch(() => ({ ok: false as const, error: 'extractionFailed' as const }));
    if (result.ok) await refresh();
    else state.value = { kind: 'unknownSite', tab: current, captureError: result.error };
  }

  async function allowSiteAndCapture(): Promise<void> {
    const current = tab.value;
    if (!current?.url) return;
    if (await deps.requestSiteAccess(current.url)) await capture();
  }

  function editField(field: keyof CaptureFormValues, value: string): void {
    const current = state.value;
    if (current.kind !== 'draft') return;
    const { [field]: _cleared, ...errors } = current.errors;
    state.value = { ...current, values: { ...current.values, [field]: value }, errors };
  }

  async function persist(write: (form: Parameters<PanelDeps['saveNewLead']>[0]) => Promise<unknown>): Promise<void> {
    const current = state.value;
    if (current.kind !== 'draft' || current.saving) return;
    const parsed = parseCaptureForm(current.values);
    if (!parsed.ok) {
      state.value = { ...current, errors: parsed.errors };
      return;
    }
    state.value = { ...current, saving: true, saveError: undefined };
    try {
      await write(parsed.form);
      await deps.clearDraft(current.tab.id);
      await refresh();
    } catch (error) {
      // The draft stays in the form and in session storage: nothing the rep typed is lost.
      console.error('[leadkit] saving the lead failed', error);
      state.value = { ...current, saving: false, saveError: 'captureErrorSaveFailed' };
    }
  }

  const save = () => {
    const current = state.value;
    return persist((form) => deps.saveNewLead(form, current.kind === 'draft' ? current.draft.url : ''));
  };
  const addToExisting = (account: Account) => {
    const current = state.value;
    return persist((form) => deps.addToExistingAccount(account, form, current.kind === 'draft' ? current.draft.url : ''));
  };

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
    discardDraft,
    dispose: () => controller.abort(),
  };
}
