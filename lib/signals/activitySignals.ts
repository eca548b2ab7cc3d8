import type { Activity } from '../model/activity';
import { CONTACT_KINDS } from '../pipeline/contactActivity';

/**
 * Behaviour signals read from the timeline (issue #4). Decisions, so the grade is explainable:
 * - an **email reply** is an `email` activity whose result says the customer answered
 *   ("replied", "answered", "responded", 回复, 回信, 答复…) and not that they did not
 *   ("no reply", 未回复…); the rep logs outgoing mail too, and sending is not engagement;
 * - a **meeting** is a `meeting` activity that has happened (`at` not in the future): a booked
 *   meeting counts once it takes place;
 * - the **last touch** is the latest call, email or meeting that has happened (a capture or a
 *   note is not a touch; see lib/pipeline/contactActivity.ts).
 * Full re-scores keep what these decide per activity (lib/scoring/inputs): a change to a decision
 * bumps INPUTS_VERSION there.
 */
const REPLIED = /\brepl(y|ied|ies)\b|\banswered\b|\bresponded\b|\bresponse\b|回复|回信|答复/i;
const NOT_REPLIED = /\b(no|not|never|without|awaiting|waiting for)\b.{0,12}\b(repl|answer|respon)|未回|没有?回|无回|暂无回|尚未回/i;

export function isEmailReply(activity: Pick<Activity, 'kind' | 'result'>): boolean {
  if (activity.kind !== 'email' || !activity.result) return false;
  return REPLIED.test(activity.result) && !NOT_REPLIED.test(activity.result);
}

export interface ActivitySignals {
  emailReplies: number[];
  meetings: number[];
  lastTouchAt?: number;
}

export function activitySignals(activities: readonly Activity[], now: number): ActivitySignals {
  const emailReplies: number[] = [];
  const meetings: number[] = [];
  let lastTouchAt: number | undefined;
  for (const activity of activities) {
    if (!activity || typeof activity.at !== 'number' || !Number.isFinite(activity.at) || activity.at > now) continue;
    if (isEmailReply(activity)) emailReplies.push(activity.at);
    if (activity.kind === 'meeting') meetings.push(activity.at);
    if (CONTACT_KINDS.includes(activity.kind) && (lastTouchAt === undefined || activity.at > lastTouchAt)) lastTouchAt = activity.at;
  }
  return { emailReplies, meetings, ...(lastTouchAt !== undefined ? { lastTouchAt } : {}) };
}
