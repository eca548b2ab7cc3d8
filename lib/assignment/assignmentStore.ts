import type { LeadKitDatabase } from '../db';
import type { Stage } from '../model';
import { definePrivateItem } from '../settings/privateItem';
import { AssignmentRules, AssignmentState, EMPTY_RULES, type AssignmentState as State } from './rules';

/**
 * The manager's assignment rules and this install's round-robin cursors, each one private item
 * (kept where content scripts cannot read them, like the playbook). Round-robin is per install:
 * every capture is assigned where it is made, offline too, so two installs each keep their own
 * turn; the server decides only when two of them name different owners for one account
 * (server/src/sync/writeRules.ts).
 */
export const assignmentRulesItem = definePrivateItem<Record<string, unknown> | null>('assignmentRules', null);
export const assignmentCursorsItem = definePrivateItem<Record<string, unknown>>('assignmentCursors', {});

/** Stages of an account still being worked: what a rep's capacity counts. */
export const OPEN_STAGES: readonly Stage[] = ['lead', 'prospect', 'opportunity', 'negotiation'];

export function parseStoredRules(stored: unknown): AssignmentRules {
  if (stored == null) return EMPTY_RULES;
  const parsed = AssignmentRules.safeParse(stored);
  if (parsed.success) return parsed.data;
  // An invalid stored value assigns nothing rather than stopping every capture.
  console.warn('[leadkit] the stored assignment rules are invalid; leads stay unassigned');
  return EMPTY_RULES;
}

export async function loadAssignmentRules(): Promise<AssignmentRules> {
  return parseStoredRules(await assignmentRulesItem.getValue());
}

export async function saveAssignmentRules(rules: AssignmentRules): Promise<void> {
  await assignmentRulesItem.setValue(AssignmentRules.parse(rules) as unknown as Record<string, unknown>);
}

/**
 * Open accounts owned by each of `reps`, read from the stage index. Only read when a rule has a
 * capacity, since it walks every open account; it reads keys and owners only as far as needed.
 */
export async function openLoads(db: LeadKitDatabase, reps: ReadonlySet<string>): Promise<Record<string, number>> {
  const loads: Record<string, number> = {};
  if (reps.size === 0) return loads;
  const tx = db.transaction('accounts', 'readonly');
  const index = tx.store.index('byStage');
  for (const stage of OPEN_STAGES) {
    for (let cursor = await index.openCursor(stage); cursor; cursor = await cursor.continue()) {
      const owner = cursor.value.ownerId;
      if (owner !== undefined && reps.has(owner)) loads[owner] = (loads[owner] ?? 0) + 1;
    }
  }
  await tx.done;
  return loads;
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
