import type { SiteVisitRecord } from './visitRecord';
import { visitSeconds } from './visitPolicy';
import { createSerialJobs } from '../background/serialJobs';

/** What the rep is looking at: the active tab of the focused window, or nothing (browser in the background). */
export interface ViewedTab {
  readonly tabId: number;
  readonly url: string | undefined;
}

/** The stay in progress, persisted so a service worker stopped mid-visit resumes it. */
export interface OpenVisit {
  readonly id: string;
  readonly accountId: string;
  readonly tabId: number;
  readonly startedAt: number;
}

export interface VisitTrackerDeps {
  now(): number;
  newId(): string;
  /** The account whose registrable domain this URL is on; null for every other site (never recorded). */
  accountIdFor(url: string): Promise<string | null>;
  loadOpen(): Promise<OpenVisit | null>;
  saveOpen(visit: OpenVisit | null): Promise<void>;
  /** Stores a finished visit (idempotent by id) and re-scores its account. */
  record(visit: SiteVisitRecord): Promise<void>;
}

export interface VisitTracker {
  /** The rep now looks at `viewed` (null: at no page of ours to count). */
  observe(viewed: ViewedTab | null): Promise<void>;
  /** A tab closed: ends the visit if it was in that tab. */
  tabClosed(tabId: number): Promise<void>;
}

/**
 * Time on a known account's site (issue #4). A visit starts when the rep looks at a page of an
 * account's registrable domain and ends when they look elsewhere, leave the browser or close the
 * tab; moving between that site's pages (or its tabs) continues the same visit. Everything runs
 * one event at a time, reading the open visit from storage each time, so a restarted worker
 * neither loses the visit nor counts it twice.
 */
export function createVisitTracker(deps: VisitTrackerDeps): VisitTracker {
  const serial = createSerialJobs('visit tracking');

  async function close(open: OpenVisit): Promise<void> {
    const seconds = visitSeconds(open.startedAt, deps.now());
    if (seconds !== null) await deps.record({ id: open.id, accountId: open.accountId, startedAt: open.startedAt, seconds });
    await deps.saveOpen(null);
  }

  return {
    observe: (viewed) =>
      serial(async () => {
        const open = await deps.loadOpen();
        const accountId = viewed?.url ? await deps.accountIdFor(viewed.url) : null;
        if (open && viewed && accountId === open.accountId) {
          if (open.tabId !== viewed.tabId) await deps.saveOpen({ ...open, tabId: viewed.tabId });
          return;
        }
        if (open) await close(open);
        if (viewed && accountId) await deps.saveOpen({ id: deps.newId(), accountId, tabId: viewed.tabId, startedAt: deps.now() });
      }),
    tabClosed: (tabId) =>
      serial(async () => {
        const open = await deps.loadOpen();
        if (open && open.tabId === tabId) await close(open);
      }),
  };
}
