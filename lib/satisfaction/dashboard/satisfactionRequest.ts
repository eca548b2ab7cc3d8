import { z } from 'zod';
import { Period } from '../../dashboard/period';
import type { LeadKitDatabase } from '../../db/open';
import { readSatisfactionInputs } from '../readSatisfaction';
import { satisfactionByRep, type RepSatisfaction, type SatisfactionRange } from '../measures';
import { CHURN_WINDOW_MS, satisfactionEvents, satisfactionReport, type SatisfactionReport } from '../report';

/** The dashboard worker's satisfaction request (lib/dashboard/worker/protocol.ts), checked where it is received. */
export const SatisfactionRequest = z.object({
  id: z.number().int(),
  kind: z.literal('satisfaction'),
  period: Period,
  now: z.number().int().nonnegative(),
});
export type SatisfactionRequest = z.infer<typeof SatisfactionRequest>;

/** The period's figures and the last 90 days' churn risks, from one indexed read. */
export async function satisfactionFor(db: LeadKitDatabase, request: Omit<SatisfactionRequest, 'id' | 'kind'>): Promise<SatisfactionReport> {
  const { period, now } = request;
  const range = { from: Math.max(0, Math.min(period.from, now - CHURN_WINDOW_MS)), to: Math.max(period.to, now + 1) };
  return satisfactionReport(await readSatisfactionInputs(db, range), period, now);
}

/** Each rep's satisfaction over `period`, for the KPI scorecard (issue #24 item 4): the same read and measure as the section. */
export async function satisfactionByRepFor(db: LeadKitDatabase, period: SatisfactionRange): Promise<Map<string, RepSatisfaction>> {
  return satisfactionByRep(satisfactionEvents(await readSatisfactionInputs(db, period)), period);
}
