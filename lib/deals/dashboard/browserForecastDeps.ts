import { computed } from '@preact/signals';
import type { DashboardModel } from '../../dashboard/page/dashboardModel';
import type { DashboardWorkerClient } from '../../dashboard/worker/workerClient';
import { loadForecastSettings, saveForecastSettings } from '../forecastSettingsStore';
import { createForecastModel, type ForecastModel } from './forecastModel';
import { loadStageProbabilities, saveStageProbabilities } from '../stageProbabilityStore';
import { createStageProbabilityModel, type StageProbabilityModel } from './stageProbabilityModel';
import { createDealImportModel, type DealImportModel } from './dealImportModel';

/** The forecast over the dashboard's worker, following the dashboard's period and reloads. */
export function createBrowserForecast(worker: DashboardWorkerClient, dashboard: DashboardModel): ForecastModel {
  const period = computed(() => {
    const state = dashboard.state.value;
    return state.kind === 'ready' ? { period: state.aggregates.period, computedAt: state.aggregates.computedAt } : null;
  });
  return createForecastModel(
    {
      forecast: (request) => worker.forecast(request),
      loadSettings: loadForecastSettings,
      saveSettings: saveForecastSettings,
      timeZone: () => dashboard.timeZone.value,
      now: () => Date.now(),
    },
    period,
  );
}

/** The deals import over the dashboard's worker; rows that name no owner go to `actor`. */
export function createBrowserDealImport(worker: DashboardWorkerClient, actor: string): DealImportModel {
  return createDealImportModel({ importDeals: (request) => worker.importDeals(request), actor: () => actor, stageProbabilities: loadStageProbabilities });
}

/** The manager's per-stage probabilities, kept with the other private settings. */
export function createBrowserStageProbabilities(): StageProbabilityModel {
  return createStageProbabilityModel({ load: loadStageProbabilities, save: saveStageProbabilities });
}
