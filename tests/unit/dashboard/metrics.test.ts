import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../lib/dashboard/metrics/computeDashboard';
import { defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';
import { DAY, march, StoreBuilder } from './storeBuilder';

const feb = (day: number, hours = 0) => Date.UTC(2025, 1, day, hours);
const jan = (day: number) => Date.UTC(2025, 0, day);

/**
 * One constructed month (March 2025, UTC, Monday–Friday), every expected number worked out by hand
 * in the comments. "Now" is March 31st, 12:00.
 */
function marchStore(): StoreBuilder {
  return (
    new StoreBuilder()
      // a1: the whole funnel in March; first contact after 1 day; contract ticked Wed 10:00, won Thu 00:00.
      .account('a1', { capturedAt: march(1), grade: 'A', ownerId: 'Li', checklist: { contractSigned: { at: march(19, 10) } } })
      .move('a1', 'lead', 'prospect', march(3))
      .move('a1', 'prospect', 'opportunity', march(10))
      .move('a1', 'opportunity', 'negotiation', march(15))
      .move('a1', 'negotiation', 'won', march(20))
      .touch('a1', 'call', march(2))
      // a2: first contact after 72 h (missed), lost on price.
      .account('a2', { capturedAt: march(2), grade: 'B', ownerId: 'Li' })
      .move('a2', 'lead', 'prospect', march(5))
      .move('a2', 'prospect', 'lost', march(12), 'Li', 'Price too high')
      .touch('a2', 'email', march(5))
      // a3: a C lead nobody called (C leads have no first-contact deadline).
      .account('a3', { capturedAt: march(4), grade: 'C', ownerId: 'Li' })
      // a4: contacted within the hour, now an opportunity; one overdue task.
      .account('a4', { capturedAt: march(10), grade: 'A', ownerId: 'Ann' })
      .move('a4', 'lead', 'prospect', march(11), 'Ann')
      .move('a4', 'prospect', 'opportunity', march(20), 'Ann')
      .touch('a4', 'call', march(10, 1))
      .task('a4', march(25), 'open')
      .task('a4', march(26), 'done')
      .task('a4', march(40), 'open')
      // a5: captured in February, opportunity in March, lost (the same reason, spelled differently).
      .account('a5', { capturedAt: feb(1), grade: 'B' })
      .move('a5', 'lead', 'prospect', feb(5))
      .move('a5', 'prospect', 'opportunity', march(2))
      .move('a5', 'opportunity', 'lost', march(25), 'Li', ' price  too high ')
      // a6: an A lead captured yesterday: its 48 h are still running.
      .account('a6', { capturedAt: march(30), grade: 'A', ownerId: 'Ann' })
      // a7: disqualified the next day; never scored.
      .account('a7', { capturedAt: march(6), ownerId: 'Ann' })
      .move('a7', 'lead', 'disqualified', march(7), 'Ann', 'Student project')
      // a8–a10: customers won in February; deliveries accepted in March.
      .account('a8', { capturedAt: jan(5), checklist: { deliveryAccepted: { at: march(3, 9) }, satisfactionSurveyed: { at: march(7, 9) } } })
      .move('a8', 'negotiation', 'won', feb(20))
      .account('a9', { capturedAt: jan(6), checklist: { deliveryAccepted: { at: march(10, 9) }, satisfactionSurveyed: { at: march(12, 9) } } })
      .move('a9', 'negotiation', 'won', feb(21))
      .account('a10', { capturedAt: jan(7), checklist: { deliveryAccepted: { at: march(28, 9) } } })
      .move('a10', 'negotiation', 'won', feb(22))
      // a11: won Friday 09:00, contract ticked Monday 15:00: after the 1-working-day deadline (Mon 09:00).
      .account('a11', { capturedAt: feb(1), checklist: { contractSigned: { at: march(17, 15) } } })
      .move('a11', 'negotiation', 'won', march(14, 9))
  );
}

const NOW = march(31, 12);
const context = { period: { from: march(1), to: march(32) }, now: NOW, firstContactHours: 48, calendar: defaultCalendar('UTC') };
const compute = () => {
  const store = marchStore();
  return computeDashboard(store, context);
};

describe('dashboard metrics on a constructed month', () => {
  it('counts entries per stage in the period, and the stages accounts are in now', () => {
    const stages = Object.fromEntries(compute().funnel.stages.map((row) => [row.stage, [row.entered, row.current]]));
    expect(stages).toEqual({
      lead: [6, 2], // a1 a2 a3 a4 a6 a7 entered; a3 a6 still there
      prospect: [3, 0], // a1 a2 a4
      opportunity: [3, 1], // a1 a4 a5; a4 still there
      negotiation: [1, 0], // a1
      won: [2, 5], // a1 a11 won in March; a1 a8 a9 a10 a11 are customers
      renewal: [0, 0],
      nurture: [0, 0],
      lost: [2, 2], // a2 a5
      disqualified: [1, 1], // a7
    });
  });

  it('converts between consecutive stages by cohort: entered X in the period, later reached Y', () => {
    expect(compute().funnel.conversions.map(({ from, to, entered, reached, rate }) => [`${from}>${to}`, entered, reached, rate])).toEqual([
      ['lead>prospect', 6, 3, 0.5], // a1 a2 a4 of six
      ['prospect>opportunity', 3, 2, 2 / 3], // a1 a4; a2 was lost
      ['opportunity>negotiation', 3, 1, 1 / 3], // a1; a4 still there, a5 lost
      ['negotiation>won', 1, 1, 1],
      ['won>renewal', 2, 0, 0],
    ]);
  });

  it('averages time in stage over stays that began in the period, open stays up to now', () => {
    const days = Object.fromEntries(compute().funnel.stages.map((row) => [row.stage, row.avgTimeInStageMs === null ? null : row.avgTimeInStageMs / DAY]));
    expect(days.lead).toBeCloseTo((2 + 3 + 27.5 + 1 + 1.5 + 1) / 6, 10);
    expect(days.prospect).toBeCloseTo((7 + 7 + 9) / 3, 10);
    expect(days.opportunity).toBeCloseTo((5 + 11.5 + 23) / 3, 10);
    expect(days.negotiation).toBe(5);
    expect(days.won).toBeCloseTo((11.5 + 17.125) / 2, 10);
    expect(days.renewal).toBeNull();
  });

  it('lead-to-won: of the leads captured in the period, the share won; cycle: capture to first win, for wins in the period', () => {
    const { leadToWon } = compute();
    expect(leadToWon).toMatchObject({ leads: 6, won: 1, rate: 1 / 6, cycleCount: 2 });
    expect(leadToWon.avgCycleMs! / DAY).toBeCloseTo((19 + 41.375) / 2, 10);
    expect(leadToWon.medianCycleMs).toBe(leadToWon.avgCycleMs);
  });

  it('service levels: first contact (A/B, 48 h), entry (1 working day), survey (3 working days)', () => {
    const { serviceLevels } = compute();
    expect(serviceLevels.firstContact).toEqual({ met: 2, missed: 1, pending: 1, rate: 2 / 3 }); // a1 a4 met, a2 late, a6 running
    expect(serviceLevels.entry).toEqual({ met: 1, missed: 1, pending: 0, rate: 0.5 }); // a1 met, a11 late
    expect(serviceLevels.survey).toEqual({ met: 1, missed: 1, pending: 1, rate: 0.5 }); // a9 met, a8 a day late, a10 running
  });

  it('a shorter first-contact SLA from settings judges the same contacts stricter', () => {
    const strict = computeDashboard(marchStore(), { ...context, firstContactHours: 2 });
    expect(strict.serviceLevels.firstContact).toEqual({ met: 1, missed: 3, pending: 0, rate: 0.25 }); // only a4 within 2 h
  });

  it('grades: distribution of the period’s leads and how each grade converts', () => {
    expect(compute().grades).toEqual([
      { grade: 'A', count: 3, reachedProspect: 2, won: 1, prospectRate: 2 / 3, wonRate: 1 / 3 },
      { grade: 'B', count: 1, reachedProspect: 1, won: 0, prospectRate: 1, wonRate: 0 },
      { grade: 'C', count: 1, reachedProspect: 0, won: 0, prospectRate: 0, wonRate: 0 },
      { grade: 'unscored', count: 1, reachedProspect: 0, won: 0, prospectRate: 0, wonRate: 0 },
    ]);
  });

  it('win/loss by reason: moves in the period, reasons grouped case- and space-insensitively', () => {
    expect(compute().outcomes).toEqual({
      won: 2,
      lost: 2,
      disqualified: 1,
      winRate: 0.5,
      reasons: [
        { outcome: 'lost', reason: 'Price too high', count: 2 },
        { outcome: 'disqualified', reason: 'Student project', count: 1 },
      ],
    });
  });

  it('per rep: owner, else the last mover; overdue tasks by assignee, else the account’s rep', () => {
    const { reps, overdueTasks } = compute();
    expect(overdueTasks).toBe(1);
    expect(reps.map((row) => ({ ...row, avgCycleMs: row.avgCycleMs === null ? null : row.avgCycleMs / DAY }))).toEqual([
      { rep: 'Li', captured: 3, won: 2, leadToWonRate: 1 / 3, firstContact: { met: 1, missed: 1, pending: 0, rate: 0.5 }, avgCycleMs: 30.1875, overdueTasks: 0 },
      { rep: 'Ann', captured: 3, won: 0, leadToWonRate: 0, firstContact: { met: 1, missed: 0, pending: 1, rate: 1 }, avgCycleMs: null, overdueTasks: 1 },
    ]);
  });

  it('no per-rep table when the data names one rep or none', () => {
    const store = new StoreBuilder().account('x', { capturedAt: march(2), ownerId: 'Li' }).account('y', { capturedAt: march(3) });
    expect(computeDashboard(store, context).reps).toEqual([]);
  });

  it('an empty store gives zeros and null rates, not NaN', () => {
    const empty = computeDashboard({ accounts: [], activities: [], tasks: [] }, context);
    expect(empty.leadToWon).toEqual({ leads: 0, won: 0, rate: null, cycleCount: 0, avgCycleMs: null, medianCycleMs: null });
    expect(empty.funnel.conversions.every((row) => row.rate === null)).toBe(true);
    expect(empty.serviceLevels.firstContact.rate).toBeNull();
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });

  it('ignores activities of unknown accounts and stays in order whatever the activity order', () => {
    const store = marchStore();
    store.activities.reverse();
    store.touch('ghost', 'call', march(3));
    expect(computeDashboard(store, context).funnel).toEqual(compute().funnel);
  });
});
