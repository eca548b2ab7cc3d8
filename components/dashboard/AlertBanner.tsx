import type { AlertBreach } from '../../lib/dashboard/alerts';
import { breachText } from '../../lib/dashboard/alertText';
import { intlTag } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

/** Thresholds the figures on screen break (the daily notification watches the last 90 days). */
export function AlertBanner({ breaches }: { breaches: AlertBreach[] }) {
  const { t, locale } = useI18n();
  if (breaches.length === 0) return null;
  return (
    <section class="notice notice--warning" role="alert" data-testid="alert-banner">
      <h3>{t('dashboardAlertBannerTitle', { count: breaches.length })}</h3>
      <ul class="plain-list">
        {breaches.map((breach) => (
          <li key={breach.key} data-alert={breach.key}>
            {breachText(breach, t, intlTag(locale))}
          </li>
        ))}
      </ul>
    </section>
  );
}
