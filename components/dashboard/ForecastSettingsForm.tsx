import { useState } from 'preact/hooks';
import type { ForecastModel } from '../../lib/deals/dashboard/forecastModel';
import { ratesFromText, ratesToText } from '../../lib/deals/forecastSettings';
import { useI18n } from '../common/I18n';

/** The manager's base currency and exchange rates, typed in (no network). */
export function ForecastSettingsForm({ model }: { model: ForecastModel }) {
  const { t } = useI18n();
  const settings = model.settings.value;
  const [base, setBase] = useState<string | null>(null);
  const [rates, setRates] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  return (
    <details class="settings-panel">
      <summary>{t('forecastSettingsTitle')}</summary>
      <form
        data-testid="forecast-settings"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          const parsed = ratesFromText(rates ?? ratesToText(settings.rates));
          if (!parsed.ok) return setError(t('forecastRatesInvalidLine', { line: String(parsed.line) }));
          void model.saveSettings({ baseCurrency: (base ?? settings.baseCurrency).trim().toUpperCase(), rates: parsed.rates }).then((ok) => {
            setError(ok ? '' : t('forecastSettingsInvalid'));
            setSaved(ok);
          });
        }}
      >
        <div class="field">
          <label for="forecast-base">{t('forecastBaseCurrency')}</label>
          <input id="forecast-base" maxLength={3} value={base ?? settings.baseCurrency} onInput={(event) => setBase(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="forecast-rates">{t('forecastRates', { base: settings.baseCurrency })}</label>
          <textarea id="forecast-rates" rows={4} maxLength={20_000} value={rates ?? ratesToText(settings.rates)} aria-describedby="forecast-rates-hint" onInput={(event) => setRates(event.currentTarget.value)} />
          <p id="forecast-rates-hint" class="field__hint">{t('forecastRatesHint')}</p>
        </div>
        {error && <p role="alert" class="field__error">{error}</p>}
        <button type="submit" class="button button--primary">{t('forecastSettingsSave')}</button>
        <span role="status">{saved && t('forecastSettingsSaved')}</span>
      </form>
    </details>
  );
}
