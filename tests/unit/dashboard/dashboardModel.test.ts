import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ALERT_SETTINGS } from '../../../lib/dashboard/alertRules';
import { computeDashboard } from '../../../lib/dashboard/metrics/computeDashboard';
import { createDashboardModel, type DashboardDeps } from '../../../lib/dashboard/page/dashboardModel';
import { defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';

const NOW = Date.UTC(2025, 5, 14, 2);
const calendar = defaultCalendar('Asia/Shanghai');

function fakeDeps(overrides: Partial<DashboardDeps> = {}) {
  let onChange: (() => void) | undefined;
  type Aggregate = DashboardDeps['worker']['aggregate'];
  const aggregate = vi.fn<Aggregate>(async (request) => computeDashboard({ accounts: [], activities: [], tasks: [] }, request));
  const deps: DashboardDeps = {
    worker: { aggregate },
    loadContext: async () => ({ timeZone: 'Asia/Shanghai', firstContactHours: 48, calendar }),
    loadAlertSettings: async () => DEFAULT_ALERT_SETTINGS,
    saveAlertSettings: async () => {},
    onDataChange: (listener) => (onChange = listener),
    now: () => NOW,
    ...overrides,
  };
  return { deps, aggregate, change: () => onChange?.() };
}

describe('dashboard model', () => {
  it('asks the worker for this month by default, in the calendar’s zone, and becomes ready', async () => {
    const { deps, aggregate } = fakeDeps();
    const model = createDashboardModel(deps);
    expect(model.state.value.kind).toBe('loading');
    await model.load();
    expect(model.state.value.kind).toBe('ready');
    expect(aggregate.mock.calls[0]![0]).toMatchObject({ period: { from: Date.UTC(2025, 5, 1) - 8 * 3_600_000, to: NOW }, firstContactHours: 48 });
  });

  it('waits for both custom dates, refuses a reversed range, and reloads on data changes', async () => {
    const { deps, aggregate, change } = fakeDeps();
    const model = createDashboardModel(deps);
    await model.load();
    model.setPreset('custom');
    expect(aggregate).toHaveBeenCalledTimes(1);
    model.setCustom('2025-05-10', '2025-05-01');
    await vi.waitFor(() => expect(model.customInvalid.value).toBe(true));
    model.setCustom('2025-05-01', '2025-05-10');
    await vi.waitFor(() => expect(aggregate).toHaveBeenCalledTimes(2));
    change();
    await vi.waitFor(() => expect(aggregate).toHaveBeenCalledTimes(3));
  });

  it('reloads once after a burst of data changes, and shows the load in flight meanwhile', async () => {
    const { deps, aggregate, change } = fakeDeps();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    aggregate.mockImplementationOnce(async (request) => {
      await gate;
      return computeDashboard({ accounts: [], activities: [], tasks: [] }, request);
    });
    const model = createDashboardModel(deps);
    const loading = model.load();
    await vi.waitFor(() => expect(aggregate).toHaveBeenCalledTimes(1));
    for (let i = 0; i < 5; i++) change();
    release();
    await vi.waitFor(() => expect(model.state.value.kind).toBe('ready'));
    await loading;
    expect(aggregate).toHaveBeenCalledTimes(2);
    change();
    await vi.waitFor(() => expect(aggregate).toHaveBeenCalledTimes(3));
  });

  it('shows an error state when the worker fails', async () => {
    const { deps } = fakeDeps({ worker: { aggregate: async () => Promise.reject(new Error('worker crashed')) } });
    const model = createDashboardModel(deps);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await model.load();
    expect(model.state.value).toEqual({ kind: 'error', message: 'worker crashed' });
  });

  it('shows the last open’s figures at once, updating, and then the ones for now', async () => {
    const { deps, aggregate } = fakeDeps();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const keptFigures = computeDashboard({ accounts: [], activities: [], tasks: [] }, { period: { from: 0, to: 1 }, now: 1, firstContactHours: 48, calendar });
    aggregate.mockImplementationOnce(async (request, _onProgress, onKept) => {
      onKept?.(keptFigures);
      await gate;
      return computeDashboard({ accounts: [], activities: [], tasks: [] }, request);
    });
    const model = createDashboardModel(deps);
    const loading = model.load();
    await vi.waitFor(() => expect(model.state.value).toEqual({ kind: 'ready', aggregates: keptFigures }));
    expect(model.refreshing.value).toBe(true);
    release();
    await loading;
    expect(model.state.value.kind === 'ready' && model.state.value.aggregates.computedAt).toBe(NOW);
    expect(model.refreshing.value).toBe(false);
  });
});
