import { signal, type ReadonlySignal } from '@preact/signals';
import { NeedsRecord, type Account, type Need } from '../../model';
import type { PipelineDeps } from './deps';

/** The form as typed: name lists are one text each (comma, 、 or new line between names). */
export interface NeedsDraft {
  pains: Need[];
  decisionProcess: string;
  decisionMakers: string;
  budget: string;
  timeline: string;
  currentSolution: string;
  competitors: string;
}
export type NeedsTextField = Exclude<keyof NeedsDraft, 'pains'>;

export type NeedsStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; path: string } | { kind: 'failed' };

export interface NeedsModel {
  draft: ReadonlySignal<NeedsDraft>;
  dirty: ReadonlySignal<boolean>;
  status: ReadonlySignal<NeedsStatus>;
  /** Shows an account's record; keeps unsaved edits to the same account across refreshes. */
  show(account: Account): void;
  setText(field: NeedsTextField, value: string): void;
  addPain(): void;
  updatePain(id: string, patch: Partial<Omit<Need, 'id'>>): void;
  removePain(id: string): void;
  save(account: Account): Promise<void>;
}

const splitNames = (text: string) => text.split(/[,，、;\n]/).map((name) => name.trim()).filter(Boolean);

export function draftFromNeeds(needs: NeedsRecord | undefined): NeedsDraft {
  const record = NeedsRecord.parse(needs ?? {});
  return { ...record, decisionMakers: record.decisionMakers.join(', '), competitors: record.competitors.join(', ') };
}

export function needsFromDraft(draft: NeedsDraft): ReturnType<typeof NeedsRecord.safeParse> {
  return NeedsRecord.safeParse({
    pains: draft.pains.map((pain) => ({ ...pain, description: pain.description.trim() })).filter((pain) => pain.description !== ''),
    decisionProcess: draft.decisionProcess.trim(),
    decisionMakers: splitNames(draft.decisionMakers),
    budget: draft.budget.trim(),
    timeline: draft.timeline.trim(),
    currentSolution: draft.currentSolution.trim(),
    competitors: splitNames(draft.competitors),
  });
}

export function createNeedsModel(deps: PipelineDeps): NeedsModel {
  const draft = signal<NeedsDraft>(draftFromNeeds(undefined));
  const dirty = signal(false);
  const status = signal<NeedsStatus>({ kind: 'idle' });
  let accountId: string | null = null;

  const edit = (next: NeedsDraft) => {
    draft.value = next;
    dirty.value = true;
    if (status.value.kind !== 'saving') status.value = { kind: 'idle' };
  };

  return {
    draft,
    dirty,
    status,
    show(account) {
      if (account.id === accountId && dirty.value) return;
      if (account.id !== accountId) status.value = { kind: 'idle' };
      accountId = account.id;
      draft.value = draftFromNeeds(account.needs);
      dirty.value = false;
    },
    setText: (field, value) => edit({ ...draft.value, [field]: value }),
    addPain: () => edit({ ...draft.value, pains: [...draft.value.pains, { id: deps.newId(), description: '', kind: 'rigid', priority: 'must' }] }),
    updatePain: (id, patch) => edit({ ...draft.value, pains: draft.value.pains.map((pain) => (pain.id === id ? { ...pain, ...patch } : pain)) }),
    removePain: (id) => edit({ ...draft.value, pains: draft.value.pains.filter((pain) => pain.id !== id) }),
    async save(account) {
      const parsed = needsFromDraft(draft.value);
      if (!parsed.success) {
        status.value = { kind: 'invalid', path: parsed.error.issues[0]?.path.join('.') ?? '' };
        return;
      }
      status.value = { kind: 'saving' };
      try {
        const now = deps.now();
        await deps.commit(account.id, [{ store: 'accounts', op: 'put', record: { ...account, needs: parsed.data, updatedAt: now } }]);
        dirty.value = false;
        status.value = { kind: 'saved' };
      } catch (failure) {
        console.error('[leadkit] saving the needs failed', failure);
        status.value = { kind: 'failed' };
      }
    },
  };
}
