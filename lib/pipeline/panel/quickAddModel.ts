import { signal, type ReadonlySignal } from '@preact/signals';
import type { Activity } from '../../model';
import type { PipelineDeps } from './deps';

/**
 * What the rep logs by hand; captures and stage changes are written by their own actions, surveys
 * by the survey task's Done. A complaint starts the playbook's response-plan deadline.
 */
export const QUICK_ADD_KINDS = ['call', 'email', 'meeting', 'note', 'complaint'] as const;
export type QuickAddKind = (typeof QUICK_ADD_KINDS)[number];

export interface QuickAddDraft {
  kind: QuickAddKind;
  content: string;
  result: string;
}

export interface QuickAddModel {
  open: ReadonlySignal<boolean>;
  draft: ReadonlySignal<QuickAddDraft>;
  /** A message key when saving was refused or failed. */
  error: ReadonlySignal<string | null>;
  start(kind?: QuickAddKind): void;
  edit(patch: Partial<QuickAddDraft>): void;
  save(accountId: string): Promise<boolean>;
  cancel(): void;
}

const EMPTY: QuickAddDraft = { kind: 'call', content: '', result: '' };

export function createQuickAddModel(deps: PipelineDeps): QuickAddModel {
  const open = signal(false);
  const draft = signal<QuickAddDraft>(EMPTY);
  const error = signal<string | null>(null);
  let saving = false;

  const cancel = () => {
    open.value = false;
    draft.value = EMPTY;
    error.value = null;
  };

  return {
    open,
    draft,
    error,
    start(kind) {
      open.value = true;
      error.value = null;
      if (kind) draft.value = { ...draft.value, kind };
    },
    edit(patch) {
      draft.value = { ...draft.value, ...patch };
      error.value = null;
    },
    async save(accountId) {
      const { kind, content, result } = draft.value;
      if (content.trim() === '') {
        error.value = 'pipelineQuickAddContentRequired';
        return false;
      }
      if (saving) return false;
      saving = true;
      const now = deps.now();
      try {
        const actor = await deps.actor();
        const activity: Activity = {
          id: deps.newId(),
          createdAt: now,
          updatedAt: now,
          version: 0,
          accountId,
          kind,
          at: now,
          content: content.trim().slice(0, 20_000),
          ...(result.trim() ? { result: result.trim().slice(0, 200) } : {}),
          ...(actor ? { actor: actor.slice(0, 200) } : {}),
        };
        await deps.commit(accountId, [{ store: 'activities', op: 'put', record: activity }]);
        cancel();
        return true;
      } catch (failure) {
        console.error('[leadkit] saving the activity failed', failure);
        error.value = 'pipelineSaveFailed';
        return false;
      } finally {
        saving = false;
      }
    },
    cancel,
  };
}
