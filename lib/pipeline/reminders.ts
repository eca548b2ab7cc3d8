import { isActiveTask, type PipelineTask } from './pipelineTask';

/** More newly due tasks than this become one grouped notification: no notification storm. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;
/** How many tasks a grouped notification lists (Chrome's list notification shows about five). */
export const GROUP_SAMPLE_SIZE = 5;

export type ReminderPlan =
  | { kind: 'none' }
  | { kind: 'each'; tasks: PipelineTask[] }
  | { kind: 'group'; count: number; earliest: PipelineTask[] };

/**
 * What to notify now: active tasks due by `now` that were not yet notified, i.e. that fell due
 * (or were created already due) after `lastNotifiedAt`. Without a `lastNotifiedAt` (first run,
 * lost state) every due task is new, so the worst case is one grouped notification. After the
 * clock is set back the window is empty and nothing repeats; the caller stores `now` afterwards.
 * One pass and a bounded sample, whatever the number of tasks.
 */
export function dueReminders(tasks: Iterable<PipelineTask>, now: number, lastNotifiedAt?: number): ReminderPlan {
  let count = 0;
  const earliest: PipelineTask[] = [];
  for (const task of tasks) {
    if (!isActiveTask(task) || task.dueAt > now) continue;
    if (lastNotifiedAt !== undefined && Math.max(task.dueAt, task.createdAt) <= lastNotifiedAt) continue;
    count += 1;
    keepEarliest(earliest, task, Math.max(GROUP_SAMPLE_SIZE, MAX_SEPARATE_NOTIFICATIONS));
  }
  if (count === 0) return { kind: 'none' };
  if (count <= MAX_SEPARATE_NOTIFICATIONS) return { kind: 'each', tasks: earliest };
  return { kind: 'group', count, earliest: earliest.slice(0, GROUP_SAMPLE_SIZE) };
}

function byDue(a: PipelineTask, b: PipelineTask): number {
  return a.dueAt - b.dueAt || a.id.localeCompare(b.id);
}

function keepEarliest(kept: PipelineTask[], task: PipelineTask, limit: number): void {
  const last = kept[kept.length - 1];
  if (kept.length >= limit && last && byDue(task, last) >= 0) return;
  kept.push(task);
  kept.sort(byDue);
  if (kept.length > limit) kept.pop();
}

export function overdueCount(tasks: Iterable<PipelineTask>, now: number): number {
  let count = 0;
  for (const task of tasks) if (isActiveTask(task) && task.dueAt < now) count += 1;
  return count;
}

/** The toolbar badge has room for about four characters. */
export function overdueBadgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/**
 * When the single alarm should next fire: the earliest active deadline after `now`. The caller
 * re-creates it whenever tasks change and when the service worker starts, so nothing is held only
 * in memory; undefined means no alarm is needed.
 */
export function nextAlarmAt(tasks: Iterable<PipelineTask>, now: number): number | undefined {
  let next: number | undefined;
  for (const task of tasks) {
    if (isActiveTask(task) && task.dueAt > now && (next === undefined || task.dueAt < next)) next = task.dueAt;
  }
  return next;
}
