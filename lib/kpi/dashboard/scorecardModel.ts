import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Period } from '../../dashboard/period';
import type { RepRow } from '../../dashboard/metrics/aggregates';
import type { ForecastSettings } from '../../deals/forecastSettings';
import { DEFAULT_KPI_SETTINGS, KpiSettings, PERIOD_KINDS, weightSum } from '../kpiSettings';
import type { Scorecard, ScorecardRequest } from '../scorecardRequest';

export interface ScorecardDeps {
  scorecard(request: Omit<ScorecardRequest, 'id' | 'kind'>): Promise<Scorecard>;
  loadSettings(): Promise<KpiSettings>;
  saveSettings(settings: KpiSettings): Promise<void>;
  forecastSettings(): Promise<ForecastSettings>;
  timeZone(): string;
  /** Saves a file for the manager (the CSV export). */
  download(blob: Blob, fileName: string): void;
}

export type ScorecardState = { kind: 'loading' } | { kind: 'ready'; scorecard: Scorecard } | { kind: 'error'; message: string };

/** Why settings were refused: the weights' sum (per period kind) when that is it, else only that they are invalid. */
export type SaveResult = { ok: true } | { ok: false; weightSum?: { kind: 'month' | 'quarter'; sum: number } };

export interface ScorecardModel {
  state: ReadonlySignal<ScorecardState>;
  settings: ReadonlySignal<KpiSettings>;
  /** Saves weights and targets; nothing is saved unless all of them pass. */
  saveSettings(settings: unknown): Promise<SaveResult>;
  download(blob: Blob, fileName: string): void;
  dispose(): void;
}

/** The dashboard's rep figures the scorecard reuses (lib/dashboard/metrics/reps.ts). */
export const repMeasures = (reps: readonly RepRow[]): ScorecardRequest['reps'] =>
  reps.map((row) => ({ rep: row.rep, newCustomers: row.won, leadConversion: row.leadToWonRate, process: row.firstContact.rate }));

/** The scorecard follows the dashboard: recomputed each time its figures are, for the same period. */
export function createScorecardModel(deps: ScorecardDeps, dashboard: ReadonlySignal<{ period: Period; reps: readonly RepRow[] } | null>): ScorecardModel {
  const state = signal<ScorecardState>({ kind: 'loading' });
  const settings = signal<KpiSettings>(DEFAULT_KPI_SETTINGS);
  let generation = 0;
  let loaded: Promise<void> | null = null;
  let last: { period: Period; reps: readonly RepRow[] } | null = null;

  async function run(current: { period: Period; reps: readonly RepRow[] }): Promise<void> {
    const mine = ++generation;
    try {
      loaded ??= deps.loadSettings().then((stored) => void (settings.value = stored));
      await loaded;
      const request = { period: current.period, timeZone: deps.timeZone(), forecastSettings: await deps.forecastSettings(), kpiSettings: settings.value, reps: repMeasures(current.reps) };
      const scorecard = await deps.scorecard(request);
      if (mine === generation) state.value = { kind: 'ready', scorecard };
    } catch (error) {
      if (mine === generation) state.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  const stop = effect(() => {
    const current = dashboard.value;
    if (!current) return;
    last = current;
    void run(current);
  });

  return {
    state,
    settings,
    async saveSettings(next) {
      const parsed = KpiSettings.safeParse(next);
      if (!parsed.success) {
        const plans = (next ?? {}) as Partial<Record<'month' | 'quarter', { weights?: Record<string, unknown> }>>;
        for (const kind of PERIOD_KINDS) {
          const weights = plans[kind]?.weights;
          const sum = weights ? weightSum(weights as never) : 100;
          if (Number.isFinite(sum) && sum !== 100) return { ok: false, weightSum: { kind, sum } };
        }
        return { ok: false };
      }
      await deps.saveSettings(parsed.data);
      settings.value = parsed.data;
      if (last) await run(last);
      return { ok: true };
    },
    download: (blob, fileName) => deps.download(blob, fileName),
    dispose: stop,
  };
}
