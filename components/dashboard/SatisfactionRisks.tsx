import { churnRiskText } from '../../lib/satisfaction/churnAlerts';
import type { SatisfactionReport } from '../../lib/satisfaction/report';
import { useI18n } from '../common/I18n';

/** Customers whose scores or complaints warn of churn, each with its reasons. */
export function SatisfactionRisks({ report }: { report: SatisfactionReport }) {
  const { t } = useI18n();
  if (report.atRiskCount === 0) return null;
  return (
    <div class="notice notice--warning" role="alert" data-testid="satisfaction-risks">
      <p>{t('satisfactionRiskTitle', { count: String(report.atRiskCount) })}</p>
      <ul class="plain-list">
        {report.atRisk.map((risk) => (
          <li key={risk.accountId} data-account={risk.accountId} data-reasons={risk.reasons.join(' ')}>
            {churnRiskText(risk, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
