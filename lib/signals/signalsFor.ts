import type { LeadKitDatabase } from '../db';
import type { Activity } from '../model/activity';
import type { Signals } from '../scoring/scoringLead';
import { activitySignals } from './activitySignals';
import type { SiteVisitRecord } from './visitRecord';
import { listVisits } from './visitStore';

/** Signals for `scoreLead` from stored records; pure, so batches and tests build them the same way. */
export function signalsFromRecords(visits: readonly SiteVisitRecord[], activities: readonly Activity[], now: number): Signals {
  return {
    visits: visits.map((visit) => ({ at: visit.startedAt, seconds: visit.seconds })),
    ...activitySignals(activities, now),
  };
}

/** The adapter scoring uses for one account: its visits and its timeline. */
export async function signalsFor(db: LeadKitDatabase, accountId: string, now = Date.now()): Promise<Signals> {
  const range = IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]);
  const [visits, activities] = await Promise.all([listVisits(db, accountId), db.getAllFromIndex('activities', 'byAccountAt', range)]);
  return signalsFromRecords(visits, activities, now);
}
