import { FUNNEL_STAGES } from '../../model/stage';
import { funnelRank, type AccountHistory } from './accountHistory';

const WON_RANK = FUNNEL_STAGES.indexOf('won');
const PROSPECT_RANK = FUNNEL_STAGES.indexOf('prospect');

/** When the account first became a customer: its first entry into won (or, from an import, renewal). */
export function firstWonAt(history: AccountHistory): number | undefined {
  for (const entry of history.entries) if ((funnelRank(entry.stage) ?? -1) >= WON_RANK) return entry.at;
  return undefined;
}

/** The first recorded move into won: a real event, unlike an account imported as won. */
export function movedToWonAt(history: AccountHistory): number | undefined {
  for (const move of history.moves) if (move.to === 'won') return move.at;
  return undefined;
}

/** The furthest funnel stage the account has ever entered (-1 for none). */
export function furthestRank(history: AccountHistory): number {
  let furthest = -1;
  for (const entry of history.entries) furthest = Math.max(furthest, funnelRank(entry.stage) ?? -1);
  return furthest;
}

export const reachedWon = (history: AccountHistory): boolean => furthestRank(history) >= WON_RANK;
export const reachedProspect = (history: AccountHistory): boolean => furthestRank(history) >= PROSPECT_RANK;
