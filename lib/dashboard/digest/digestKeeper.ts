import { onDbChange, type DbChange } from '../../db/changes';
import { DIGEST_SOURCES } from '../../db/dirtyAccounts';
import type { LeadKitDatabase } from '../../db/open';
import { buildDigest, marksCallForBuild, refreshDigest } from './digestStore';

/** How long after a write (or its own start) the background brings the digest up to date (writes in between ride along). */
export const DIGEST_KEEPER_DELAY_MS = 2_000;

export interface DigestKeeperDeps {
  db(): Promise<LeadKitDatabase>;
  /** Committed writes in any extension context (lib/db/changes.ts). */
  onChange(listener: (change: DbChange) => void): void;
  setTimeout(run: () => void, ms: number): unknown;
}

/**
 * Keeps the dashboard's digest current from the background (issue #8: the dashboard opens in ≤ 1 s).
 * Every write marks the accounts whose rows it changes; the dashboard rebuilds the marked rows when it
 * opens, at ~0.5–1.5 ms an account in Chromium. A day of capture, a sync pull of the team's changes or
 * the playbook's tasks mark hundreds, so the background rebuilds them itself, 2 s after a write,
 * reading only the pages they are on. Not "after the writes stop": the background's own writes (the
 * playbook after a re-score of every account) can go on for minutes and would put it off all along.
 * A digest not built yet (a new install, the upgrade that added it, a new digest version) is built
 * here too, soon after the worker starts, so the manager's first open does not wait ~5 s for it
 * with 50k accounts. A worker stopped before its turn leaves the marks (or the build) to the open.
 */
/** The keeper's one question from outside: when the refresh under way (if any) is done. */
export interface DigestKeeper {
  idle(): Promise<void>;
}

export function keepDigestCurrent(deps: DigestKeeperDeps, delayMs = DIGEST_KEEPER_DELAY_MS): DigestKeeper {
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  const refresh = async () => {
    const db = await deps.db();
    if (await marksCallForBuild(db)) return void (await (await buildDigest(db)).saved);
    const refreshed = await refreshDigest(db, 'dirty');
    if (refreshed) await refreshed.saved;
    else await (await buildDigest(db)).saved;
  };
  const run = () => {
    timer = null;
    // One refresh at a time; writes during it are marked again and get the next turn.
    if (running) return void running.then(schedule);
    running = refresh()
      .catch((error: unknown) => console.warn('[leadkit] keeping the dashboard digest current failed', error))
      .finally(() => (running = null));
  };
  const schedule = () => {
    if (timer === null) timer = deps.setTimeout(run, delayMs);
  };
  deps.onChange((change) => {
    if (change.stores.some((store) => DIGEST_SOURCES.has(store))) schedule();
  });
  // At start: build a digest that is missing (a stored one costs two small reads to check).
  schedule();
  return { idle: () => running ?? Promise.resolve() };
}

/** The background's keeper, on the real database and the change channel. */
export function startDigestKeeper(db: () => Promise<LeadKitDatabase>): void {
  void keepDigestCurrent({ db, onChange: (listener) => onDbChange(listener), setTimeout: (run, ms) => setTimeout(run, ms) });
}
