import type { Account } from '../model';
import type { AccountSummary } from './overlayMessages';

/** The few facts a chip or badge shows: never contacts, notes, needs or the score's reasons. */
export function accountSummaryOf(account: Account): AccountSummary {
  const grade = account.score?.grade;
  return {
    name: account.name,
    stage: account.stage,
    ...(grade && grade !== 'unscored' ? { grade } : {}),
    ...(account.ownerId ? { owner: account.ownerId } : {}),
  };
}
