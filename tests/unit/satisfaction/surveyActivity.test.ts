import { describe, expect, it } from 'vitest';
import { Activity } from '../../../lib/model/activity';
import { ENTITY_SCHEMAS } from '../../../server/src/sync/entities';

const base = { id: 'a1', createdAt: 1, updatedAt: 1, accountId: 'acc', at: 1 };

describe('survey and complaint activities', () => {
  it('stores a survey with either score or both', () => {
    expect(Activity.parse({ ...base, kind: 'survey', survey: { nps: 10 }, content: 'great' }).survey).toEqual({ nps: 10 });
    expect(Activity.parse({ ...base, kind: 'survey', survey: { csat: 1 } }).survey).toEqual({ csat: 1 });
    expect(Activity.parse({ ...base, kind: 'survey', survey: { nps: 0, csat: 5 } }).survey).toEqual({ nps: 0, csat: 5 });
  });

  it('rejects a survey without scores, or with scores out of range or fractional', () => {
    for (const survey of [undefined, {}, { nps: 11 }, { nps: -1 }, { nps: 7.5 }, { csat: 0 }, { csat: 6 }]) {
      expect(Activity.safeParse({ ...base, kind: 'survey', survey }).success, JSON.stringify(survey)).toBe(false);
    }
  });

  it('keeps complaints and older kinds valid without scores', () => {
    expect(Activity.parse({ ...base, kind: 'complaint', content: 'late delivery' }).kind).toBe('complaint');
    expect(Activity.parse({ ...base, kind: 'call' }).survey).toBeUndefined();
  });

  it('the sync server checks survey activities with the same schema', () => {
    expect(ENTITY_SCHEMAS.activity.safeParse({ ...base, kind: 'survey', survey: { nps: 8 } }).success).toBe(true);
    expect(ENTITY_SCHEMAS.activity.safeParse({ ...base, kind: 'survey' }).success).toBe(false);
    expect(ENTITY_SCHEMAS.activity.safeParse({ ...base, kind: 'complaint' }).success).toBe(true);
  });
});
