import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import { listVisits, moveVisits, recordVisit } from '../../../lib/signals/visitStore';
import { accountIdForUrl, openVisitItem, startVisitTracking } from '../../../lib/signals/visitTracking';
import { createVisitTracker, type OpenVisit, type VisitTrackerDeps } from '../../../lib/signals/visitTracker';
import type { SiteVisitRecord } from '../../../lib/signals/visitRecord';
import { account } from '../db/fixtures';

const T0 = Date.UTC(2025, 5, 1, 9);
const SECOND = 1000;

/** A tracker over fake deps: `clock` is moved by the test, storage is a plain variable. */
function harness(accounts: Record<string, string> = { 'acme.com': 'acme' }) {
  const state = { clock: T0, open: null as OpenVisit | null, recorded: [] as SiteVisitRecord[], ids: 0 };
  const deps: VisitTrackerDeps = {
    now: () => state.clock,
    newId: () => `visit-${++state.ids}`,
    accountIdFor: async (url) => accounts[new URL(url).hostname.replace(/^www\./, '')] ?? null,
    loadOpen: async () => state.open,
    saveOpen: async (visit) => void (state.open = visit),
    record: async (visit) => {
      if (!state.recorded.some((old) => old.id === visit.id)) state.recorded.push(visit);
    },
  };
  return { state, deps, tracker: createVisitTracker(deps) };
}

describe('visit tracking', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts time on a known account’s site, and nothing for other sites', async () => {
    const { state, tracker } = harness();
    await tracker.observe({ tabId: 1, url: 'https://news.example/today' });
    expect(state.open).toBeNull();
    await tracker.observe({ tabId: 1, url: 'https://www.acme.com/pricing' });
    state.clock += 90 * SECOND;
    await tracker.observe({ tabId: 1, url: 'https://acme.com/contact' }); // same site: same visit
    state.clock += 30 * SECOND;
    await tracker.observe({ tabId: 1, url: 'https://news.example/today' });
    expect(state.recorded).toEqual([{ id: 'visit-1', accountId: 'acme', startedAt: T0, seconds: 120 }]);
    state.clock += 600 * SECOND;
    await tracker.observe(null);
    expect(state.recorded).toHaveLength(1);
  });

  it('ignores glances under 5 s, caps one stay at 30 min, and ends a visit when the rep leaves the browser or closes the tab', async () => {
    const { state, tracker } = harness();
    await tracker.observe({ tabId: 1, url: 'https://acme.com/' });
    state.clock += 4 * SECOND;
    await tracker.observe(null);
    expect(state.recorded).toEqual([]);

    await tracker.observe({ tabId: 2, url: 'https://acme.com/' });
    state.clock += 3 * 3600 * SECOND;
    await tracker.tabClosed(3); // another tab
    expect(state.open).not.toBeNull();
    await tracker.tabClosed(2);
    expect(state.recorded).toEqual([{ id: 'visit-2', accountId: 'acme', startedAt: T0 + 4 * SECOND, seconds: 30 * 60 }]);
    expect(state.open).toBeNull();
  });

  it('a restarted service worker picks the open visit up from storage: not lost, not counted twice', async () => {
    const first = harness();
    await first.tracker.observe({ tabId: 1, url: 'https://acme.com/' });
    // The worker is stopped; a new one starts with the same storage.
    const second = createVisitTracker({ ...first.deps });
    first.state.clock += 200 * SECOND;
    await second.observe({ tabId: 5, url: 'https://other.example/' });
    expect(first.state.recorded).toEqual([{ id: 'visit-1', accountId: 'acme', startedAt: T0, seconds: 200 }]);
    // Stopped between storing the visit and forgetting it: closing it again stores nothing new.
    first.state.open = { id: 'visit-1', accountId: 'acme', tabId: 1, startedAt: T0 };
    first.state.clock += 60 * SECOND;
    await createVisitTracker(first.deps).tabClosed(1);
    expect(first.state.recorded).toHaveLength(1);
  });

  it('in the background: tab events → visits store, only for accounts, with the open visit in storage.session', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const db = await getDB();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'acme', domain: 'acme.com' }) }]);
    expect(await accountIdForUrl('https://shop.acme.com/x')).toBe('acme');
    expect(await accountIdForUrl('https://globex.com/')).toBeNull();
    const onVisit = vi.fn();
    startVisitTracking(onVisit);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.acme.com/', active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: 0 });
    await vi.waitFor(async () => expect(await openVisitItem.getValue()).toMatchObject({ accountId: 'acme', tabId: tab.id }));
    expect(await fakeBrowser.storage.session.get(null)).toHaveProperty('openVisit');
    const { startedAt } = (await openVisitItem.getValue())!;

    vi.setSystemTime(startedAt + 45 * SECOND);
    await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
    await vi.waitFor(async () => expect(await listVisits(db, 'acme')).toEqual([expect.objectContaining({ accountId: 'acme', startedAt, seconds: 45 })]));
    expect(await openVisitItem.getValue()).toBeNull();
    expect(onVisit).toHaveBeenCalledWith(expect.objectContaining({ accountId: 'acme', seconds: 45 }));

    const other = await fakeBrowser.tabs.create({ url: 'https://globex.com/', active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: 0 });
    vi.setSystemTime(startedAt + 500 * SECOND);
    await fakeBrowser.tabs.onRemoved.trigger(other.id!, { windowId: 0, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.count('visits')).toBe(1);
    vi.useRealTimers();
  });

  it('a merge moves one account’s visits to the other, and only those', async () => {
    const db = await getDB();
    const visit = (id: string, accountId: string, startedAt: number): SiteVisitRecord => ({ id, accountId, startedAt, seconds: 60 });
    for (const record of [visit('v1', 'away', T0), visit('v2', 'away', T0 + 1), visit('v3', 'kept', T0 + 2), visit('v4', 'other', T0 + 3)]) await recordVisit(db, record);
    expect(await moveVisits(db, 'away', 'kept')).toBe(2);
    expect((await listVisits(db, 'kept')).map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
    expect(await listVisits(db, 'away')).toEqual([]);
    expect((await listVisits(db, 'other')).map((v) => v.id)).toEqual(['v4']);
    expect(await moveVisits(db, 'away', 'kept')).toBe(0);
  });
});
