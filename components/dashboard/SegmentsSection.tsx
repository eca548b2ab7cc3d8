import type { RfmSummary } from '../../lib/dashboard/rfm';
import { RFM_SEGMENTS } from '../../lib/dashboard/rfm';
import { useI18n } from '../common/I18n';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { SegmentRows } from './SegmentRows';
import { useFormatters } from './useFormatters';

/** Customers by RFM segment, what each segment asks for, and the customers that need attention first. */
export function SegmentsSection({ segments }: { segments: RfmSummary }) {
  const { t } = useI18n();
  const f = useFormatters();
  const bars = RFM_SEGMENTS.map((segment) => ({
    key: segment,
    label: t(`dashboardSegment_${segment}`),
    value: segments.counts[segment],
    valueText: f.count(segments.counts[segment]),
    tone: segment === 'churned' || segment === 'sleeping' ? ('bad' as const) : ('neutral' as const),
  }));
  return (
    <section class="dash-section" aria-labelledby="segments-heading">
      <h2 id="segments-heading">{t('dashboardSegmentsTitle')}</h2>
      <p class="muted">{t('dashboardSegmentsHint')}</p>
      {segments.customers === 0 ? (
        <p class="muted">{t('dashboardSegmentsNone')}</p>
      ) : (
        <>
          <ChartFigure
            id="segments"
            title={t('dashboardSegmentsCaption', { customers: f.count(segments.customers) })}
            chart={<BarChart id="segments-chart" title={t('dashboardSegmentsTitle')} description={bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')} bars={bars} />}
            table={
              <table class="dash-table" data-testid="table-segments">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboardColSegment')}</th>
                    <th scope="col">{t('dashboardColCustomers')}</th>
                    <th scope="col">{t('dashboardColNextAction')}</th>
                  </tr>
                </thead>
                <tbody>
                  {RFM_SEGMENTS.map((segment) => (
                    <tr key={segment} data-segment={segment}>
                      <th scope="row">{t(`dashboardSegment_${segment}`)}</th>
                      <td>{f.count(segments.counts[segment])}</td>
                      <td>{t(`dashboardRfmAction_${segment}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <SegmentRows segments={segments} />
        </>
      )}
    </section>
  );
}
