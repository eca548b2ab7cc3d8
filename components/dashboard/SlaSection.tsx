import type { ServiceLevelMetrics } from '../../lib/dashboard/metrics/aggregates';
import { SERVICE_LEVELS } from '../../lib/dashboard/alertRules';
import { useI18n } from '../common/I18n';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { useFormatters } from './useFormatters';

/** Service-level compliance: first contact, contract entry, satisfaction survey on time. */
export function SlaSection({ levels, firstContactHours }: { levels: ServiceLevelMetrics; firstContactHours: number }) {
  const { t } = useI18n();
  const f = useFormatters();
  const bars = SERVICE_LEVELS.map((level) => {
    const sla = levels[level];
    return {
      key: level,
      label: t(`dashboardSla_${level}`),
      value: sla.rate ?? 0,
      valueText: t('dashboardSlaBarText', { rate: f.percent(sla.rate), met: f.count(sla.met), judged: f.count(sla.met + sla.missed) }),
      tone: sla.rate === null ? ('neutral' as const) : sla.rate >= 0.9 ? ('good' as const) : ('bad' as const),
    };
  });
  return (
    <section class="dash-section" aria-labelledby="sla-heading">
      <h2 id="sla-heading">{t('dashboardSlaTitle')}</h2>
      <ChartFigure
        id="sla"
        title={t('dashboardSlaCaption')}
        hint={t('dashboardSlaHint', { hours: firstContactHours })}
        chart={<BarChart id="sla-chart" title={t('dashboardSlaCaption')} description={bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')} bars={bars} max={1} />}
        table={
          <table class="dash-table" data-testid="table-sla">
            <thead>
              <tr>
                <th scope="col">{t('dashboardColServiceLevel')}</th>
                <th scope="col">{t('dashboardColMet')}</th>
                <th scope="col">{t('dashboardColMissed')}</th>
                <th scope="col">{t('dashboardColPending')}</th>
                <th scope="col">{t('dashboardColRate')}</th>
              </tr>
            </thead>
            <tbody>
              {SERVICE_LEVELS.map((level) => (
                <tr key={level} data-level={level}>
                  <th scope="row">{t(`dashboardSla_${level}`)}</th>
                  <td>{f.count(levels[level].met)}</td>
                  <td>{f.count(levels[level].missed)}</td>
                  <td>{f.count(levels[level].pending)}</td>
                  <td>{f.percent(levels[level].rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
