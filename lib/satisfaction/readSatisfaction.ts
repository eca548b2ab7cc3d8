import type { LeadKitDatabase } from '../db/open';
import type { SatisfactionRange } from './measures';
import { COMPLAINT_RULE_ID, type SatisfactionAccount, type SatisfactionActivity, type SatisfactionInputs, type SatisfactionTask } from './report';

/** Reading stops here per kind: far more surveys than a team runs, and a bound on what one read holds. */
export const MAX_EVENTS_PER_KIND = 100_000;

/**
 * The surveys and complaints of `range`, with their accounts and the complaints' response-plan
 * tasks, in one read-only transaction. The `byKindAt` index (upgrade 11) finds them without
 * reading the other activities; accounts and tasks are read by key for the few accounts involved.
 */
export async function readSatisfactionInputs(db: LeadKitDatabase, range: SatisfactionRange): Promise<SatisfactionInputs> {
  const tx = db.transaction(['activities', 'accounts', 'tasks'], 'readonly');
  const byKindAt = tx.objectStore('activities').index('byKindAt');
  const [surveys, complaints] = await Promise.all(
    (['survey', 'complaint'] as const).map((kind) => byKindAt.getAll(IDBKeyRange.bound([kind, range.from], [kind, range.to], false, true), MAX_EVENTS_PER_KIND)),
  );
  const activities: SatisfactionActivity[] = [...surveys!, ...complaints!];
  const accountIds = [...new Set(activities.map((activity) => activity.accountId))];
  const complaintAccountIds = [...new Set(complaints!.map((activity) => activity.accountId))];
  const accountStore = tx.objectStore('accounts');
  const taskIndex = tx.objectStore('tasks').index('byAccount');
  const [accounts, taskLists] = await Promise.all([
    Promise.all(accountIds.map((id) => accountStore.get(id))),
    Promise.all(complaintAccountIds.map((id) => taskIndex.getAll(id))),
  ]);
  const byId = new Map<string, SatisfactionAccount>();
  for (const account of accounts) if (account) byId.set(account.id, { id: account.id, name: account.name, stage: account.stage, ownerId: account.ownerId });
  const tasks: SatisfactionTask[] = taskLists.flat().filter((task) => task.ruleId === COMPLAINT_RULE_ID);
  return { activities, tasks, accounts: byId };
}
