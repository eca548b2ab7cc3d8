import { PERIOD_PRESETS, type PeriodPreset } from '../../lib/dashboard/period';
import type { DashboardModel } from '../../lib/dashboard/page/dashboardModel';
import { useI18n } from '../common/I18n';

/** This month / last month / this quarter / last 90 days / custom dates (local days of the work calendar). */
export function PeriodSelector({ model }: { model: DashboardModel }) {
  const { t } = useI18n();
  const custom = model.custom.value;
  return (
    <div class="period" role="group" aria-label={t('dashboardPeriod')}>
      <label for="period-preset">{t('dashboardPeriod')}</label>
      <select id="period-preset" data-testid="period-preset" value={model.preset.value} onChange={(e) => model.setPreset((e.currentTarget as HTMLSelectElement).value as PeriodPreset)}>
        {PERIOD_PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {t(`dashboardPeriod_${preset}`)}
          </option>
        ))}
      </select>
      {model.preset.value === 'custom' && (
        <>
          <label for="period-from">{t('dashboardPeriodFrom')}</label>
          <input id="period-from" type="date" data-testid="period-from" value={custom.from} onChange={(e) => model.setCustom((e.currentTarget as HTMLInputElement).value, custom.to)} />
          <label for="period-to">{t('dashboardPeriodTo')}</label>
          <input id="period-to" type="date" data-testid="period-to" value={custom.to} onChange={(e) => model.setCustom(custom.from, (e.currentTarget as HTMLInputElement).value)} />
        </>
      )}
      {model.customInvalid.value && <p class="field__error">{t('dashboardPeriodInvalid')}</p>}
      {model.refreshing.value && <span class="muted" role="status">{t('dashboardRefreshing')}</span>}
      <span class="muted period__zone">{t('dashboardTimeZone', { zone: model.timeZone.value })}</span>
    </div>
  );
}
