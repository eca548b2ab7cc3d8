/**
 * Runs inside an extension page of the built extension (bundled by dashboardWrites.ts): a day of a
 * team's work since the manager last opened the dashboard, written through the extension's own
 * write path (commitChanges: the records, their outbox mutations and the digest's dirty marks in
 * one transaction each, one transaction per write as the side panel makes them).
 */
import { openLeadKitDB } from '../../lib/db/open';
import { commitChanges, type Change } from '../../lib/db/write';
import type { Account, Activity } from '../../lib/model';
import { FUNNEL_STAGES, type Stage } from '../../lib/model/stage';

export interface BenchWrites {
  writes: number;
  /** Current-stage changes the writes made: the funnel's "now" column moves by these. */
  moves: Array<{ from: Stage; to: Stage }>;
}

export async function makeBenchWrites(now: number, accountCount: number, writes = 220, round = 0): Promise<BenchWrites> {
  const db = await openLeadKitDB();
  const moves: BenchWrites['moves'] = [];
  try {
    for (let i = 0; i < writes; i++) {
      const accountId = `acc-${(i * 7_919 + round * 104_729) % accountCount}`;
      const account = (await db.get('accounts', accountId)) as Account | undefined;
      if (!account) throw new Error(`no ${accountId} in the seeded store`);
      const at = now - (writes - i) * 60_000;
      const base = { createdAt: at, updatedAt: at, version: 0, accountId, at };
      let changes: Change[];
      if (i % 4 === 0) {
        // A stage move: the account and its stage_change activity.
        const rank = FUNNEL_STAGES.indexOf(account.stage as (typeof FUNNEL_STAGES)[number]);
        const to: Stage = rank >= 0 && rank < FUNNEL_STAGES.length - 1 ? FUNNEL_STAGES[rank + 1]! : account.stage === 'lead' ? 'prospect' : 'lost';
        if (to === account.stage) continue;
        moves.push({ from: account.stage, to });
        const move: Activity = { id: `bench-w-${round}-${i}`, ...base, kind: 'stage_change', content: '', result: to, actor: 'Bench', stageChange: { accountId, from: account.stage, to, at, by: 'Bench', unmetCriteria: [] } };
        changes = [
          { store: 'accounts', op: 'put', record: { ...account, stage: to, updatedAt: at } },
          { store: 'activities', op: 'put', record: move },
        ];
      } else if (i % 4 === 3) {
        changes = [{ store: 'tasks', op: 'put', record: { id: `bench-t-${round}-${i}`, createdAt: at, updatedAt: at, version: 0, accountId, title: 'Call back', dueAt: at + 86_400_000, status: 'open', assignee: 'Bench' } }];
      } else {
        const record: Activity = { id: `bench-w-${round}-${i}`, ...base, kind: i % 4 === 1 ? 'call' : 'note', content: 'follow-up', actor: 'Bench' };
        changes = [{ store: 'activities', op: 'put', record }];
      }
      await commitChanges(db, changes, at);
    }
  } finally {
    db.close();
  }
  return { writes, moves };
}
