import { signal, type ReadonlySignal } from '@preact/signals';
import type { Change } from '../../db';
import type { ActivityKind, Task } from '../../model';
import { taskErrorLabelKey } from '../labelKeys';
import type { Playbook } from '../playbook/schema';
import { isActiveTask } from '../pipelineTask';
import { completeTask, reassignTask, snoozeTask, type TaskActionResult } from '../taskActions';
import type { PipelineDeps } from './deps';
import { fromLocalInput, toLocalInput } from './localInput';

export type TaskForm =
  | { taskId: string; kind: 'snooze'; reason: string; until: string }
  | { taskId: string; kind: 'reassign'; assignee: string };

export interface NextActionsModel {
  /** The shown account's open and snoozed tasks, soonest first. */
  tasks: ReadonlySignal<Task[]>;
  form: ReadonlySignal<TaskForm | null>;
  error: ReadonlySignal<{ taskId: string; key: string } | null>;
  busy: ReadonlySignal<boolean>;
  /** When the list was read: relative due times are computed from it. */
  now: ReadonlySignal<number>;
  show(accountId: string): void;
  /** `summary` is the action's title as the rep reads it: the completion activity's text. */
  done(task: Task, summary: string): Promise<void>;
  openSnooze(task: Task): void;
  openReassign(task: Task): void;
  editForm(patch: { reason?: string; until?: string; assignee?: string }): void;
  submitForm(): Promise<void>;
  closeForm(): void;
  dispose(): void;
}

/**
 * What completing a task logs: a call when the rule counts a call as doing it (first contact,
 * touches), so the timeline and the exit criteria see the contact; otherwise a note.
 */
export function completionKind(task: Task, playbook: Playbook): ActivityKind {
  const rule = playbook.rules.find((candidate) => candidate.id === task.ruleId);
  return rule?.doneBy.activityKinds.includes('call') ? 'call' : 'note';
}

const DAY_MS = 86_400_000;

export function createNextActionsModel(deps: PipelineDeps): NextActionsModel {
  const tasks = signal<Task[]>([]);
  const form = signal<TaskForm | null>(null);
  const error = signal<{ taskId: string; key: string } | null>(null);
  const busy = signal(false);
  const now = signal(deps.now());
  const controller = new AbortController();
  const synced = new Set<string>();
  let accountId: string | null = null;
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    const id = accountId;
    if (id === null) return;
    if (!synced.has(id)) {
      // Accounts captured while the worker slept get their first actions as soon as they are shown.
      synced.add(id);
      await deps.syncAccount(id).catch((failure: unknown) => console.warn('[leadkit] playbook sync failed', failure));
    }
    const all = await deps.tasksFor(id);
    if (mine !== generation) return;
    now.value = deps.now();
    tasks.value = all.filter(isActiveTask).sort((a, b) => a.dueAt - b.dueAt);
  }

  async function save(task: Task, changes: Change[]): Promise<void> {
    busy.value = true;
    try {
      await deps.commit(task.accountId, changes);
      error.value = null;
      form.value = null;
    } catch (failure) {
      console.error('[leadkit] saving the action failed', failure);
      error.value = { taskId: task.id, key: 'pipelineSaveFailed' };
    } finally {
      busy.value = false;
    }
    await load();
  }

  function write(task: Task, result: TaskActionResult): Promise<void> {
    if (result.ok) return save(task, [{ store: 'tasks', op: 'put', record: result.task }]);
    error.value = { taskId: task.id, key: taskErrorLabelKey(result.error) };
    return Promise.resolve();
  }

  deps.onDataChange(() => void load(), controller.signal);

  return {
    tasks,
    form,
    error,
    busy,
    now,
    show(id) {
      if (id === accountId) return;
      accountId = id;
      tasks.value = [];
      form.value = null;
      error.value = null;
      void load();
    },
    async done(task, summary) {
      const at = deps.now();
      const [actor, config] = await Promise.all([deps.actor(), deps.config()]);
      const result = completeTask(task, { now: at, actor, activityId: deps.newId(), activityKind: completionKind(task, config.playbook), content: summary });
      if (!result.ok) return write(task, result);
      // Task and activity in one commit: the activity is what lets the playbook move on.
      return save(task, [
        { store: 'tasks', op: 'put', record: result.task },
        { store: 'activities', op: 'put', record: result.activity },
      ]);
    },
    openSnooze(task) {
      error.value = null;
      form.value = { taskId: task.id, kind: 'snooze', reason: '', until: toLocalInput(Math.max(task.dueAt, deps.now()) + DAY_MS) };
    },
    openReassign(task) {
      error.value = null;
      form.value = { taskId: task.id, kind: 'reassign', assignee: task.assignee ?? '' };
    },
    editForm(patch) {
      const current = form.value;
      if (current?.kind === 'snooze') form.value = { ...current, reason: patch.reason ?? current.reason, until: patch.until ?? current.until };
      if (current?.kind === 'reassign') form.value = { ...current, assignee: patch.assignee ?? current.assignee };
    },
    async submitForm() {
      const current = form.value;
      const task = tasks.value.find((candidate) => candidate.id === current?.taskId);
      if (!current || !task || busy.value) return;
      const at = deps.now();
      if (current.kind === 'snooze') {
        const until = fromLocalInput(current.until) ?? Number.NaN;
        const result = Number.isFinite(until) ? snoozeTask(task, { until, reason: current.reason, now: at }) : ({ ok: false, error: 'notInFuture' } as const);
        return write(task, result);
      }
      return write(task, reassignTask(task, { assignee: current.assignee, now: at }));
    },
    closeForm() {
      form.value = null;
      error.value = null;
    },
    dispose: () => controller.abort(),
  };
}
