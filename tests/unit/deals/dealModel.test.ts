import { describe, expect, it } from 'vitest';
import { Deal } from '../../../lib/model';
import { openDeal } from './fixtures';
import { DEFAULT_STAGE_PROBABILITY, probabilityAfterEdit, stageProbabilityTable } from '../../../lib/deals/stageProbability';

describe('Deal schema', () => {
  it('takes a deal with integer minor units and an ISO 4217 currency', () => {
    expect(Deal.parse(openDeal())).toEqual(openDeal());
    expect(Deal.parse({ ...openDeal(), status: undefined }).status).toBe('open');
  });

  it('refuses floats, unknown currencies, bad dates and probabilities out of range', () => {
    const issues = (fields: Record<string, unknown>) => Deal.safeParse({ ...openDeal(), ...fields }).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ amount: 12.5 })).toEqual(['amount']);
    expect(issues({ amount: -1 })).toEqual(['amount']);
    expect(issues({ currency: 'usd' })).toEqual(['currency']);
    expect(issues({ currency: 'XYZ' })).toEqual(['currency']);
    expect(issues({ expectedCloseDate: '2027-02-30' })).toEqual(['expectedCloseDate']);
    expect(issues({ probability: 101 })).toEqual(['probability']);
    expect(issues({ name: '   ' })).toEqual(['name']);
    expect(issues({ grossMargin: 0.5 })).toEqual(['grossMargin']);
  });

  it('needs the day a won or lost deal closed', () => {
    expect(Deal.safeParse(openDeal({ status: 'won' })).success).toBe(false);
    expect(Deal.safeParse(openDeal({ status: 'won', closedOn: '2027-03-01', grossMargin: -100 })).success).toBe(true);
    expect(Deal.safeParse(openDeal({ status: 'lost', closedOn: '2027-03-01', closeReason: 'Price' })).success).toBe(true);
  });
});

describe('stage probabilities', () => {
  it('fills the manager’s table with the defaults, ignoring values that are not percents', () => {
    const table = stageProbabilityTable({ opportunity: 55, negotiation: 120, lead: 'x', bogus: 3 });
    expect(table).toEqual({ ...DEFAULT_STAGE_PROBABILITY, opportunity: 55 });
    expect(stageProbabilityTable(null)).toEqual(DEFAULT_STAGE_PROBABILITY);
  });

  it('gives a new deal or a stage change the stage’s default unless the rep typed one', () => {
    const table = stageProbabilityTable({ negotiation: 75 });
    expect(probabilityAfterEdit(null, { stage: 'negotiation', probability: 0 }, table, false)).toBe(75);
    expect(probabilityAfterEdit({ stage: 'opportunity', probability: 33 }, { stage: 'negotiation', probability: 33 }, table, false)).toBe(75);
    expect(probabilityAfterEdit({ stage: 'opportunity', probability: 33 }, { stage: 'negotiation', probability: 90 }, table, true)).toBe(90);
    expect(probabilityAfterEdit({ stage: 'opportunity', probability: 33 }, { stage: 'opportunity', probability: 33 }, table, false)).toBe(33);
  });
});
