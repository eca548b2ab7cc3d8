import { useEffect, useState } from 'preact/hooks';
import { alertKey, alertRuleChoices, AlertSettings, type AlertRule } from '../../lib/dashboard/alertRules';
import { alertRuleLabel } from '../../lib/dashboard/alertText';
import type { DashboardModel } from '../../lib/dashboard/page/dashboardModel';
import { useI18n } from '../common/I18n';

const toPercent = (rate: number) => Math.round(rate * 1000) / 10;

/** The manager's thresholds: a breach shows on the dashboard and as one notification a day at most. */
export function AlertSettingsPanel({ model }: { model: DashboardModel }) {
  const { t } = useI18n();
  const saved = model.alertSettings.value;
  const [draft, setDraft] = useState<AlertSettings>(saved);
  useEffect(() => setDraft(saved), [saved]);
  const valid = AlertSettings.safeParse(draft).success;
  const used = new Set(draft.rules.map(alertKey));
  const choices = alertRuleChoices().filter((rule) => !used.has(alertKey(rule)));
  const setRule = (index: number, rule: AlertRule | null) =>
    setDraft({ ...draft, rules: rule ? draft.rules.map((r, i) => (i === index ? rule : r)) : draft.rules.filter((_, i) => i !== index) });
  const status = model.alertSave.value;
  return (
    <details class="dash-section alert-settings" data-testid="alert-settings">
      <summary>
        <h2>{t('dashboardAlertSettingsTitle')}</h2>
      </summary>
      <p class="muted">{t('dashboardAlertSettingsHint')}</p>
      <ul class="plain-list">
        {draft.rules.map((rule, index) => (
          <li key={alertKey(rule)} class="alert-rule" data-alert={alertKey(rule)}>
            <label for={`alert-${index}`}>{alertRuleLabel(rule, t)}</label>
            <span>{t('dashboardAlertBelow')}</span>
            <input
              id={`alert-${index}`}
              type="number"
              min={0}
              max={100}
              step={1}
              value={toPercent(rule.below)}
              onInput={(e) => setRule(index, { ...rule, below: Number((e.currentTarget as HTMLInputElement).value) / 100 })}
            />
            <span>%</span>
            <button type="button" class="button button--quiet" onClick={() => setRule(index, null)}>
              {t('dashboardAlertRemove')}
            </button>
          </li>
        ))}
      </ul>
      {choices.length > 0 && (
        <div class="field">
          <label for="alert-add">{t('dashboardAlertAdd')}</label>
          <select id="alert-add" value="" onChange={(e) => {
            const choice = choices[Number((e.currentTarget as HTMLSelectElement).value)];
            if (choice) setDraft({ ...draft, rules: [...draft.rules, choice] });
          }}>
            <option value="">{t('dashboardAlertChoose')}</option>
            {choices.map((rule, index) => (
              <option key={alertKey(rule)} value={index}>
                {alertRuleLabel(rule, t)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="alert-min-sample">{t('dashboardAlertMinSample')}</label>
        <input id="alert-min-sample" type="number" min={1} value={draft.minSample} onInput={(e) => setDraft({ ...draft, minSample: Number((e.currentTarget as HTMLInputElement).value) })} />
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={draft.notify} onChange={(e) => setDraft({ ...draft, notify: (e.currentTarget as HTMLInputElement).checked })} />
        {t('dashboardAlertNotify')}
      </label>
      <div class="actions">
        <button type="button" class="button button--primary" disabled={!valid || status === 'saving'} onClick={() => void model.saveAlertSettings(draft)}>
          {t('dashboardAlertSave')}
        </button>
        <span role="status" class="muted" data-testid="alert-save-status">
          {!valid ? t('dashboardAlertInvalid') : status === 'saved' ? t('dashboardAlertSaved') : status === 'failed' ? t('dashboardAlertSaveFailed') : ''}
        </span>
      </div>
    </details>
  );
}
