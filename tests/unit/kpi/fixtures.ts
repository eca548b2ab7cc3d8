import { signal } from '@preact/signals';
import { DEFAULT_FORECAST_SETTINGS } from '../../../lib/deals/forecastSettings';
import { createScorecardModel } from '../../../lib/kpi/dashboard/scorecardModel';
import { DEFAULT_KPI_SETTINGS, type KpiSettings } from '../../../lib/kpi/kpiSettings';
import { scorecardFor } from '../../../lib/kpi/scorecardRequest';

/** A scorecard model over the real computation with no deals; `saved` is what reached the store. */
export function scorecardModelForTest() {
  const saved: KpiSettings[] = [];
  const created = createScorecardModel(
    {
      scorecard: async (request) => scorecardFor([], request, new Map()),
      loadSettings: async () => DEFAULT_KPI_SETTINGS,
      saveSettings: async (settings) => void saved.push(settings),
      forecastSettings: async () => DEFAULT_FORECAST_SETTINGS,
      timeZone: () => 'UTC',
      download: () => {},
    },
    signal(null),
  );
  return { created, saved };
}
