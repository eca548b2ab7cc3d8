import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_RESPONSE_MS,
  complaintCompliance,
  npsOf,
  satisfactionByRep,
  teamSatisfaction,
  type SatisfactionEvent,
} from '../../../lib/satisfaction/measures';

const HOUR = 60 * 60 * 1000;
const range = { from: 1_000 * HOUR, to: 2_000 * HOUR };
const at = (hours: number) => range.from + hours * HOUR;
const survey = (ownerId: string | null, hours: number, scores: { nps?: number; csat?: number }): SatisfactionEvent => ({ kind: 'survey', at: at(hours), ownerId, ...scores });

describe('npsOf', () => {
  it('is promoters minus detractors in whole percent', () => {
    expect(npsOf([10, 5])).toBe(0);
    expect(npsOf([9, 10, 8, 7])).toBe(50);
    expect(npsOf([0, 6, 7, 8])).toBe(-50);
    expect(npsOf([10])).toBe(100);
    expect(npsOf([6])).toBe(-100);
    expect(npsOf([7, 8])).toBe(0);
  });

  it('is null without scores', () => {
    expect(npsOf([])).toBeNull();
  });

  it('rounds halves away from zero, symmetrically and without a negative zero', () => {
    // 1 promoter in 8 = 12.5 %, 1 detractor in 8 = −12.5 %.
    expect(npsOf([10, 7, 7, 7, 7, 7, 7, 7])).toBe(13);
    expect(npsOf([0, 7, 7, 7, 7, 7, 7, 7])).toBe(-13);
    expect(Object.is(npsOf([10, 0, 7]), 0)).toBe(true);
  });
});

describe('satisfactionByRep', () => {
  it('measures NPS and CSAT per owner, with unowned accounts under the empty key', () => {
    const events = [
      survey('ana', 1, { nps: 10, csat: 5 }),
      survey('ana', 2, { nps: 5 }),
      survey('ana', 3, { csat: 2 }),
      survey('bo', 4, { nps: 9 }),
      survey(null, 5, { csat: 4 }),
    ];
    const byRep = satisfactionByRep(events, range);
    expect(byRep.get('ana')).toEqual({ surveys: 3, nps: 0, csatAverage: 3.5, complaints: 0, complaintsAnsweredOnTime: 0, complaintsLate: 0, complaintsOpen: 0 });
    expect(byRep.get('bo')).toMatchObject({ surveys: 1, nps: 100, csatAverage: null });
    expect(byRep.get('')).toMatchObject({ surveys: 1, nps: null, csatAverage: 4 });
  });

  it('counts only what happened in the period, from inclusive and to exclusive', () => {
    const events = [
      { kind: 'survey', at: range.from - 1, ownerId: 'ana', nps: 0 },
      { kind: 'survey', at: range.from, ownerId: 'ana', nps: 10 },
      { kind: 'survey', at: range.to, ownerId: 'ana', nps: 0 },
      { kind: 'complaint', at: range.to, ownerId: 'ana', ref: 'late-one' },
    ] satisfies SatisfactionEvent[];
    expect(satisfactionByRep(events, range).get('ana')).toMatchObject({ surveys: 1, nps: 100, complaints: 0 });
  });

  it('judges each complaint by its first answer against the 24 h deadline', () => {
    const events: SatisfactionEvent[] = [
      { kind: 'complaint', at: at(1), ownerId: 'ana', ref: 'c1' },
      { kind: 'complaintAnswered', at: at(1) + COMPLAINT_RESPONSE_MS, ownerId: 'ana', ref: 'c1' },
      { kind: 'complaint', at: at(2), ownerId: 'ana', ref: 'c2' },
      { kind: 'complaintAnswered', at: at(2) + COMPLAINT_RESPONSE_MS + 1, ownerId: 'ana', ref: 'c2' },
      // A later second answer does not undo an on-time first one.
      { kind: 'complaintAnswered', at: at(2) + 1, ownerId: 'ana', ref: 'c2' },
      { kind: 'complaint', at: at(3), ownerId: 'ana', ref: 'c3' },
      { kind: 'complaintAnswered', at: at(3) + 30 * HOUR, ownerId: 'ana', ref: 'c3' },
      // Unanswered, past due at the end of the period.
      { kind: 'complaint', at: at(4), ownerId: 'ana', ref: 'c4' },
      // Unanswered, still within its deadline when the period ends.
      { kind: 'complaint', at: range.to - HOUR, ownerId: 'ana', ref: 'c5' },
      // An answer to nothing is ignored.
      { kind: 'complaintAnswered', at: at(5), ownerId: 'ana', ref: 'nothing' },
    ];
    const ana = satisfactionByRep(events, range).get('ana')!;
    expect(ana).toMatchObject({ complaints: 5, complaintsAnsweredOnTime: 2, complaintsLate: 2, complaintsOpen: 1 });
    expect(complaintCompliance(ana)).toBe(0.5);
  });

  it('uses a complaint\'s own deadline and judges open ones at `now` when given', () => {
    const events: SatisfactionEvent[] = [{ kind: 'complaint', at: range.to - HOUR, ownerId: 'ana', ref: 'c', dueAt: range.to - 1 }];
    expect(satisfactionByRep(events, range).get('ana')).toMatchObject({ complaintsLate: 1, complaintsOpen: 0 });
    const open = [{ ...events[0]!, dueAt: undefined }];
    expect(satisfactionByRep(open, range).get('ana')).toMatchObject({ complaintsLate: 0, complaintsOpen: 1 });
    expect(satisfactionByRep(open, range, { now: range.to + 2 * COMPLAINT_RESPONSE_MS }).get('ana')).toMatchObject({ complaintsLate: 1, complaintsOpen: 0 });
  });

  it('has no entry for reps without surveys or complaints in the period', () => {
    expect(satisfactionByRep([], range).size).toBe(0);
  });
});

describe('teamSatisfaction', () => {
  it('computes NPS over every score, not as an average of the reps', () => {
    const events = [survey('ana', 1, { nps: 10 }), survey('bo', 2, { nps: 0 }), survey('bo', 3, { nps: 0 }), survey('bo', 4, { nps: 8, csat: 1 })];
    const team = teamSatisfaction(events, range);
    expect(team).toMatchObject({ surveys: 4, nps: -25, csatAverage: 1 });
    expect(teamSatisfaction([], range)).toMatchObject({ surveys: 0, nps: null, csatAverage: null, complaints: 0 });
    expect(complaintCompliance(team)).toBeNull();
  });
});
