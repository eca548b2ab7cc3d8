import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { WorkCalendar } from '../../pipeline/calendar/workCalendar';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../alertRules';
import { evaluateAlerts, type AlertBreach } from '../alerts';
import type { DashboardAggregates } from '../metrics/aggregates';
import { customPeriod, presetPeriod, type Period, type PeriodPreset } from '../period';
import type { ProgressStage } from '../worker/protocol';
import type { DashboardWorkerClient } from '../worker/workerClient';

export interface DashboardContext {
  timeZone: string;
  firstContactHours: number;
  calendar: WorkCalendar;
}

export interface DashboardDeps {
  worker: Pick<DashboardWorkerClient, 'aggregate'>;
  loadContext(): Promise<DashboardContext>;
  loadAlertSettings(): Promise<AlertSettings>;
  saveAlertSettings(settings: AlertSettings): Promise<void>;
  onDataChange(listener: () => void, signal: AbortSignal): void;
  now(): number;
}

export type DashboardState =
  /** `share`: of the first-ever open's reading of every record (0…1). */
  | { kind: 'loading'; stage?: ProgressStage; done?: number; share?: number }
  | { kind: 'ready'; aggregates: DashboardAggregates }
  | { kind: 'error'; message: string };

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface DashboardModel {
  preset: ReadonlySignal<PeriodPreset>;
  custom: ReadonlySignal<{ from: string; to: string }>;
  state: ReadonlySignal<DashboardState>;
  /** A reload is running while the last figures stay on screen. */
  refreshing: ReadonlySignal<boolean>;
  customInvalid: ReadonlySignal<boolean>;
  alertSettings: ReadonlySignal<AlertSettings>;
  alertSave: ReadonlySignal<SaveState>;
  breaches: ReadonlySignal<AlertBreach[]>;
  timeZone: ReadonlySignal<string>;
  load(): Promise<void>;
  setPreset(preset: PeriodPreset): void;
  setCustom(from: string, to: string): void;
  saveAlertSettings(settings: AlertSettings): Promise<void>;
  dispose(): void;
}

/** The dashboard page's state: the period, the worker's aggregates, the alert thresholds. */
export function createDashboardModel(deps: DashboardDeps): DashboardModel {
  const preset = signal<PeriodPreset>('thisMonth');
  const custom = signal({ from: '', to: '' });
  const state = signal<DashboardState>({ kind: 'loading' });
  const refreshing = signal(false);
  const customInvalid = signal(false);
  const alertSettings = signal<AlertSettings>(DEFAULT_ALERT_SETTINGS);
  const alertSave = signal<SaveState>('idle');
  const timeZone = signal('UTC');
  const controller = new AbortController();
  let context: Promise<DashboardContext> | null = null;
  let generation = 0;

  const breaches = computed(() => {
    const current = state.value;
    return current.kind === 'ready' ? evaluateAlerts(current.aggregates, alertSettings.value, {}, current.aggregates.computedAt).breaches : [];
  });

  function periodFor(ctx: DashboardContext, now: number): Period | null {
    if (preset.value !== 'custom') return presetPeriod(preset.value, now, ctx.timeZone);
    return customPeriod(custom.value.from, custom.value.to, ctx.timeZone);
  }

  let running: Promise<void> | null = null;
  let changedWhileRunning = false;

  /** One load; a newer one (another period) makes its result moot. */
  async function loadOnce(): Promise<void> {
    const mine = ++generation;
    try {
      context ??= deps.loadContext();
      const ctx = await context;
      timeZone.value = ctx.timeZone;
      const now = deps.now();
      const period = periodFor(ctx, now);
      customInvalid.value = period === null;
      if (!period) return;
      if (state.value.kind === 'ready') refreshing.value = true;
      else state.value = { kind: 'loading' };
      const aggregates = await deps.worker.aggregate(
        { period, now, firstContactHours: ctx.firstContactHours, calendar: ctx.calendar },
        (stage, done, _total, share) => {
          if (mine === generation && state.value.kind === 'loading') state.value = { kind: 'loading', stage, done, share };
        },
        // The last open's figures (the store unchanged since) show at once; the ones for now replace them.
        (kept) => {
          if (mine !== generation || state.value.kind !== 'loading') return;
          state.value = { kind: 'ready', aggregates: kept };
          refreshing.value = true;
        },
      );
      if (mine === generation) state.value = { kind: 'ready', aggregates };
    } catch (error) {
      console.error('[leadkit] computing the dashboard failed', error);
      if (mine === generation) state.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    } finally {
      if (mine === generation) refreshing.value = false;
    }
  }

  async function load(): Promise<void> {
    const run = loadOnce();
    running = run;
    await run;
    if (running !== run) return;
    running = null;
    if (changedWhileRunning) {
      changedWhileRunning = false;
      await load();
    }
  }

  // A burst of writes (a sync pull, an import, the background's playbook) announces one change per
  // transaction: the load in flight finishes and shows, then one more load reads what changed,
  // instead of every change restarting a read of the whole store and nothing ever showing.
  deps.onDataChange(() => {
    if (running) changedWhileRunning = true;
    else void load();
  }, controller.signal);
  void deps.loadAlertSettings().then(
    (settings) => (alertSettings.value = settings),
    (error: unknown) => console.warn('[leadkit] loading alert settings failed', error),
  );

  return {
    preset,
    custom,
    state,
    refreshing,
    customInvalid,
    alertSettings,
    alertSave,
    breaches,
    timeZone,
    load,
    setPreset(next) {
      preset.value = next;
      if (next !== 'custom' || (custom.value.from && custom.value.to)) void load();
    },
    setCustom(from, to) {
      custom.value = { from, to };
      if (from && to) void load();
    },
    async saveAlertSettings(settings) {
      alertSave.value = 'saving';
      try {
        await deps.saveAlertSettings(settings);
        alertSettings.value = settings;
        alertSave.value = 'saved';
      } catch (error) {
        console.error('[leadkit] saving alert settings failed', error);
        alertSave.value = 'failed';
      }
    },
    dispose: () => controller.abort(),
  };
}
