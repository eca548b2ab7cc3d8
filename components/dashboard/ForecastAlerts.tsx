import type { Forecast } from '../../lib/deals/forecast';
import { formatAmount } from '../../lib/deals/parseAmount';
import { intlTag } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

/** Slipping deals, and deals in a currency with no rate: listed by name, never dropped silently. */
export function ForecastAlerts({ forecast }: { forecast: Forecast }) {
  const { t, locale } = useI18n();
  const tag = intlTag(locale);
  return (
    <>
      {forecast.slipping.count > 0 && (
        <div class="notice notice--warning" role="alert" data-testid="forecast-slipping">
          <p>{t('forecastSlipping', { count: String(forecast.slipping.count) })}</p>
          <ul class="plain-list">
            {forecast.slipping.deals.map((deal) => (
              <li key={deal.id}>
                {t('forecastSlippingDeal', { name: deal.name, owner: deal.ownerId, date: deal.expectedCloseDate, amount: formatAmount(deal.amount, deal.currency, tag) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {forecast.unconverted.count > 0 && (
        <div class="notice notice--warning" role="alert" data-testid="forecast-unconverted">
          <p>{t('forecastUnconverted', { count: String(forecast.unconverted.count), currencies: forecast.unconverted.currencies.join(', '), base: forecast.baseCurrency })}</p>
          <ul class="plain-list">
            {forecast.unconverted.deals.map((deal) => (
              <li key={deal.id}>
                {deal.name} · {formatAmount(deal.amount, deal.currency, tag)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
