import type { Account, Activity, ActivityKind, Grade, Stage, StageChecklist, Task } from '../../../lib/model';

/** Builds small stores for the dashboard's metric tests: accounts, their timelines and tasks. */
export class StoreBuilder {
  readonly accounts: Account[] = [];
  readonly activities: Activity[] = [];
  readonly tasks: Task[] = [];
  private sequence = 0;

  account(
    id: string,
    fields: { capturedAt: number; stage?: Stage; grade?: Grade; ownerId?: string; checklist?: StageChecklist; annualRevenue?: number; name?: string },
  ): this {
    this.accounts.push({
      id,
      createdAt: fields.capturedAt,
      updatedAt: fields.capturedAt,
      version: 0,
      name: fields.name ?? `Account ${id}`,
      domain: `${id}.example`,
      stage: fields.stage ?? 'lead',
      tags: [],
      phones: [],
      emails: [],
      ownerId: fields.ownerId,
      annualRevenue: fields.annualRevenue,
      checklist: fields.checklist,
      score: fields.grade ? { score: 0, grade: fields.grade, reasons: [], scoredAt: fields.capturedAt, ruleSetVersion: 1 } : undefined,
      capturedAt: fields.capturedAt,
    });
    return this;
  }

  /** A move in the stage history; also sets the account's current stage. */
  move(accountId: string, from: Stage, to: Stage, at: number, by = 'Li', reason?: string): this {
    this.activities.push({
      id: `a${this.sequence++}`,
      createdAt: at,
      updatedAt: at,
      version: 0,
      accountId,
      kind: 'stage_change',
      at,
      content: reason ?? '',
      result: to,
      actor: by,
      stageChange: { accountId, from, to, at, by, unmetCriteria: [], ...(reason ? { reason } : {}) },
    });
    const account = this.accounts.find((a) => a.id === accountId);
    if (account) account.stage = to;
    return this;
  }

  touch(accountId: string, kind: ActivityKind, at: number, content = ''): this {
    this.activities.push({ id: `a${this.sequence++}`, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content });
    return this;
  }

  task(accountId: string, dueAt: number, status: Task['status'], assignee?: string): this {
    this.tasks.push({ id: `t${this.sequence++}`, createdAt: 0, updatedAt: 0, version: 0, accountId, title: 'Call', dueAt, status, assignee });
    return this;
  }
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** March `day`, 2025, 00:00 UTC (March 1st 2025 is a Saturday). */
export const march = (day: number, hours = 0) => Date.UTC(2025, 2, day, hours);
