import type { RuleEditorModel } from '../../lib/scoring/editor/ruleEditorModel';
import { useI18n } from '../common/I18n';
import { GradePreviewPanel } from './GradePreviewPanel';
import { RuleGroupEditor } from './RuleGroupEditor';
import { RuleSetActions } from './RuleSetActions';
import { RuleSetErrors } from './RuleSetErrors';
import { ThresholdFields } from './ThresholdFields';

/** The manager's scoring rules as a form, with the grade changes they would cause shown live. */
export function ScoringRulesTab({ model }: { model: RuleEditorModel }) {
  const { t } = useI18n();
  const draft = model.draft.value;
  if (model.status.value === 'loading' || !draft) return <p class="muted">{t('scoringEditorLoading')}</p>;
  return (
    <section class="card scoring-editor" aria-labelledby="scoring-editor-title" data-testid="scoring-editor">
      <h2 id="scoring-editor-title">{t('scoringEditorTitle')}</h2>
      <p class="field__hint">{t('scoringEditorIntro', { version: model.inForceVersion.value })}</p>
      <RuleSetErrors title={t('scoringStoredInvalid')} problems={model.storedProblems.value} testId="stored-problems" tone="warning" />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <ThresholdFields draft={draft} onEdit={model.edit} />
        <GradePreviewPanel preview={model.preview.value} />
        <RuleSetErrors title={t('scoringDraftInvalid')} problems={model.errors.value} testId="rule-errors" />
        {draft.groups.map((group) => (
          <RuleGroupEditor key={group.id} draft={draft} group={group} onEdit={model.edit} />
        ))}
        <RuleSetActions model={model} />
      </form>
    </section>
  );
}
