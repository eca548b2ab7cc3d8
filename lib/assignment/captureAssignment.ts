import type { CaptureChanges } from '../capture';
import type { LeadKitDatabase } from '../db';
import type { Contact } from '../model';
import type { CompiledRuleSet } from '../scoring';
import { assignNewAccount, type NewAccountAssignment } from './assignNew';
import { loadAssignment, saveCursors } from './assignmentStore';
import type { AssignmentRules, AssignmentState } from './rules';

/**
 * A new capture with the assignment rules applied, still to be committed in one transaction: the
 * account gets its owner and the timeline an `assignment` entry; grade rules match its profile grade.
 */
export function assignCapture(
  captured: CaptureChanges,
  rules: AssignmentRules,
  state: AssignmentState,
  context: { now: number; compiled: CompiledRuleSet; actor?: string },
): CaptureChanges & { assignment: NewAccountAssignment } {
  const contacts: Contact[] = captured.contact ? [captured.contact] : [];
  const assignment = assignNewAccount(captured.account, rules, state, { now: context.now, profile: { compiled: context.compiled, contacts }, actor: context.actor });
  if (assignment.activity === null) return { ...captured, assignment };
  const changes = captured.changes.map((change) =>
    change.store === 'accounts' && change.op === 'put' && change.record.id === captured.account.id ? { ...change, record: assignment.account } : change,
  );
  changes.push({ store: 'activities', op: 'put', record: assignment.activity });
  return { account: assignment.account, contact: captured.contact, changes, assignment };
}

/** Loads the rules and state, assigns, and returns what to commit and what to remember after. */
export async function assignStoredCapture(
  db: LeadKitDatabase,
  captured: CaptureChanges,
  context: { now: number; compiled: CompiledRuleSet; actor?: string },
): Promise<CaptureChanges & { assignment: NewAccountAssignment; remember: () => Promise<void> }> {
  const { rules, state } = await loadAssignment(db);
  const assigned = assignCapture(captured, rules, state, context);
  return { ...assigned, remember: () => (assigned.assignment.outcome?.ownerId ? saveCursors(assigned.assignment.state) : Promise.resolve()) };
}
