import { commitChanges, type LeadKitDatabase } from '../db';
import type { TeamSetting } from '../model';
import { definePrivateItem } from '../settings/privateItem';
import { AssignmentRules, AssignmentState, type AssignmentState as State } from './rules';
import { LEGACY_RULES_KEY, openLoads, readStoredRules, RULES_RECORD_ID } from './storedRules';

export { OPEN_STAGES, openLoads, parseStoredRules } from './storedRules';

/**
 * The manager's assignment rules are a team setting, synced to every rep's install so a capture is
 * assigned where it is made, offline too (storedRules.ts). This install's round-robin cursors are a
 * private item (kept where content scripts cannot read them, like the playbook): round-robin is per
 * install, so two installs each keep their own turn; the server decides only when two of them name
 * different owners for one account (server/src/sync/writeRules.ts).
 */
export const assignmentCursorsItem = definePrivateItem<Record<string, unknown>>('assignmentCursors', {});

/** The team's rules; rules this install kept before they synced are moved into the synced record first. */
export async function loadAssignmentRules(db: LeadKitDatabase): Promise<AssignmentRules> {
  const stored = await readStoredRules(db);
  if (stored.legacy) await saveAssignmentRules(db, stored.rules);
  return stored.rules;
}

/** Stores the rules as the team's record (through the outbox: the server accepts it from a manager only). */
export async function saveAssignmentRules(db: LeadKitDatabase, rules: AssignmentRules): Promise<void> {
  const value = AssignmentRules.parse(rules) as unknown as Record<string, unknown>;
  const { record: current } = await readStoredRules(db);
  const now = Date.now();
  const record: TeamSetting = { id: RULES_RECORD_ID, name: 'assignmentRules', value, createdAt: current?.createdAt ?? now, updatedAt: now, version: current?.version ?? 0 };
  await commitChanges(db, [{ store: 'teamSettings', op: 'put', record }], now);
  await db.delete('meta', LEGACY_RULES_KEY);
}

/** Rules and the state they start from: stored cursors, and loads when any rule caps them. */
export async function loadAssignment(db: LeadKitDatabase): Promise<{ rules: AssignmentRules; state: State }> {
  const rules = await loadAssignmentRules(db);
  const cursors = AssignmentState.shape.cursors.safeParse(await assignmentCursorsItem.getValue());
  const capped = new Set(rules.rules.filter((rule) => rule.capacity !== undefined).flatMap((rule) => rule.reps));
  const loads = capped.size > 0 ? await openLoads(db, capped) : {};
  return { rules, state: { cursors: cursors.success ? cursors.data : {}, loads } };
}

export async function saveCursors(state: State): Promise<void> {
  await assignmentCursorsItem.setValue(state.cursors);
}
