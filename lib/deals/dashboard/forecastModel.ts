import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Period } from '../../dashboard/period';
import type { Forecast } from '../forecast';
import { DEFAULT_FORECAST_SETTINGS, ForecastSettings } from '../forecastSettings';

export interface ForecastDeps {
  forecast(request: { period: Period; now: number; timeZone: string; settings: ForecastSettings }): Promise<Forecast>;
  loadSettings(): Promise<ForecastSettings>;
  saveSettings(settings: ForecastSettings): Promise<void>;
  timeZone(): string;
  now(): number;
}

export type ForecastState = { kind: 'loading' } | { kind: 'ready'; forecast: Forecast } | { kind: 'error'; message: string };

export interface ForecastModel {
  state: ReadonlySignal<ForecastState>;
  settings: ReadonlySignal<ForecastSettings>;
  /** Saves the base currency and rates; false with the first problem when they do not pass. */
  saveSettings(settings: unknown): Promise<boolean>;
  dispose(): void;
}

/**
 * The forecast follows the dashboard: each time its figures are (re)computed for a period, the
 * forecast is computed for the same period, so a data change or a new period refreshes both.
 */
export function createForecastModel(deps: ForecastDeps, dashboardPeriod: ReadonlySignal<{ period: Period; computedAt: number } | null>): ForecastModel {
  const state = signal<ForecastState>({ kind: 'loading' });
  const settings = signal<ForecastSettings>(DEFAULT_FORECAST_SETTINGS);
  let generation = 0;
  let loaded: Promise<void> | null = null;

  async function run(period: Period): Promise<void> {
    const mine = ++generation;
    try {
      loaded ??= deps.loadSettings().then((stored) => void (settings.value = stored));
      await loaded;
      const forecast = await deps.forecast({ period, now: deps.now(), timeZone: deps.timeZone(), settings: settings.value });
      if (mine === generation) state.value = { kind: 'ready', forecast };
    } catch (error) {
      if (mine === generation) state.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  let last: Period | null = null;
  const stop = effect(() => {
    const current = dashboardPeriod.value;
    if (!current) return;
    last = current.period;
    void run(current.period);
  });

  return {
    state,
    settings,
    async saveSettings(next) {
      const parsed = ForecastSettings.safeParse(next);
      if (!parsed.success) return false;
      await deps.saveSettings(parsed.data);
      settings.value = parsed.data;
      if (last) await run(last);
      return true;
    },
    dispose: stop,
  };
}
