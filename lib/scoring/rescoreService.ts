import { browser } from 'wxt/browser';
import { getDB, onDbChange } from '../db';
import { accountIdsChangedSince } from './rescore/changedAccounts';
import { changesSweptAtItem, fullRescoreItem, fullRescoreNeeded, FULL_RESCORE_EVERY_MINUTES } from './rescore/rescoreProgress';
import { createSerialJobs } from '../background/serialJobs';
import { rescoreAccounts, rescoreAllStored } from './rescore/rescoreStored';
import { wholeStoreWins, type WholeStoreThreshold } from '../db/wholeStore';
import type { OwnWrites } from './rescore/writeScores';
import { pruneScores } from './store/pruneScores';
import { loadRuleSetState, watchRuleSet } from './store/ruleSetStore';
import { ruleSetKey, type RuleSetState } from './store/ruleSetState';

/**
 * When the sweep of changed accounts becomes one full re-score (issue #4). The sweep looks each
 * changed account's records up one by one, and a large sweep keeps IndexedDB busy for the side
 * panel and the dashboard meanwhile; a full re-score reads every account in id ranges, an order of
 * magnitude cheaper per account. So past about one changed account in thirty the full run reaches
 * the same scores sooner; below 500 changes either is quick (`tests/bench/rescore.ts` measures both).
 */
export const SWEEP_AS_FULL_RESCORE: WholeStoreThreshold = { min: 500, share: 1 / 30 };

export const RESCORE_ALARM = 'leadkit-rescore';
/** Writes committed just before a sweep may carry an `updatedAt` a little older than it. */
const SWEEP_OVERLAP_MS = 10_000;

export interface RescoreService {
  /** Re-score one account now (e.g. after recording a visit to its site). */
  rescoreAccount(accountId: string): void;
}

/**
 * The background's re-scoring (issue #4). A new rule set (any context's save) re-scores every
 * account in batches, aborting a run under the old rules; an account whose record, contacts,
 * activities or visits change is re-scored alone; an alarm re-scores all every few hours, since
 * behaviour points decay with time. Jobs run one at a time and a failed one never stops the next.
 * Listeners are registered synchronously so the event that woke the worker is delivered.
 */
export function startRescoreService(onGradesChanged: (accountIds: string[]) => void = () => {}): RescoreService {
  let state: Promise<RuleSetState> = loadRuleSetState();
  let fullRun: AbortController | null = null;
  let sweepQueued = false;
  const ownWrites: OwnWrites = new Map();
  const run = createSerialJobs('re-scoring');

  const full = (after: string | null) => {
    fullRun?.abort();
    const controller = new AbortController();
    fullRun = controller;
    run(async () => {
      const { compiled, ruleSet } = await state;
      const key = ruleSetKey(ruleSet);
      const startedAt = Date.now();
      await fullRescoreItem.setValue({ ruleSetKey: key, startedAt, after, completedAt: null });
      const report = await rescoreAllStored(await getDB(), compiled, {
        now: startedAt,
        startAfter: after,
        signal: controller.signal,
        ownWrites,
        onBatch: (lastId) => fullRescoreItem.setValue({ ruleSetKey: key, startedAt, after: lastId, completedAt: null }),
      });
      if (report.gradeChangedIds.length > 0) onGradesChanged(report.gradeChangedIds);
      if (report.complete) {
        await fullRescoreItem.setValue({ ruleSetKey: key, startedAt, after: null, completedAt: Date.now() });
        // Housekeeping once every score is stored: drop those of accounts deleted since.
        run(async () => void (await pruneScores(await getDB())));
      }
    });
  };

  const sweep = () => {
    if (sweepQueued) return;
    sweepQueued = true;
    run(async () => {
      sweepQueued = false;
      const startedAt = Date.now();
      const sweptAt = await changesSweptAtItem.getValue();
      if (!(sweptAt > 0)) {
        // Never swept: the full run queued at start covers every account.
        await changesSweptAtItem.setValue(startedAt);
        return;
      }
      const since = Math.max(0, Math.min(sweptAt, startedAt) - SWEEP_OVERLAP_MS);
      const db = await getDB();
      const ids = await accountIdsChangedSince(db, since, ownWrites);
      if (await wholeStoreWins(ids.size, SWEEP_AS_FULL_RESCORE, () => db.count('accounts'))) {
        // A bulk change (an import, a first sync pull): the full run, queued next, covers them all.
        full(null);
        await changesSweptAtItem.setValue(startedAt);
        return;
      }
      const report = await rescoreAccounts(db, (await state).compiled, ids, startedAt, ownWrites);
      if (report.gradeChangedIds.length > 0) onGradesChanged(report.gradeChangedIds);
      await changesSweptAtItem.setValue(startedAt);
    });
  };

  watchRuleSet((next) => {
    state = Promise.resolve(next);
    full(null);
  });
  onDbChange(({ stores }) => {
    if (stores.includes('accounts') || stores.includes('contacts') || stores.includes('activities')) sweep();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESCORE_ALARM) full(null);
  });
  void browser.alarms.get(RESCORE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(RESCORE_ALARM, { periodInMinutes: FULL_RESCORE_EVERY_MINUTES });
  });

  // At start: finish or redo a run the last worker left, then catch up on changes made while asleep.
  run(async () => {
    const { ruleSet } = await state;
    const needed = fullRescoreNeeded(await fullRescoreItem.getValue(), ruleSetKey(ruleSet), Date.now());
    if (needed.run) full(needed.after);
  });
  sweep();

  return {
    rescoreAccount(accountId) {
      run(async () => {
        const report = await rescoreAccounts(await getDB(), (await state).compiled, [accountId], Date.now(), ownWrites);
        if (report.gradeChangedIds.length > 0) onGradesChanged(report.gradeChangedIds);
      });
    },
  };
}
