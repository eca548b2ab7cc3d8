/**
 * One stay of the rep on a known account's own site (issue #4, behaviour signals). Only sites
 * that are already accounts are ever recorded, and never the URL: the account and how long.
 * Visits are local analytics: they stay on this device and do not go through the sync outbox.
 */
export interface SiteVisitRecord {
  /** The open visit's id, so closing it twice (a restarted worker) stores it once. */
  readonly id: string;
  readonly accountId: string;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly seconds: number;
}

declare module '../db/schema' {
  interface LeadKitDB {
    /** Stays on known accounts' sites (issue #4, v4): local analytics, never synced. */
    visits: { key: string; value: SiteVisitRecord; indexes: { byAccountStartedAt: [string, number] } };
  }
}
