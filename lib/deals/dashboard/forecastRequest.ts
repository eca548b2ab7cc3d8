import { z } from 'zod';
import { Period } from '../../dashboard/period';
import { wallTimeAt } from '../../time/zonedTime';
import { computeForecast, type Forecast, type ForecastDeal } from '../forecast';
import { ForecastSettings } from '../forecastSettings';

/** The dashboard worker's forecast request (lib/dashboard/worker/protocol.ts), checked where it is received. */
export const ForecastRequest = z.object({
  id: z.number().int(),
  kind: z.literal('forecast'),
  period: Period,
  now: z.number().int().nonnegative(),
  timeZone: z.string().max(64),
  settings: ForecastSettings,
});
export type ForecastRequest = z.infer<typeof ForecastRequest>;

/** The forecast for a request: the period's instants become the manager's calendar days. */
export function forecastFor(deals: Iterable<ForecastDeal>, request: Omit<ForecastRequest, 'id' | 'kind'>): Forecast {
  const { timeZone } = request;
  return computeForecast(deals, {
    today: wallTimeAt(request.now, timeZone).date,
    period: { from: wallTimeAt(request.period.from, timeZone).date, to: wallTimeAt(request.period.to - 1, timeZone).date },
    settings: request.settings,
  });
}
