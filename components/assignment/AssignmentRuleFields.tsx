import type { AssignmentEditorModel, RuleDraft } from '../../lib/assignment/editor/assignmentEditorModel';
import type { Grade } from '../../lib/model';
import { useI18n } from '../common/I18n';

const GRADE_CHOICES: Grade[] = ['A', 'B', 'C'];
const listOf = (text: string) => text.split(/[,，;；\n]/).map((item) => item.trim()).filter(Boolean);

/** One rule's fields: what it matches, the reps it rotates among, their capacity, and its place in the order. */
export function AssignmentRuleFields({ rule, index, count, members, model }: { rule: RuleDraft; index: number; count: number; members: string[] | null; model: AssignmentEditorModel }) {
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
