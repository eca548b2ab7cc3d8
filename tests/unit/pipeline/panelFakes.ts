import { vi } from 'vitest';
import type { Change } from '../../../lib/db';
import type { Task } from '../../../lib/model';
import type { PipelineDeps } from '../../../lib/pipeline/panel/deps';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { shanghai2025 } from './calendarFixtures';

/** Deps that record every commit; tasks come from a list the test controls. */
export function fakePipelineDeps(now: number, tasks: Task[] = []) {
  const commits: Array<{ accountId: string; changes: Change[] }> = [];
  let ids = 0;
  const listeners: Array<() => void> = [];
  const deps: PipelineDeps = {
    now: () => now,
    newId: () => `id-${++ids}`,
    actor: async () => 'Li Lei',
    config: async () => ({ calendar: shanghai2025, playbook: defaultPlaybook() }),
    tasksFor: async (accountId) => tasks.filter((task) => task.accountId === accountId),
    commit: vi.fn(async (accountId: string, changes: Change[]) => {
      commits.push({ accountId, changes });
    }),
    syncAccount: vi.fn(async () => {}),
    onDataChange: (listener) => void listeners.push(listener),
  };
  return { deps, commits, tasks, changed: () => listeners.forEach((listener) => listener()) };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
