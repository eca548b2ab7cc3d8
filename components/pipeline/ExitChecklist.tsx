import type { ChecklistItem } from '../../lib/model';
import type { StageCriterion } from '../../lib/pipeline/panel/stageModel';
import { useI18n } from '../common/I18n';

/** Exit criteria of the current stage: hand-ticked items are checkboxes, the others read from the record. */
export function ExitChecklist(props: { criteria: StageCriterion[]; disabled: boolean; onToggle(item: ChecklistItem, checked: boolean): void }) {
  const { t } = useI18n();
  if (props.criteria.length === 0) return <p class="muted">{t('pipelineNoExitCriteria')}</p>;
  return (
    <ul class="checklist" aria-label={t('pipelineExitCriteria')} data-testid="exit-criteria">
      {props.criteria.map((criterion) => (
        <li key={criterion.id} class={`checklist__item${criterion.met ? ' checklist__item--met' : ''}`} data-criterion={criterion.id}>
          {criterion.item ? (
            <label>
              <input
                type="checkbox"
                checked={criterion.met}
                disabled={props.disabled}
                onChange={(event) => criterion.item && props.onToggle(criterion.item, event.currentTarget.checked)}
              />{' '}
              {t(criterion.labelKey)}
            </label>
          ) : (
            <span>
              <span class="checklist__mark" aria-hidden="true">{criterion.met ? '✓' : '○'}</span> {t(criterion.labelKey)}{' '}
              <span class="visually-hidden">{t(criterion.met ? 'pipelineCriterionMet' : 'pipelineCriterionUnmet')}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
