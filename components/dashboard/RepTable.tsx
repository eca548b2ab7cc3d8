import type { RepRow } from '../../lib/dashboard/metrics/aggregates';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

/** Per rep, when the data names more than one (owner, else who moved the account, else who captured it). */
export function RepTable({ reps }: { reps: RepRow[] }) {
  const { t } = useI18n();
  const f = useFormatters();
  if (reps.length === 0) return null;
  return (
    <section class="dash-section" aria-labelledby="reps-heading">
      <h2 id="reps-heading">{t('dashboardRepsTitle')}</h2>
      <p class="muted">{t('dashboardRepsHint')}</p>
      <div class="dash-scroll">
        <table class="dash-table" data-testid="table-reps">
          <thead>
            <tr>
              <th scope="col">{t('dashboardColRep')}</th>
              <th scope="col">{t('dashboardColCaptured')}</th>
              <th scope="col">{t('dashboardColWonInPeriod')}</th>
              <th scope="col">{t('dashboardKpiLeadToWon')}</th>
              <th scope="col">{t('dashboardSla_firstContact')}</th>
              <th scope="col">{t('dashboardKpiCycle')}</th>
              <th scope="col">{t('dashboardKpiOverdue')}</th>
            </tr>
          </thead>
          <tbody>
            {reps.map((row) => (
              <tr key={row.rep} data-rep={row.rep}>
                <th scope="row">{row.rep || t('dashboardUnassigned')}</th>
                <td>{f.count(row.captured)}</td>
                <td>{f.count(row.won)}</td>
                <td>{f.percent(row.leadToWonRate)}</td>
                <td>{f.percent(row.firstContact.rate)}</td>
                <td>{t('dashboardDays', { days: f.days(row.avgCycleMs) })}</td>
                <td>{f.count(row.overdueTasks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
