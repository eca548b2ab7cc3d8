import type { AssignmentEditorModel, PreviewRow, RuleDraft } from '../../lib/assignment/editor/assignmentEditorModel';
import type { AssignmentReason } from '../../lib/assignment/rules';
import type { Grade } from '../../lib/model';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

const GRADE_CHOICES: Grade[] = ['A', 'B', 'C'];
const listOf = (text: string) => text.split(/[,，;；\n]/).map((item) => item.trim()).filter(Boolean);

/** Lead assignment rules for the manager (issue #24 item 5): ordered rules, a fallback owner, and a preview on recent leads. */
export function AssignmentSettings({ model }: { model: AssignmentEditorModel }) {
  const { t } = useI18n();
  const status = model.status.value;
  if (status === 'loading') return <p class="muted" data-testid="assignment-loading">{t('assignmentLoading')}</p>;
  const rules = model.rules.value;
  const members = model.members.value;
  const errors = model.errors.value;
  return (
    <section class="card" aria-labelledby="assignment-title" data-testid="assignment-settings">
      <h2 id="assignment-title">{t('assignmentTitle')}</h2>
      <p class="field__hint">{t('assignmentIntro')}</p>
      {members === null && <p class="notice" data-testid="assignment-no-members">{t('assignmentNoMembers')}</p>}
      <form
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
              <RuleFields key={rule.id} rule={rule} index={index} count={rules.length} members={members} model={model} />
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
          <button type="submit" class="button button--primary" disabled={status === 'saving'} data-testid="assignment-save">
            {t('assignmentSave')}
          </button>
          <span class="save-status" role="status" data-testid="assignment-status">
            {status === 'saved' && t('assignmentSaved')}
            {status === 'failed' && t('assignmentSaveFailed')}
          </span>
        </div>
      </form>
      <Preview rows={model.preview.value} />
    </section>
  );
}

function RepInput({ id, members, value, onChange }: { id: string; members: string[] | null; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  if (members === null) return <input id={id} type="text" value={value} maxLength={200} onInput={(event) => onChange(event.currentTarget.value)} />;
  const choices = value && !members.includes(value) ? [...members, value] : members;
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{t('assignmentNobody')}</option>
      {choices.map((name) => (
        <option key={name} value={name}>{name}</option>
      ))}
    </select>
  );
}

function RuleFields({ rule, index, count, members, model }: { rule: RuleDraft; index: number; count: number; members: string[] | null; model: AssignmentEditorModel }) {
  const { t } = useI18n();
  const id = (field: string) => `assignment-${rule.id}-${field}`;
  const edit = (patch: Partial<Omit<RuleDraft, 'id'>>) => model.edit(rule.id, patch);
  const repChoices = members === null ? null : [...members, ...rule.reps.filter((rep) => !members.includes(rep))];
  return (
    <li class="assignment-rule" data-testid="assignment-rule">
      <fieldset>
        <legend>{t('assignmentRuleNumber', { number: index + 1 })}</legend>
        <div class="field">
          <label for={id('name')}>{t('assignmentRuleName')}</label>
          <input id={id('name')} type="text" maxLength={200} value={rule.name} onInput={(event) => edit({ name: event.currentTarget.value })} data-testid="assignment-rule-name" />
        </div>
        <div class="field">
          <label for={id('regions')}>{t('assignmentRegions')}</label>
          <input id={id('regions')} type="text" value={rule.regions} onInput={(event) => edit({ regions: event.currentTarget.value })} aria-describedby={id('any')} />
        </div>
        <div class="field">
          <label for={id('industries')}>{t('assignmentIndustries')}</label>
          <input id={id('industries')} type="text" value={rule.industries} onInput={(event) => edit({ industries: event.currentTarget.value })} aria-describedby={id('any')} />
          <p class="field__hint" id={id('any')}>{t('assignmentAnyHint')}</p>
        </div>
        <fieldset class="weekdays">
          <legend>{t('assignmentGrades')}</legend>
          {GRADE_CHOICES.map((grade) => (
            <label key={grade} class="weekday">
              <input
                type="checkbox"
                checked={rule.grades.includes(grade)}
                onChange={(event) => edit({ grades: event.currentTarget.checked ? [...rule.grades, grade] : rule.grades.filter((g) => g !== grade) })}
              />
              {grade}
            </label>
          ))}
        </fieldset>
        {repChoices === null ? (
          <div class="field">
            <label for={id('reps')}>{t('assignmentReps')}</label>
            <input id={id('reps')} type="text" value={rule.reps.join(', ')} onChange={(event) => edit({ reps: listOf(event.currentTarget.value) })} data-testid="assignment-rule-reps" />
            <p class="field__hint">{t('assignmentRepsTypedHint')}</p>
          </div>
        ) : (
          <fieldset class="weekdays" data-testid="assignment-rule-reps">
            <legend>{t('assignmentReps')}</legend>
            {repChoices.length === 0 && <p class="muted">{t('assignmentNoReps')}</p>}
            {repChoices.map((name) => (
              <label key={name} class="weekday">
                <input
                  type="checkbox"
                  checked={rule.reps.includes(name)}
                  onChange={(event) => edit({ reps: event.currentTarget.checked ? [...rule.reps, name] : rule.reps.filter((rep) => rep !== name) })}
                />
                {name}
              </label>
            ))}
          </fieldset>
        )}
        <div class="field">
          <label for={id('capacity')}>{t('assignmentCapacity')}</label>
          <input id={id('capacity')} type="text" inputMode="numeric" value={rule.capacity} onInput={(event) => edit({ capacity: event.currentTarget.value })} />
          <p class="field__hint">{t('assignmentCapacityHint')}</p>
        </div>
        <div class="actions">
          <button type="button" class="button" disabled={index === 0} onClick={() => model.move(rule.id, -1)}>{t('assignmentMoveUp')}</button>
          <button type="button" class="button" disabled={index === count - 1} onClick={() => model.move(rule.id, 1)}>{t('assignmentMoveDown')}</button>
          <button type="button" class="button" onClick={() => model.remove(rule.id)}>{t('assignmentDelete')}</button>
        </div>
      </fieldset>
    </li>
  );
}

function reasonText(reason: AssignmentReason, ruleName: string | null, t: Translate): string {
  if (reason.kind === 'rule') return t('assignmentByRule', { rule: ruleName ?? '' });
  const cause = t(`assignmentCause_${reason.cause}`);
  return reason.kind === 'fallback' ? t('assignmentByFallback', { cause }) : t('assignmentUnassigned', { cause });
}

function Preview({ rows }: { rows: PreviewRow[] | null }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="assignment-preview-title" data-testid="assignment-preview">
      <h3 id="assignment-preview-title">{t('assignmentPreviewTitle')}</h3>
      {rows === null ? (
        <p class="muted">{t('assignmentPreviewInvalid')}</p>
      ) : rows.length === 0 ? (
        <p class="muted" data-testid="assignment-preview-empty">{t('assignmentPreviewEmpty')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('assignmentPreviewLead')}</th>
              <th scope="col">{t('assignmentPreviewOwner')}</th>
              <th scope="col">{t('assignmentPreviewWhy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.lead.id} data-testid="assignment-preview-row">
                <td>{row.lead.name}</td>
                <td>{row.ownerId ?? t('assignmentNobody')}</td>
                <td>{reasonText(row.reason, row.ruleName, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
