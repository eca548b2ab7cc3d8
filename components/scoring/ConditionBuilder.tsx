import type { Rule, RuleSet } from '../../lib/model/ruleSet';
import { conditionForm, leafForField, type ConditionItem } from '../../lib/scoring/editor/conditionForm';
import { withCondition } from '../../lib/scoring/editor/ruleSetEdits';
import { useI18n } from '../common/I18n';
import { ConditionLeafRow } from './ConditionLeafRow';

type Edit = (change: (draft: RuleSet) => RuleSet) => void;

/** When a rule applies: tests on fields, combined with all/any, each one optionally negated. */
export function ConditionBuilder({ rule, index, onEdit }: { rule: Rule; index: number; onEdit: Edit }) {
  const { t } = useI18n();
  const form = conditionForm(rule.when);
  if (!form) {
    return (
      <div class="condition condition--advanced">
        <p class="muted">{t('scoringConditionAdvanced')}</p>
        <code>{JSON.stringify(rule.when).slice(0, 300)}</code>
      </div>
    );
  }
  const editItems = (items: (current: readonly ConditionItem[]) => readonly ConditionItem[]) =>
    onEdit((set) => withCondition(set, index, (current) => ({ ...current, items: items(current.items) })));
  return (
    <div class="condition" role="group" aria-label={t('scoringConditionLabel')}>
      {form.items.length === 0 && <p class="muted">{t('scoringConditionAlways')}</p>}
      {form.items.length > 1 && (
        <label class="field">
          <span class="field__label">{t('scoringCombine')}</span>
          <select
            value={form.combine}
            onChange={(event) => {
              const combine = event.currentTarget.value === 'any' ? 'any' : 'all';
              onEdit((set) => withCondition(set, index, (current) => ({ ...current, combine })));
            }}
          >
            <option value="all">{t('scoringCombineAll')}</option>
            <option value="any">{t('scoringCombineAny')}</option>
          </select>
        </label>
      )}
      {form.items.map((item, at) => (
        <ConditionLeafRow
          key={at}
          item={item}
          onChange={(next) => editItems((items) => items.map((old, position) => (position === at ? next : old)))}
          onRemove={() => editItems((items) => items.filter((_, position) => position !== at))}
        />
      ))}
      <button type="button" class="button button--small" onClick={() => editItems((items) => [...items, { negate: false, leaf: leafForField('industry') }])}>
        {t('scoringAddCondition')}
      </button>
    </div>
  );
}
