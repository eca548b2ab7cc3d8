import { computed } from '@preact/signals';
import type { DashboardModel } from '../../dashboard/page/dashboardModel';
import type { DashboardWorkerClient } from '../../dashboard/worker/workerClient';
import { downloadBlob } from '../../dashboard/page/browserDashboardDeps';
import { loadForecastSettings } from '../../deals/forecastSettingsStore';
import { loadKpiSettings, saveKpiSettings } from '../kpiSettingsStore';
import { createScorecardModel, type ScorecardModel } from './scorecardModel';

/** The KPI scorecard over the dashboard's worker, following the dashboard's period, rep figures and reloads. */
export function createBrowserScorecard(worker: DashboardWorkerClient, dashboard: DashboardModel): ScorecardModel {
  const current = computed(() => {
    const state = dashboard.state.value;
    return state.kind === 'ready' ? { period: state.aggregates.period, reps: state.aggregates.reps } : null;
  });
  return createScorecardModel(
    {
      scorecard: (request) => worker.scorecard(request),
      loadSettings: loadKpiSettings,
      saveSettings: saveKpiSettings,
      forecastSettings: loadForecastSettings,
      timeZone: () => dashboard.timeZone.value,
      download: downloadBlob,
    },
    current,
  );
}
