import type { RuleGroup, RuleSet } from '../../lib/model/ruleSet';
import { optionalNumber } from '../../lib/scoring/editor/conditionForm';
import { withGroupBound, withNewRule } from '../../lib/scoring/editor/ruleSetEdits';
import { useI18n } from '../common/I18n';
import { NumberField } from './NumberField';
import { RuleRow } from './RuleRow';

type Edit = (change: (draft: RuleSet) => RuleSet) => void;

/** One rule group: its cap and floor, its rules, and a button to add one. */
export function RuleGroupEditor({ draft, group, onEdit }: { draft: RuleSet; group: RuleGroup; onEdit: Edit }) {
  const { t, locale } = useI18n();
  const rules = draft.rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.group === group.id);
  return (
    <fieldset class="rule-group" data-testid={`rule-group-${group.id}`}>
      <legend>{group.label[locale]}</legend>
      <div class="rule-group__caps">
        <NumberField
          label={t('scoringGroupMax')}
          value={group.max}
          testId={`group-max-${group.id}`}
          onChange={(text) => onEdit((set) => withGroupBound(set, group.id, 'max', optionalNumber(text)))}
        />
        <NumberField
          label={t('scoringGroupMin')}
          value={group.min}
          testId={`group-min-${group.id}`}
          onChange={(text) => onEdit((set) => withGroupBound(set, group.id, 'min', optionalNumber(text)))}
        />
      </div>
      {rules.length === 0 && <p class="muted">{t('scoringGroupEmpty')}</p>}
      {rules.map(({ rule, index }) => (
        <RuleRow key={`${index}:${rule.id}`} rule={rule} index={index} onEdit={onEdit} />
      ))}
      <button type="button" class="button button--small" onClick={() => onEdit((set) => withNewRule(set, group.id))}>
        {t('scoringAddRule')}
      </button>
    </fieldset>
  );
}
