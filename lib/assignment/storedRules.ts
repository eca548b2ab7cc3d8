import type { LeadKitDatabase } from '../db';
import { teamSettingId, type Stage, type TeamSetting } from '../model';
import { AssignmentRules, EMPTY_RULES } from './rules';

/**
 * Reading the rules and the reps' loads, apart from the private items (assignmentStore.ts): the
 * dashboard's import worker uses these and cannot bundle the extension storage API.
 */

/** The team's rules: one synced record (lib/model/teamSetting.ts), the manager's to write. */
export const RULES_RECORD_ID = teamSettingId('assignmentRules');
/** Where an install kept its rules before they synced (a private item, lib/settings/privateItem.ts). */
export const LEGACY_RULES_KEY = 'private:assignmentRules';

export interface StoredRules {
  rules: AssignmentRules;
  /** The synced record, when there is one (its version is the base of the next save). */
  record?: TeamSetting;
  /** The rules came from this install's pre-sync copy: the next save moves them into the record. */
  legacy: boolean;
}

/** The synced record's rules, else the rules this install kept before they synced, else none. */
export async function readStoredRules(db: LeadKitDatabase): Promise<StoredRules> {
  const record = await db.get('teamSettings', RULES_RECORD_ID);
  if (record) return { rules: parseStoredRules(record.value), record, legacy: false };
  const legacy = await db.get('meta', LEGACY_RULES_KEY);
  return { rules: parseStoredRules(legacy), legacy: legacy != null };
}

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

