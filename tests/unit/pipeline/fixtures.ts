import type { Activity, ActivityKind } from '../../../lib/model/activity';
import type { Grade } from '../../../lib/model/grade';
import type { Account } from '../../../lib/model/account';
import type { PipelineTask } from '../../../lib/pipeline/pipelineTask';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function account(overrides: Partial<Account> = {}, grade?: Grade): Account {
  return {
    id: 'acc-1',
    createdAt: 0,
    updatedAt: 0,
    version: 0,
    name: 'Acme',
    domain: 'acme.example',
    stage: 'lead',
    tags: [],
    phones: [],
    emails: [],
    capturedAt: Date.parse('2025-03-10T09:00:00+08:00'),
    ...(grade ? { score: { score: grade === 'A' ? 80 : 50, grade, reasons: [], scoredAt: 0, ruleSetVersion: 1 } } : {}),
    ...overrides,
  };
}

let nextActivity = 0;
export function activity(kind: ActivityKind, at: number, overrides: Partial<Activity> = {}): Activity {
  nextActivity += 1;
  return { id: `act-${nextActivity}`, createdAt: at, updatedAt: at, version: 0, accountId: 'acc-1', kind, at, content: '', ...overrides };
}

let nextTask = 0;
export function task(overrides: Partial<PipelineTask> = {}): PipelineTask {
  nextTask += 1;
  return {
    id: `task-${nextTask}`,
    createdAt: 0,
    updatedAt: 0,
    version: 0,
    accountId: 'acc-1',
    title: 'pipelineActionFirstContact',
    dueAt: 0,
    status: 'open',
    ...overrides,
  };
}
