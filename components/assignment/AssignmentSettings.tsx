import type { AssignmentEditorModel } from '../../lib/assignment/editor/assignmentEditorModel';
import { useI18n } from '../common/I18n';
import { AssignmentPreview } from './AssignmentPreview';
import { AssignmentRuleFields } from './AssignmentRuleFields';
import { RepInput } from './RepInput';

/** Lead assignment rules for the manager (issue #24 item 5): ordered rules, a fallback owner, and a preview on recent leads. */
export function AssignmentSettings({ model }: { model: AssignmentEditorModel }) {
  const { t } = useI18n();
  const status = model.status.value;
  if (status === 'loading') return <p class="muted" data-testid="assignment-loading">{t('assignmentLoading')}</p>;
  const rules = model.rules.value;
  const members = model.members.value;
  const errors = model.errors.value;
  const readOnly = model.readOnly.value;
  return (
    <section class="card" aria-labelledby="assignment-title" data-testid="assignment-settings">
      <h2 id="assignment-title">{t('assignmentTitle')}</h2>
      <p class="field__hint">{t('assignmentIntro')}</p>
      {readOnly && <p class="notice" data-testid="assignment-read-only">{t('assignmentReadOnly')}</p>}
      {members === null && !readOnly && <p class="notice" data-testid="assignment-no-members">{t('assignmentNoMembers')}</p>}
      <form
        inert={readOnly}
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        {rules.length === 0 ? (
          <p class="muted" data-testid="assignment-empty">{t('assignmentEmpty')}</p>
        ) : (
          <ol class="assignment-rules">
            {rules.map((rule, index) => (
              <AssignmentRuleFields key={rule.id} rule={rule} index={index} count={rules.length} members={members} model={model} />
            ))}
          </ol>
        )}
        <div class="actions">
          <button type="button" class="button" onClick={() => model.add()} data-testid="assignment-add">
            {t('assignmentAdd')}
          </button>
        </div>
        <div class="field">
          <label for="assignment-fallback">{t('assignmentFallback')}</label>
          <RepInput id="assignment-fallback" members={members} value={model.fallbackOwner.value} onChange={(value) => model.setFallback(value)} />
          <p class="field__hint">{t('assignmentFallbackHint')}</p>
        </div>
        {errors.length > 0 && (
          <div class="notice notice--error" role="alert" data-testid="assignment-errors">
            <p>{t('assignmentInvalid')}</p>
            <ul>
              {errors.map((error) => (
                <li key={`${error.rule}:${error.field}:${error.key}`}>
                  {error.rule !== null && <strong>{t('assignmentRuleNumber', { number: error.rule })}{': '}</strong>}
                  {t(error.key)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={status === 'saving' || readOnly} data-testid="assignment-save">
            {t('assignmentSave')}
          </button>
          <span class="save-status" role="status" data-testid="assignment-status">
            {status === 'saved' && t('assignmentSaved')}
            {status === 'failed' && t('assignmentSaveFailed')}
          </span>
        </div>
      </form>
      <AssignmentPreview rows={model.preview.value} />
    </section>
  );
}
