import { signal, type ReadonlySignal } from '@preact/signals';
import type { Account, Activity, ChecklistItem, Stage } from '../../model';
import { tickChecklist, untickChecklist } from '../checklist';
import { exitCriteria, type ExitCriterion } from '../exitCriteria';
import { moveErrorLabelKey } from '../labelKeys';
import { allowedMoves } from '../moves';
import { planStageMove } from '../stageChange';
import { stageChangeActivity } from '../stageHistory';
import type { PipelineDeps } from './deps';

/** Criteria the rep ticks by hand; the others are read from the record (needs, activities, grade). */
const MANUAL_ITEMS: Readonly<Record<string, ChecklistItem>> = {
  leadInterestConfirmed: 'interestConfirmed',
  opportunitySolutionDrafted: 'solutionDrafted',
  opportunitySolutionReviewed: 'solutionReviewed',
  opportunitySolutionPresented: 'solutionPresented',
  negotiationTermsConfirmed: 'termsConfirmed',
  negotiationContractSigned: 'contractSigned',
  wonDeliveryKickedOff: 'deliveryKickedOff',
  wonDeliveryAccepted: 'deliveryAccepted',
  wonSatisfactionSurveyed: 'satisfactionSurveyed',
  renewalSecondDealOrReferral: 'secondDealOrReferral',
};

export interface StageCriterion extends ExitCriterion {
  /** Set when the rep ticks this one by hand. */
  item?: ChecklistItem;
}

export interface StageView {
  criteria: StageCriterion[];
  moves: Array<{ to: Stage; needsReason: boolean }>;
}

export function stageView(account: Account, activities: readonly Activity[]): StageView {
  const criteria = exitCriteria(account, { activities }).map((criterion) => {
    const item = MANUAL_ITEMS[criterion.id];
    return item ? { ...criterion, item } : criterion;
  });
  const moves = allowedMoves(account.stage).map((to) => {
    const plan = planStageMove(account, to, { activities, now: 0, actor: '' });
    return { to, needsReason: !plan.ok && plan.error === 'reasonRequired' };
  });
  return { criteria, moves };
}

export interface PendingMove {
  accountId: string;
  to: Stage;
  unmetCriteria: string[];
}

export interface StageModel {
  /** A move waiting for its reason (inline form). */
  pending: ReadonlySignal<PendingMove | null>;
  reason: ReadonlySignal<string>;
  /** A message key when the last action was refused or failed. */
  error: ReadonlySignal<string | null>;
  busy: ReadonlySignal<boolean>;
  setChecked(account: Account, item: ChecklistItem, checked: boolean): Promise<void>;
  chooseMove(account: Account, activities: readonly Activity[], to: Stage): Promise<void>;
  setReason(reason: string): void;
  confirmMove(account: Account, activities: readonly Activity[]): Promise<void>;
  cancelMove(): void;
}

export function createStageModel(deps: PipelineDeps): StageModel {
  const pending = signal<PendingMove | null>(null);
  const reason = signal('');
  const error = signal<string | null>(null);
  const busy = signal(false);

  async function write(job: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      await job();
    } catch (failure) {
      console.error('[leadkit] saving the stage failed', failure);
      error.value = 'pipelineSaveFailed';
    } finally {
      busy.value = false;
    }
  }

  async function move(account: Account, activities: readonly Activity[], to: Stage, given?: string): Promise<void> {
    const now = deps.now();
    const plan = planStageMove(account, to, { activities, now, actor: await deps.actor() }, given);
    if (!plan.ok) {
      if (plan.error === 'reasonRequired') pending.value = { accountId: account.id, to, unmetCriteria: plan.unmetCriteria };
      // Asking for a reason is what the inline form is for; a refused move or an empty reason is an error.
      error.value = plan.error === 'notAllowed' || given !== undefined ? moveErrorLabelKey(plan.error) : null;
      return;
    }
    await write(() =>
      deps.commit(account.id, [
        { store: 'accounts', op: 'put', record: { ...account, stage: to, updatedAt: now } },
        { store: 'activities', op: 'put', record: stageChangeActivity(plan.stageChange, deps.newId()) },
      ]),
    );
    if (error.value === null) cancelMove();
  }

  function cancelMove(): void {
    pending.value = null;
    reason.value = '';
  }

  return {
    pending,
    reason,
    error,
    busy,
    setChecked: (account, item, checked) => {
      const now = deps.now();
      return write(async () => {
        const actor = await deps.actor();
        const checklist = checked ? tickChecklist(account.checklist, item, now, actor || undefined) : untickChecklist(account.checklist, item);
        await deps.commit(account.id, [{ store: 'accounts', op: 'put', record: { ...account, checklist, updatedAt: now } }]);
      });
    },
    chooseMove: (account, activities, to) => {
      cancelMove();
      error.value = null;
      return move(account, activities, to);
    },
    setReason: (text) => {
      reason.value = text;
    },
    confirmMove: async (account, activities) => {
      const current = pending.value;
      if (!current || current.accountId !== account.id) return;
      await move(account, activities, current.to, reason.value);
    },
    cancelMove,
  };
}
