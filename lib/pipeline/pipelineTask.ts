import type { Task } from '../model/task';

export type TitleParams = Record<string, string | number>;

/** A task as the pipeline writes it; `title` holds a locale key, `titleParams` its values. */
export type PipelineTask = Task;

/** Open and snoozed tasks still need doing; a snoozed task is simply due at its snooze end. */
export function isActiveTask(task: Task): boolean {
  return task.status === 'open' || task.status === 'snoozed';
}
