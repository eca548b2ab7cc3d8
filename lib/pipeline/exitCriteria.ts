import type { Activity } from '../model/activity';
import type { Grade } from '../model/grade';
import type { Stage } from '../model/stage';
import type { ChecklistItem } from './checklist';
import { firstContactSince } from './contactActivity';
import { criterionLabelKey } from './labelKeys';
import type { Account } from '../model/account';

export interface ExitCriterion {
  id: string;
  met: boolean;
  labelKey: string;
}

export interface ExitCriteriaContext {
  activities: readonly Activity[];
  /** The scoring module's grade when present; else the grade stored on the account. */
  grade?: Grade;
}

type Check = (account: Account, context: ExitCriteriaContext) => boolean;

const ticked = (item: ChecklistItem): Check => (account) => account.checklist?.[item] !== undefined;
const filled = (text: string | undefined): boolean => (text ?? '').trim().length > 0;

/** "Done when" per stage (shared/domain.md, Pipeline); side states have nothing to finish. */
const CRITERIA: Readonly<Record<Stage, ReadonlyArray<{ id: string; check: Check }>>> = {
  lead: [
    { id: 'leadGradedAB', check: (account, { grade }) => ['A', 'B'].includes(grade ?? account.score?.grade ?? 'unscored') },
    { id: 'leadFirstContact', check: (account, { activities }) => firstContactSince(activities, account.id, account.capturedAt) !== undefined },
    { id: 'leadInterestConfirmed', check: ticked('interestConfirmed') },
  ],
  prospect: [
    { id: 'prospectPains', check: (account) => (account.needs?.pains.length ?? 0) > 0 },
    { id: 'prospectDecisionProcess', check: (account) => filled(account.needs?.decisionProcess) },
    { id: 'prospectBudget', check: (account) => filled(account.needs?.budget) },
    { id: 'prospectTimeline', check: (account) => filled(account.needs?.timeline) },
    // The form forces a rank on every need; a list with no must-have has not found what the deal is about.
    { id: 'prospectNeedsRanked', check: (account) => (account.needs?.pains ?? []).some((need) => need.priority === 'must') },
  ],
  opportunity: [
    { id: 'opportunitySolutionDrafted', check: ticked('solutionDrafted') },
    { id: 'opportunitySolutionReviewed', check: ticked('solutionReviewed') },
    { id: 'opportunitySolutionPresented', check: ticked('solutionPresented') },
  ],
  negotiation: [
    { id: 'negotiationTermsConfirmed', check: ticked('termsConfirmed') },
    { id: 'negotiationContractSigned', check: ticked('contractSigned') },
  ],
  won: [
    { id: 'wonDeliveryKickedOff', check: ticked('deliveryKickedOff') },
    { id: 'wonDeliveryAccepted', check: ticked('deliveryAccepted') },
    { id: 'wonSatisfactionSurveyed', check: ticked('satisfactionSurveyed') },
  ],
  renewal: [{ id: 'renewalSecondDealOrReferral', check: ticked('secondDealOrReferral') }],
  nurture: [],
  lost: [],
  disqualified: [],
};

/** The checklist for leaving the account's current stage, in the order the work is done. */
export function exitCriteria(account: Account, context: ExitCriteriaContext): ExitCriterion[] {
  return CRITERIA[account.stage].map(({ id, check }) => ({
    id,
    met: check(account, context),
    labelKey: criterionLabelKey(id),
  }));
}
