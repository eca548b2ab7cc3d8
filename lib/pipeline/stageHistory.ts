import type { Activity } from '../model/activity';
import type { Stage } from '../model/stage';
import type { StageChange } from './stageChange';

/**
 * Stage history lives in the activity timeline as `stage_change` activities: `result` holds the
 * stage entered (so the playbook can find when a stage began), `content` the reason, and
 * `stageChange` the full record (from, to, who, unmet criteria) for the timeline and audits.
 */
export function stageChangeActivity(change: StageChange, id: string): Activity {
  return {
    id,
    createdAt: change.at,
    updatedAt: change.at,
    version: 0,
    accountId: change.accountId,
    kind: 'stage_change',
    at: change.at,
    content: change.reason ?? '',
    result: change.to,
    actor: change.by,
    stageChange: change,
  };
}

/** When the account last entered `stage`, if the timeline says so. */
export function stageEnteredAt(activities: readonly Activity[], accountId: string, stage: Stage): number | undefined {
  let latest: number | undefined;
  for (const activity of activities) {
    if (activity.accountId !== accountId || activity.kind !== 'stage_change' || activity.result !== stage) continue;
    if (latest === undefined || activity.at > latest) latest = activity.at;
  }
  return latest;
}
