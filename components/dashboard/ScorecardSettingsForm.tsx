import { useState } from 'preact/hooks';
import type { ScorecardModel } from '../../lib/kpi/dashboard/scorecardModel';
import { KPI_PARTS, PERIOD_KINDS, type KpiSettings, type KpiTargets, type PeriodKind } from '../../lib/kpi/kpiSettings';
import { useI18n } from '../common/I18n';

const TARGETS = ['revenue', 'grossProfit', 'newCustomers', 'collections', 'leadConversion', 'csat', 'nps', 'process'] as const satisfies ReadonlyArray<keyof KpiTargets>;
const UNIT: Record<(typeof TARGETS)[number], 'money' | 'percent' | 'count' | 'score'> = {
  revenue: 'money',
  grossProfit: 'money',
  newCustomers: 'count',
  collections: 'money',
  leadConversion: 'percent',
  csat: 'score',
  nps: 'score',
  process: 'percent',
};

type Draft = Record<PeriodKind, { weights: Record<string, string>; targets: Record<string, string> }>;

const toDraft = (settings: KpiSettings): Draft =>
  Object.fromEntries(
    PERIOD_KINDS.map((kind) => [
      kind,
      { weights: Object.fromEntries(Object.entries(settings[kind].weights).map(([k, v]) => [k, String(v)])), targets: Object.fromEntries(Object.entries(settings[kind].targets).map(([k, v]) => [k, String(v)])) },
    ]),
  ) as Draft;

/** Typed text → number; '' and junk become NaN so the schema refuses them instead of reading 0. */
const num = (text: string | undefined): number => (text === undefined || text.trim() === '' ? NaN : Number(text.trim()));

/** The manager's KPI weights and targets per period kind; nothing is saved unless every value passes. */
export function ScorecardSettingsForm({ model }: { model: ScorecardModel }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const current = draft ?? toDraft(model.settings.value);
  const state = model.state.value;
  const currency = state.kind === 'ready' ? state.scorecard.baseCurrency : '';
  const set = (group: 'weights' | 'targets', key: string, value: string) => {
    setSaved(false);
    setDraft({ ...current, [kind]: { ...current[kind], [group]: { ...current[kind][group], [key]: value } } });
  };
  const input = (group: 'weights' | 'targets', key: string, label: string) => (
    <div class="field" key={`${kind}-${key}`}>
      <label for={`kpi-${group}-${key}`}>{label}</label>
      <input id={`kpi-${group}-${key}`} inputMode="decimal" maxLength={16} aria-describedby={error ? 'kpi-settings-error' : undefined} value={current[kind][group][key] ?? ''} onInput={(event) => set(group, key, event.currentTarget.value)} />
    </div>
  );
  return (
    <details class="settings-panel">
      <summary>{t('kpiSettingsTitle')}</summary>
      <form
        data-testid="kpi-settings"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          const next = Object.fromEntries(
            PERIOD_KINDS.map((k) => [k, { weights: Object.fromEntries(KPI_PARTS.map((p) => [p, num(current[k].weights[p])])), targets: Object.fromEntries(TARGETS.map((p) => [p, num(current[k].targets[p])])) }]),
          );
          void model.saveSettings(next).then((result) => {
            if (result.ok) setDraft(null);
            setSaved(result.ok);
            setError(result.ok ? '' : result.weightSum ? t('kpiSettingsWeightSum', { plan: t(`scorecardPlan_${result.weightSum.kind}`), sum: String(result.weightSum.sum) }) : t('kpiSettingsInvalid'));
          });
        }}
      >
        <p class="field__hint">{t('kpiSettingsDefaultsHint')}</p>
        <div class="field">
          <label for="kpi-period-kind">{t('kpiSettingsPeriod')}</label>
          <select id="kpi-period-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as PeriodKind)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`scorecardPlan_${k}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('kpiSettingsWeights')}</legend>
          {KPI_PARTS.map((part) => input('weights', part, t(`kpiPart_${part}`)))}
        </fieldset>
        <fieldset>
          <legend>{t('kpiSettingsTargets')}</legend>
          {TARGETS.map((key) => {
            const name = key === 'csat' || key === 'nps' ? t(`kpiTarget_${key}`) : t(`kpiPart_${key}`);
            return input('targets', key, `${name} (${t(`kpiTargetUnit_${UNIT[key]}`, { currency })})`);
          })}
        </fieldset>
        {error && (
          <p id="kpi-settings-error" role="alert" class="field__error" data-testid="kpi-settings-error">
            {error}
          </p>
        )}
        <button type="submit" class="button button--primary">{t('kpiSettingsSave')}</button>
        <span role="status">{saved && t('kpiSettingsSaved')}</span>
      </form>
    </details>
  );
}
