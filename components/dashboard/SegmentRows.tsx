import type { RfmSummary } from '../../lib/dashboard/rfm';
import { CHURN_SIGNALS } from '../../lib/dashboard/rfm';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

/** The customers most in need of attention: churn signals first, then the most valuable. */
export function SegmentRows({ segments }: { segments: RfmSummary }) {
  const { t } = useI18n();
  const f = useFormatters();
  return (
    <>
      <h3>{t('dashboardSignalsTitle')}</h3>
      <ul class="signal-counts" data-testid="signal-counts">
        {CHURN_SIGNALS.map((signal) => (
          <li key={signal} data-signal={signal}>
            {t('dashboardSignalCount', { signal: t(`dashboardSignal_${signal}`), count: f.count(segments.signalCounts[signal]) })}
          </li>
        ))}
      </ul>
      <div class="dash-scroll">
        <table class="dash-table" data-testid="table-customers">
          <caption class="muted">{t('dashboardCustomersCaption', { shown: f.count(segments.rows.length), customers: f.count(segments.customers) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardColCustomer')}</th>
              <th scope="col">{t('dashboardColSegment')}</th>
              <th scope="col">{t('dashboardColRecency')}</th>
              <th scope="col">{t('dashboardColFrequency')}</th>
              <th scope="col">{t('dashboardColMonetary')}</th>
              <th scope="col">{t('dashboardColSignals')}</th>
              <th scope="col">{t('dashboardColNextAction')}</th>
            </tr>
          </thead>
          <tbody>
            {segments.rows.map((row) => (
              <tr key={row.accountId} data-account={row.accountId}>
                <th scope="row">{row.name}</th>
                <td>{t(`dashboardSegment_${row.segment}`)}</td>
                <td>{t('dashboardDaysWhole', { days: f.count(row.recencyDays) })}</td>
                <td>{f.count(row.frequency)}</td>
                <td>{f.money(row.monetary)}</td>
                <td>{row.signals.map((signal) => t(`dashboardSignal_${signal}`)).join(t('dashboardListSeparator')) || '—'}</td>
                <td>{t(`dashboardRfmAction_${row.nextAction}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
