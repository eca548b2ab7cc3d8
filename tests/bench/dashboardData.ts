/**
 * The dashboard benches' synthetic store (issue 8): 50k accounts and 500k activities shaped like a
 * real team's year. Its own module, free of Node APIs, so the render bench (dashboardRender.ts) can
 * bundle it into an extension page and seed the real IndexedDB there.
 */
import type { Account, Activity, Stage, Task } from '../../lib/model';
import { FUNNEL_STAGES } from '../../lib/model/stage';
import type { DashboardData } from '../../lib/dashboard/metrics/computeDashboard';
import { seededRandom } from '../support/seededRandom';

const DAY = 86_400_000;
export const BENCH_NOW = Date.UTC(2025, 5, 1, 9);


const REPS = ['Li Wei', 'Zhang Min', 'Anna Smith', 'Wang Fang', 'Tom Brown'];
const LOSS_REASONS = ['Price too high', 'Chose a competitor', 'No budget this year', '价格太高', '选择了竞争对手'];
const CONTACT_KINDS = ['call', 'email', 'meeting', 'note'] as const;

/** A store shaped like a real team's year: most leads stall early, some win, a few churn. */
export function syntheticDashboardData(accountCount = 50_000, activityCount = 500_000, seed = 8, now = BENCH_NOW): DashboardData {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const accounts: Account[] = [];
  const activities: Activity[] = [];
  const tasks: Task[] = [];
  const perAccount = activityCount / accountCount;
  let activityId = 0;
  const activity = (accountId: string, kind: Activity['kind'], at: number, extra: Partial<Activity> = {}) => {
    activities.push({ id: `act-${activityId++}`, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content: '', ...extra });
  };
  for (let i = 0; i < accountCount; i++) {
    const id = `acc-${i}`;
    const capturedAt = now - Math.floor(random() * 365 * DAY);
    const rep = pick(REPS);
    const depth = Math.min(5, Math.floor(-Math.log(1 - random() * 0.999) * 1.3));
    let stage: Stage = 'lead';
    let at = capturedAt;
    const startCount = activities.length;
    activity(id, 'capture', capturedAt, { actor: rep });
    for (let d = 1; d <= depth && at < now; d++) {
      at += Math.floor(random() * 20 * DAY);
      if (at >= now) break;
      const to = FUNNEL_STAGES[d]!;
      activity(id, 'stage_change', at, { result: to, stageChange: { accountId: id, from: stage, to, at, by: rep, unmetCriteria: [] } });
      stage = to;
    }
    if ((stage === 'prospect' || stage === 'opportunity' || stage === 'negotiation') && random() < 0.3) {
      at += Math.floor(random() * 10 * DAY);
      if (at < now) {
        const reason = pick(LOSS_REASONS);
        activity(id, 'stage_change', at, { result: 'lost', content: reason, stageChange: { accountId: id, from: stage, to: 'lost', at, by: rep, reason, unmetCriteria: [] } });
        stage = 'lost';
      }
    }
    const target = Math.max(1, Math.round(perAccount * (0.5 + random())));
    while (activities.length - startCount < target && activities.length < activityCount) {
      activity(id, pick(CONTACT_KINDS), capturedAt + Math.floor(random() * (now - capturedAt)), { content: random() < 0.02 ? '客户投诉：交付延迟' : 'follow-up' });
    }
    const won = stage === 'won' || stage === 'renewal';
    accounts.push({
      id,
      createdAt: capturedAt,
      updatedAt: at,
      version: 0,
      name: `Company ${i}`,
      domain: `company${i}.example`,
      stage,
      tags: [],
      phones: [],
      emails: [],
      ownerId: rep,
      annualRevenue: random() < 0.7 ? Math.floor(random() * 5e8) : undefined,
      score: { score: 50, grade: pick(['A', 'B', 'C', 'unscored'] as const), reasons: [], scoredAt: capturedAt, ruleSetVersion: 1 },
      checklist: won ? { contractSigned: { at: at - Math.floor(random() * 2 * DAY) }, deliveryAccepted: { at: at + 5 * DAY }, ...(random() < 0.7 ? { satisfactionSurveyed: { at: at + 7 * DAY } } : {}) } : undefined,
      capturedAt,
    });
    if (stage !== 'lost' && stage !== 'renewal') {
      tasks.push({ id: `task-${i}`, createdAt: at, updatedAt: at, version: 0, accountId: id, title: 'Follow up', dueAt: at + 7 * DAY, status: random() < 0.5 ? 'open' : 'done', assignee: rep });
    }
  }
  return { accounts, activities, tasks };
}
