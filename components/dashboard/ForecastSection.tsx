import { formatAmount } from '../../lib/deals/parseAmount';
import type { ForecastModel } from '../../lib/deals/dashboard/forecastModel';
import { intlTag } from '../../lib/i18n';
import { useI18n } from '../common/I18n';
import { ForecastAlerts } from './ForecastAlerts';
import { ForecastSettingsForm } from './ForecastSettingsForm';
import { ForecastStageProbabilities } from './ForecastStageProbabilities';
import type { StageProbabilityModel } from '../../lib/deals/dashboard/stageProbabilityModel';

/** Pipeline value, weighted forecast and won revenue (issue #24 item 2), in the team's base currency. */
export function ForecastSection({ model, probabilities }: { model: ForecastModel; probabilities?: StageProbabilityModel }) {
  const { t, locale } = useI18n();
  const state = model.state.value;
  const tag = intlTag(locale);
  return (
    <section class="dash-section" aria-labelledby="forecast-title" data-testid="forecast" data-state={state.kind}>
      <h2 id="forecast-title">{t('forecastTitle')}</h2>
      {state.kind === 'loading' && <p class="muted">{t('forecastLoading')}</p>}
      {state.kind === 'error' && <p role="alert">{t('forecastFailed', { message: state.message })}</p>}
      {state.kind === 'ready' &&
        (() => {
          const { forecast } = state;
          const money = (minor: number) => formatAmount(minor, forecast.baseCurrency, tag);
          const tiles = [
            ['thisMonth', forecast.weighted.thisMonth],
            ['thisQuarter', forecast.weighted.thisQuarter],
            ['nextQuarter', forecast.weighted.nextQuarter],
          ] as const;
          return (
            <>
              <div class="kpis">
                {tiles.map(([key, value]) => (
                  <div key={key} class="kpi" data-testid={`forecast-${key}`}>
                    <div class="kpi__label">{t(`forecastWeighted_${key}`)}</div>
                    <div class="kpi__value">{money(value)}</div>
                  </div>
                ))}
                <div class="kpi" data-testid="forecast-average">
                  <div class="kpi__label">{t('forecastAverageDeal')}</div>
                  <div class="kpi__value">{forecast.won.averageDealSize === null ? '—' : money(forecast.won.averageDealSize)}</div>
                </div>
              </div>
              <table class="dash-table" data-testid="forecast-stages">
                <caption>{t('forecastPipelineByStage', { count: String(forecast.openDeals) })}</caption>
                <tbody>
                  {forecast.pipelineByStage.map((row) => (
                    <tr key={row.stage}>
                      <th scope="row">{t(`stage_${row.stage}`)}</th>
                      <td>{row.count}</td>
                      <td>{money(row.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table class="dash-table" data-testid="forecast-won-by-rep">
                <caption>{t('forecastWonByRep')}</caption>
                <tbody>
                  {forecast.wonByRep.map((row) => (
                    <tr key={row.rep}>
                      <th scope="row">{row.rep}</th>
                      <td>{row.count}</td>
                      <td>{money(row.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ForecastAlerts forecast={forecast} />
            </>
          );
        })()}
      <ForecastSettingsForm model={model} />
      {probabilities && <ForecastStageProbabilities model={probabilities} />}
    </section>
  );
}
