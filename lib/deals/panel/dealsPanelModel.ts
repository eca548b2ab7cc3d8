import { signal, type ReadonlySignal } from '@preact/signals';
import { newId, type Account, type CurrencyCode, type Deal, type Stage } from '../../model';
import { dealFromDraft, draftFromDeal, emptyDraft, type DealDraft, type DealFieldErrors } from '../dealDraft';

export interface DealsPanelDeps {
  listDeals(accountId: string): Promise<Deal[]>;
  saveDeal(deal: Deal): Promise<void>;
  stageProbabilities(): Promise<Record<Stage, number>>;
  /** The currency a new deal starts in (the team's base currency). */
  defaultCurrency(): Promise<CurrencyCode>;
  /** Who a new deal belongs to: the rep (settings' repName). */
  me(): Promise<string>;
  now(): number;
  /** Today in the rep's zone, `YYYY-MM-DD`. */
  today(): string;
  /** The rep's locale's decimal separator. */
  decimal: '.' | ',';
}

/** What the form is doing: adding, editing, or closing a deal as won or lost. */
export type DealEditMode = 'add' | 'edit' | 'won' | 'lost';

export type DealsStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed' };

export interface DealsPanelModel {
  /** The account's open deals. */
  deals: ReadonlySignal<Deal[]>;
  editing: ReadonlySignal<{ mode: DealEditMode; dealId: string | null } | null>;
  draft: ReadonlySignal<DealDraft | null>;
  errors: ReadonlySignal<DealFieldErrors>;
  status: ReadonlySignal<DealsStatus>;
  show(account: Account): Promise<void>;
  startAdd(): Promise<void>;
  startEdit(deal: Deal, mode: Exclude<DealEditMode, 'add'>): void;
  setField<K extends keyof DealDraft>(field: K, value: DealDraft[K]): void;
  cancel(): void;
  save(): Promise<boolean>;
}

export function createDealsPanelModel(deps: DealsPanelDeps): DealsPanelModel {
  const deals = signal<Deal[]>([]);
  const editing = signal<{ mode: DealEditMode; dealId: string | null } | null>(null);
  const draft = signal<DealDraft | null>(null);
  const errors = signal<DealFieldErrors>({});
  const status = signal<DealsStatus>({ kind: 'idle' });
  let account: Account | null = null;
  let all: Deal[] = [];
  let table: Record<Stage, number> | null = null;
  const probabilities = async () => (table ??= await deps.stageProbabilities());

  async function reload(): Promise<void> {
    if (!account) return;
    all = await deps.listDeals(account.id);
    deals.value = all.filter((deal) => deal.status === 'open');
  }

  return {
    deals,
    editing,
    draft,
    errors,
    status,
    async show(next) {
      if (account?.id !== next.id) {
        editing.value = null;
        draft.value = null;
        errors.value = {};
        status.value = { kind: 'idle' };
      }
      account = next;
      await Promise.all([reload(), probabilities()]);
    },
    async startAdd() {
      if (!account) return;
      const stage: Stage = account.stage === 'negotiation' ? 'negotiation' : 'opportunity';
      draft.value = emptyDraft(await deps.defaultCurrency(), stage, deps.today(), await probabilities());
      editing.value = { mode: 'add', dealId: null };
      errors.value = {};
      status.value = { kind: 'idle' };
    },
    startEdit(deal, mode) {
      const next = draftFromDeal(deal);
      if (mode !== 'edit') Object.assign(next, { status: mode, closedOn: deps.today() });
      draft.value = next;
      editing.value = { mode, dealId: deal.id };
      errors.value = {};
      status.value = { kind: 'idle' };
    },
    setField(field, value) {
      if (!draft.value) return;
      const next: DealDraft = { ...draft.value, [field]: value, ...(field === 'probability' ? { probabilityTyped: true } : {}) };
      // A new stage brings its default probability, as saving would, unless the rep typed one.
      if (field === 'stage' && !next.probabilityTyped && table) next.probability = String(table[value as Stage]);
      draft.value = next;
      if (field in errors.value) {
        const { [field as keyof DealFieldErrors]: _fixed, ...rest } = errors.value;
        errors.value = rest;
      }
    },
    cancel() {
      editing.value = null;
      draft.value = null;
      errors.value = {};
    },
    async save() {
      const current = draft.value;
      const mode = editing.value;
      if (!current || !mode || !account) return false;
      const before = mode.dealId ? (all.find((deal) => deal.id === mode.dealId) ?? null) : null;
      const result = dealFromDraft(current, {
        before,
        id: before?.id ?? newId(),
        accountId: account.id,
        ownerId: (await deps.me()) || 'me',
        now: deps.now(),
        table: await probabilities(),
        decimal: deps.decimal,
      });
      if (!result.ok) {
        errors.value = result.errors;
        return false;
      }
      status.value = { kind: 'saving' };
      try {
        await deps.saveDeal(result.deal);
      } catch (error) {
        console.warn('[leadkit] saving a deal failed', error);
        status.value = { kind: 'failed' };
        return false;
      }
      editing.value = null;
      draft.value = null;
      status.value = { kind: 'saved' };
      await reload();
      return true;
    },
  };
}
