import type { Account, Activity, Grade } from '../model';
import { newId } from '../model';
import { assignLead, type Assignment, type AssignmentRules, type AssignmentState, type Unassigned } from './rules';

/** An account nobody owns yet: only those are assigned, an owner already named is never replaced. */
export function needsOwner(account: Pick<Account, 'ownerId'>): boolean {
  return (account.ownerId ?? '').trim() === '';
}

export interface NewAccountAssignment {
  /** The account with its owner set (unchanged when it stays unassigned or already had one). */
  account: Account;
  /** The timeline entry saying who got it and by which rule; null when nothing was assigned. */
  activity: Activity | null;
  outcome: Assignment | Unassigned | null;
  state: AssignmentState;
}

/**
 * Runs the rules for one account being created (capture or import) and returns what to store with
 * it, in the same transaction: the owner on the account and an `assignment` activity. `grade` is
 * the account's grade when it is known (the capture grades it with the team's rules first).
 */
export function assignNewAccount(
  account: Account,
  rules: AssignmentRules,
  state: AssignmentState,
  context: { now: number; grade?: Grade; actor?: string },
): NewAccountAssignment {
  if (!needsOwner(account) || (rules.rules.length === 0 && !rules.fallbackOwner)) return { account, activity: null, outcome: null, state };
  const outcome = assignLead({ region: account.region ?? account.address?.region, industry: account.industry, grade: context.grade }, rules, state);
  if (outcome.ownerId === null) return { account, activity: null, outcome, state: outcome.state };
  const owned: Account = { ...account, ownerId: outcome.ownerId };
  const activity: Activity = {
    id: newId(),
    createdAt: context.now,
    updatedAt: context.now,
    version: 0,
    accountId: account.id,
    kind: 'assignment',
    at: context.now,
    content: outcome.ruleName ?? '',
    result: outcome.ownerId,
    ...(context.actor ? { actor: context.actor } : {}),
  };
  return { account: owned, activity, outcome, state: outcome.state };
}
