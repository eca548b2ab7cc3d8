import { useEffect, useState } from 'preact/hooks';
import type { StageProbabilityModel } from '../../lib/deals/dashboard/stageProbabilityModel';
import { FUNNEL_STAGES, type Stage } from '../../lib/model';
import { useI18n } from '../common/I18n';

/** The manager edits each stage's default deal probability. */
export function ForecastStageProbabilities({ model }: { model: StageProbabilityModel }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<Partial<Record<Stage, string>>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => void model.load(), [model]);
  const invalid = model.invalid.value;
  return (
    <details class="settings-panel">
      <summary>{t('forecastStageProbabilitiesTitle')}</summary>
      <form
        data-testid="stage-probabilities"
        onSubmit={(event) => {
          event.preventDefault();
          void model.save(typed).then(setSaved);
        }}
      >
        {FUNNEL_STAGES.map((stage) => (
          <div class="field" key={stage}>
            <label for={`probability-${stage}`}>{t(`stage_${stage}`)}</label>
            <input
              id={`probability-${stage}`}
              inputMode="numeric"
              maxLength={3}
              value={typed[stage] ?? String(model.table.value[stage])}
              aria-invalid={invalid.includes(stage) ? 'true' : undefined}
              onInput={(event) => setTyped({ ...typed, [stage]: event.currentTarget.value })}
            />
          </div>
        ))}
        {invalid.length > 0 && <p role="alert" class="field__error">{t('dealErrorProbability')}</p>}
        <button type="submit" class="button button--primary">{t('forecastSettingsSave')}</button>
        <span role="status">{saved && t('forecastSettingsSaved')}</span>
      </form>
    </details>
  );
}
