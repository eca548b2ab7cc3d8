import type { LeadKitDatabase } from '../db';
import type { Stage } from '../model';
import { AssignmentRules, EMPTY_RULES } from './rules';

/**
 * Reading the rules and the reps' loads, apart from the private items (assignmentStore.ts): the
 * dashboard's import worker uses these and cannot bundle the extension storage API.
 */

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

