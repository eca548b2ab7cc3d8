import type { DashboardAggregates } from '../../lib/dashboard/metrics/aggregates';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

/** The headline numbers: lead-to-won, cycle time, win rate, overdue actions. */
export function KpiTiles({ aggregates }: { aggregates: DashboardAggregates }) {
  const { t } = useI18n();
  const f = useFormatters();
  const { leadToWon, outcomes } = aggregates;
  const tiles = [
    {
      id: 'lead-to-won',
      label: t('dashboardKpiLeadToWon'),
      value: f.percent(leadToWon.rate),
      detail: t('dashboardKpiLeadToWonDetail', { won: f.count(leadToWon.won), leads: f.count(leadToWon.leads) }),
    },
    {
      id: 'cycle',
      label: t('dashboardKpiCycle'),
      value: t('dashboardDays', { days: f.days(leadToWon.avgCycleMs) }),
      detail: t('dashboardKpiCycleDetail', { median: f.days(leadToWon.medianCycleMs), count: f.count(leadToWon.cycleCount) }),
    },
    {
      id: 'win-rate',
      label: t('dashboardKpiWinRate'),
      value: f.percent(outcomes.winRate),
      detail: t('dashboardKpiWinRateDetail', { won: f.count(outcomes.won), lost: f.count(outcomes.lost) }),
    },
    {
      id: 'overdue',
      label: t('dashboardKpiOverdue'),
      value: f.count(aggregates.overdueTasks),
      detail: t('dashboardKpiOverdueDetail'),
    },
  ];
  return (
    <section class="kpis" aria-label={t('dashboardKpisLabel')}>
      {tiles.map((tile) => (
        <div key={tile.id} class="kpi" data-testid={`kpi-${tile.id}`}>
          <div class="kpi__label">{tile.label}</div>
          <div class="kpi__value" data-testid={`kpi-${tile.id}-value`}>
            {tile.value}
          </div>
          <div class="kpi__detail muted">{tile.detail}</div>
        </div>
      ))}
    </section>
  );
}
