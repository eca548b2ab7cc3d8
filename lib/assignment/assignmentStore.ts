import type { LeadKitDatabase } from '../db';
import { definePrivateItem } from '../settings/privateItem';
import { AssignmentRules, AssignmentState, type AssignmentState as State } from './rules';
import { openLoads, parseStoredRules } from './storedRules';

export { OPEN_STAGES, openLoads, parseStoredRules } from './storedRules';

/**
 * The manager's assignment rules and this install's round-robin cursors, each one private item
 * (kept where content scripts cannot read them, like the playbook). Round-robin is per install:
 * every capture is assigned where it is made, offline too, so two installs each keep their own
 * turn; the server decides only when two of them name different owners for one account
 * (server/src/sync/writeRules.ts).
 */
export const assignmentRulesItem = definePrivateItem<Record<string, unknown> | null>('assignmentRules', null);
export const assignmentCursorsItem = definePrivateItem<Record<string, unknown>>('assignmentCursors', {});

export async function loadAssignmentRules(): Promise<AssignmentRules> {
  return parseStoredRules(await assignmentRulesItem.getValue());
}

export async function saveAssignmentRules(rules: AssignmentRules): Promise<void> {
  await assignmentRulesItem.setValue(AssignmentRules.parse(rules) as unknown as Record<string, unknown>);
}

/** Rules and the state they start from: stored cursors, and loads when any rule caps them. */
export async function loadAssignment(db: LeadKitDatabase): Promise<{ rules: AssignmentRules; state: State }> {
  const rules = await loadAssignmentRules();
  const cursors = AssignmentState.shape.cursors.safeParse(await assignmentCursorsItem.getValue());
  const capped = new Set(rules.rules.filter((rule) => rule.capacity !== undefined).flatMap((rule) => rule.reps));
  const loads = capped.size > 0 ? await openLoads(db, capped) : {};
  return { rules, state: { cursors: cursors.success ? cursors.data : {}, loads } };
}

export async function saveCursors(state: State): Promise<void> {
  await assignmentCursorsItem.setValue(state.cursors);
}
