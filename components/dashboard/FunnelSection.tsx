import type { FunnelMetrics } from '../../lib/dashboard/metrics/aggregates';
import { useI18n } from '../common/I18n';
import { ChartFigure } from './ChartFigure';
import { FunnelChart } from './FunnelChart';
import { useFormatters } from './useFormatters';

/** Funnel chart, and every stage's numbers (side states included) as a table. */
export function FunnelSection({ funnel }: { funnel: FunnelMetrics }) {
  const { t } = useI18n();
  const f = useFormatters();
  const conversionFrom = new Map(funnel.conversions.map((row) => [row.from, row]));
  return (
    <section class="dash-section" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t('dashboardFunnelTitle')}</h2>
      <ChartFigure
        id="funnel"
        title={t('dashboardFunnelCaption')}
        hint={t('dashboardFunnelHint')}
        chart={<FunnelChart funnel={funnel} />}
        table={
          <table class="dash-table" data-testid="table-funnel">
            <thead>
              <tr>
                <th scope="col">{t('dashboardColStage')}</th>
                <th scope="col">{t('dashboardColEntered')}</th>
                <th scope="col">{t('dashboardColNow')}</th>
                <th scope="col">{t('dashboardColDaysInStage')}</th>
                <th scope="col">{t('dashboardColConversion')}</th>
              </tr>
            </thead>
            <tbody>
              {funnel.stages.map((row) => {
                const conversion = conversionFrom.get(row.stage);
                return (
                  <tr key={row.stage} data-stage={row.stage}>
                    <th scope="row">{t(`stage_${row.stage}`)}</th>
                    <td>{f.count(row.entered)}</td>
                    <td>{f.count(row.current)}</td>
                    <td>{f.days(row.avgTimeInStageMs)}</td>
                    <td>{conversion ? t('dashboardConversionCell', { rate: f.percent(conversion.rate), to: t(`stage_${conversion.to}`) }) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
