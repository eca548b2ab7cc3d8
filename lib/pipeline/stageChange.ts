import type { Stage } from '../model/stage';
import type { StageChange } from '../model/stageChange';
import { exitCriteria, type ExitCriteriaContext } from './exitCriteria';
import { canMove, isForwardFunnelMove, moveAlwaysNeedsReason } from './moves';
import type { Account } from '../model/account';

export { StageChange } from '../model/stageChange';

export interface StageMoveContext extends ExitCriteriaContext {
  now: number;
  actor: string;
}

export type StageMovePlan =
  | { ok: true; stageChange: StageChange }
  | { ok: false; error: 'notAllowed' | 'reasonRequired'; unmetCriteria: string[] };

/**
 * Decides a move without making it. Exit criteria guard the next funnel stage only: parking a
 * lead in nurture is what one does *because* it is not ready. Lost and disqualified always need
 * a reason; so does any forward move with unmet criteria.
 */
export function planStageMove(account: Account, to: Stage, context: StageMoveContext, reason?: string): StageMovePlan {
  if (!canMove(account.stage, to)) return { ok: false, error: 'notAllowed', unmetCriteria: [] };
  const unmetCriteria = isForwardFunnelMove(account.stage, to)
    ? exitCriteria(account, context).filter((criterion) => !criterion.met).map((criterion) => criterion.id)
    : [];
  const givenReason = reason?.trim().slice(0, 2_000) ?? '';
  if ((unmetCriteria.length > 0 || moveAlwaysNeedsReason(to)) && givenReason === '') {
    return { ok: false, error: 'reasonRequired', unmetCriteria };
  }
  const stageChange: StageChange = {
    accountId: account.id,
    from: account.stage,
    to,
    at: context.now,
    by: context.actor.slice(0, 200),
    unmetCriteria,
    ...(givenReason === '' ? {} : { reason: givenReason }),
  };
  return { ok: true, stageChange };
}
