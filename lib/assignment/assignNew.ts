import type { Account, Activity, Contact, Grade } from '../model';
import { newId } from '../model';
import { leadInputFrom, NO_SIGNALS, scoreLead, type CompiledRuleSet } from '../scoring';
import { assignLead, type Assignment, type AssignmentRules, type AssignmentState, type Unassigned } from './rules';

/** An account nobody owns yet: only those are assigned, an owner already named is never replaced. */
export function needsOwner(account: Pick<Account, 'ownerId'>): boolean {
  return (account.ownerId ?? '').trim() === '';
}

/** Whether the manager set anything to assign by: no rule and no fallback owner leaves every lead as it is. */
export function hasRules(rules: AssignmentRules): boolean {
  return rules.rules.length > 0 || Boolean(rules.fallbackOwner);
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
 * it, in the same transaction: the owner on the account and an `assignment` activity. Grade rules
 * match `grade` when given, else the lead's profile grade under the team's scoring rules (`profile`;
 * a new lead has no behaviour yet), worked out only when the account is to be assigned at all.
 */
export function assignNewAccount(
  account: Account,
  rules: AssignmentRules,
  state: AssignmentState,
  context: { now: number; grade?: Grade; profile?: { compiled: CompiledRuleSet; contacts: readonly Contact[] }; actor?: string },
): NewAccountAssignment {
  if (!needsOwner(account) || !hasRules(rules)) return { account, activity: null, outcome: null, state };
  const { profile } = context;
  const grade = context.grade ?? (profile ? scoreLead(profile.compiled, leadInputFrom(account, [...profile.contacts]), NO_SIGNALS, context.now).grade : undefined);
  const outcome = assignLead({ region: account.region ?? account.address?.region, industry: account.industry, grade }, rules, state);
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
