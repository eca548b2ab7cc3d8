import { describe, expect, it } from 'vitest';
import { openLeadKitDB } from '../../../lib/db';
import { ForecastSettings } from '../../../lib/deals/forecastSettings';
import { DEFAULT_KPI_SETTINGS } from '../../../lib/kpi/kpiSettings';
import { scorecardFor } from '../../../lib/kpi/scorecardRequest';
import type { Activity } from '../../../lib/model';
import { satisfactionByRepFor } from '../../../lib/satisfaction/dashboard/satisfactionRequest';
import { account } from '../db/fixtures';

const DAY = 86_400_000;
const NOW = 500 * DAY;
const survey = (id: string, accountId: string, at: number, scores: Activity['survey']): Activity => ({ id, createdAt: at, updatedAt: at, version: 0, accountId, kind: 'survey', at, content: '', survey: scores });

describe('the KPI scorecard measures satisfaction from the surveys recorded (issue #24 items 3–4)', () => {
  it("scores each rep's CSAT of the period, and says when no survey was answered", async () => {
    const db = await openLeadKitDB('kpi-satisfaction');
    await db.put('accounts', account({ id: 'a1', domain: 'acme.com', stage: 'won', ownerId: 'Ann' }));
    await db.put('accounts', account({ id: 'a2', domain: 'globex.com', stage: 'won', ownerId: 'Bo' }));
    await db.put('activities', survey('s1', 'a1', NOW - 2 * DAY, { csat: 5, nps: 10 }));
    await db.put('activities', survey('s2', 'a1', NOW - 3 * DAY, { csat: 4 }));
    await db.put('activities', survey('s-old', 'a2', NOW - 90 * DAY, { csat: 1 }));
    const period = { from: NOW - 30 * DAY, to: NOW };
    const request = {
      period,
      timeZone: 'UTC',
      forecastSettings: ForecastSettings.parse({}),
      kpiSettings: DEFAULT_KPI_SETTINGS,
      reps: [{ rep: 'Ann', newCustomers: 0, leadConversion: 0, process: 0 }, { rep: 'Bo', newCustomers: 0, leadConversion: 0, process: 0 }],
    };
    const scorecard = scorecardFor([], request, await satisfactionByRepFor(db, period));
    expect(scorecard.satisfactionMeasured).toBe(true);
    const byRep = Object.fromEntries(scorecard.rows.map((row) => [row.rep, row.parts.satisfaction]));
    // Ann: CSAT 4.5 against the default 4.5 target; Bo's only survey is outside the period.
    expect(byRep.Ann).toMatchObject({ measured: 4.5, basis: 'csat' });
    expect(byRep.Ann!.contribution).not.toBeNull();
    expect(byRep.Bo).toMatchObject({ measured: null, contribution: null });

    const empty = scorecardFor([], request, await satisfactionByRepFor(db, { from: NOW, to: NOW + DAY }));
    expect(empty.satisfactionMeasured).toBe(false);
    db.close();
  });
});
