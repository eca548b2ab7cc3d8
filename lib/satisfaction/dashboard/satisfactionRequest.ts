import { z } from 'zod';
import { Period } from '../../dashboard/period';
import type { LeadKitDatabase } from '../../db/open';
import { readSatisfactionInputs } from '../readSatisfaction';
import { CHURN_WINDOW_MS, satisfactionReport, type SatisfactionReport } from '../report';

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
