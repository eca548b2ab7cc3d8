import { describe, expect, it } from 'vitest';
import { COMPLAINT_RESPONSE_MS } from '../../../lib/satisfaction/measures';
import { churnRisks, satisfactionReport, type SatisfactionAccount, type SatisfactionActivity, type SatisfactionTask } from '../../../lib/satisfaction/report';

const DAY = 86_400_000;
const NOW = 400 * DAY;
const period = { from: NOW - 30 * DAY, to: NOW };
let ids = 0;
const survey = (accountId: string, at: number, scores: { nps?: number; csat?: number }, actor?: string): SatisfactionActivity => ({ id: `s${++ids}`, accountId, kind: 'survey', at, survey: scores, ...(actor ? { actor } : {}) });
const complaint = (accountId: string, at: number): SatisfactionActivity => ({ id: `c${++ids}`, accountId, kind: 'complaint', at });
const plan = (accountId: string, triggerAt: number, completedAt: number): SatisfactionTask => ({ accountId, ruleId: 'complaintResponsePlan', status: 'done', triggerAt, completedAt });
const accounts = new Map<string, SatisfactionAccount>([
  ['a1', { id: 'a1', name: 'Acme', stage: 'won', ownerId: 'ana' }],
  ['a2', { id: 'a2', name: 'Globex', stage: 'renewal', ownerId: 'bo' }],
  ['a3', { id: 'a3', name: 'Initech', stage: 'won' }],
  ['a4', { id: 'a4', name: 'Hooli', stage: 'negotiation', ownerId: 'bo' }],
]);

describe('satisfaction report', () => {
  it('measures each rep from the account owner, else who recorded it, and the team over all scores', () => {
    const activities = [
      survey('a1', NOW - DAY, { nps: 10, csat: 5 }),
      survey('a1', NOW - 2 * DAY, { nps: 5, csat: 3 }),
      survey('a2', NOW - DAY, { nps: 8 }),
      survey('a3', NOW - DAY, { csat: 4 }, 'cai'),
      // Before the period: not counted.
      survey('a1', period.from - 1, { nps: 0 }),
    ];
    const report = satisfactionReport({ activities, tasks: [], accounts }, period, NOW);
    expect(report.reps.map((row) => [row.rep, row.measure.surveys, row.measure.nps, row.measure.csatAverage])).toEqual([
      ['ana', 2, 0, 4],
      ['bo', 1, 0, null],
      ['cai', 1, null, 4],
    ]);
    expect(report.team).toMatchObject({ surveys: 4, nps: 0, csatAverage: 4 });
  });

  it('judges complaints by their response-plan task against 24 h', () => {
    const first = NOW - 10 * DAY;
    const second = NOW - 5 * DAY;
    const third = NOW - 3 * DAY;
    const activities = [complaint('a4', first), complaint('a4', second), complaint('a4', third)];
    const tasks: SatisfactionTask[] = [
      plan('a4', first, first + COMPLAINT_RESPONSE_MS - 1),
      plan('a4', second, second + COMPLAINT_RESPONSE_MS + 1),
      // Another rule's done task with the same trigger time answers nothing.
      { ...plan('a4', third, third + 1), ruleId: 'shareNeedsWriteUp' },
    ];
    const report = satisfactionReport({ activities, tasks, accounts }, period, NOW);
    expect(report.reps).toEqual([
      { rep: 'bo', measure: expect.objectContaining({ complaints: 3, complaintsAnsweredOnTime: 1, complaintsLate: 2, complaintsOpen: 0 }), compliance: 1 / 3 },
    ]);
    expect(report.teamCompliance).toBe(1 / 3);
  });

  it('is empty without surveys or complaints', () => {
    const report = satisfactionReport({ activities: [], tasks: [], accounts }, period, NOW);
    expect(report).toMatchObject({ reps: [], team: { surveys: 0, complaints: 0, nps: null }, teamCompliance: null, atRisk: [], atRiskCount: 0 });
  });
});

describe('churn risks', () => {
  it('flags customers whose latest NPS is a detractor, whose latest CSAT is low, or who complained twice in 90 days', () => {
    const activities = [
      survey('a1', NOW - 20 * DAY, { nps: 10 }),
      survey('a1', NOW - 10 * DAY, { nps: 6, csat: 2 }),
      // The latest score counts: a detractor who has since become a promoter is no risk.
      survey('a2', NOW - 20 * DAY, { nps: 3 }),
      survey('a2', NOW - 5 * DAY, { nps: 9 }),
      complaint('a3', NOW - 80 * DAY),
      complaint('a3', NOW - DAY),
      // Not a customer (negotiation): not a churn risk whatever it says.
      survey('a4', NOW - DAY, { nps: 0 }),
      complaint('a4', NOW - DAY),
      complaint('a4', NOW - DAY),
    ];
    expect(churnRisks({ activities, tasks: [], accounts }, NOW)).toEqual([
      { accountId: 'a3', name: 'Initech', rep: '', reasons: ['complaints'], nps: null, complaints: 2 },
      { accountId: 'a1', name: 'Acme', rep: 'ana', reasons: ['detractor', 'lowCsat'], nps: 6, complaints: 0 },
    ]);
  });

  it('forgets what is older than 90 days', () => {
    const activities = [complaint('a3', NOW - 91 * DAY), complaint('a3', NOW - DAY), survey('a1', NOW - 91 * DAY, { nps: 0 })];
    expect(churnRisks({ activities, tasks: [], accounts }, NOW)).toEqual([]);
  });
});
