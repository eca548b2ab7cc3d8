import type { OutcomeMetrics } from '../../lib/dashboard/metrics/aggregates';
import { useI18n } from '../common/I18n';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { useFormatters } from './useFormatters';

/** Won, lost and disqualified in the period, and why deals were lost or leads disqualified. */
export function OutcomeSection({ outcomes }: { outcomes: OutcomeMetrics }) {
  const { t } = useI18n();
  const f = useFormatters();
  const reasonLabel = (reason: string) => reason || t('dashboardNoReason');
  const bars = outcomes.reasons.slice(0, 12).map((row) => ({
    key: `${row.outcome}:${row.reason}`,
    label: `${t(`stage_${row.outcome}`)} · ${reasonLabel(row.reason)}`.slice(0, 28),
    value: row.count,
    valueText: f.count(row.count),
    tone: row.outcome === 'lost' ? ('bad' as const) : ('neutral' as const),
  }));
  return (
    <section class="dash-section" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t('dashboardOutcomesTitle')}</h2>
      <p data-testid="outcome-summary">
        {t('dashboardOutcomesSummary', { won: f.count(outcomes.won), lost: f.count(outcomes.lost), disqualified: f.count(outcomes.disqualified) })}
      </p>
      {outcomes.reasons.length === 0 ? (
        <p class="muted">{t('dashboardOutcomesNone')}</p>
      ) : (
        <ChartFigure
          id="reasons"
          title={t('dashboardReasonsCaption')}
          chart={<BarChart id="reasons-chart" title={t('dashboardReasonsCaption')} description={bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')} bars={bars} />}
          table={
            <table class="dash-table" data-testid="table-reasons">
              <thead>
                <tr>
                  <th scope="col">{t('dashboardColOutcome')}</th>
                  <th scope="col">{t('dashboardColReason')}</th>
                  <th scope="col">{t('dashboardColCount')}</th>
                </tr>
              </thead>
              <tbody>
                {outcomes.reasons.map((row) => (
                  <tr key={`${row.outcome}:${row.reason}`}>
                    <td>{t(`stage_${row.outcome}`)}</td>
                    <td>{reasonLabel(row.reason)}</td>
                    <td>{f.count(row.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}
