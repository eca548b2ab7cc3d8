import type { Rule, RuleSet } from '../../lib/model/ruleSet';
import { optionalNumber, requiredNumber } from '../../lib/scoring/editor/conditionForm';
import { withRule, withRuleLabel, withoutRule } from '../../lib/scoring/editor/ruleSetEdits';
import { formatPoints } from '../../lib/scoring/panel/formatPoints';
import { SIGNAL_AMOUNTS, SCORING_FIELDS, type SignalAmount } from '../../lib/scoring/fields';
import { useI18n } from '../common/I18n';
import { ConditionBuilder } from './ConditionBuilder';
import { NumberField } from './NumberField';

type Edit = (change: (draft: RuleSet) => RuleSet) => void;

/** One rule: on/off, its label in both languages, its points (per unit of a signal or fixed), and when it applies. */
export function RuleRow({ rule, index, onEdit }: { rule: Rule; index: number; onEdit: Edit }) {
  const { t, locale } = useI18n();
  const id = `rule-${index}`;
  return (
    <details class={`rule-row${rule.enabled ? '' : ' rule-row--off'}`} data-testid={`rule-${rule.id}`}>
      <summary>
        <span class="rule-row__title">{rule.label[locale] || rule.id}</span>{' '}
        <span class="muted">{!rule.enabled
            ? t('scoringRuleOff')
            : rule.per
              ? t('scoringRuleSummaryPer', { points: formatPoints(rule.points), per: SCORING_FIELDS[rule.per].label[locale] })
              : t('scoringRuleSummary', { points: formatPoints(rule.points) })}</span>
      </summary>
      <div class="rule-row__line">
        <label class="checkbox">
          <input type="checkbox" checked={rule.enabled} onChange={(event) => onEdit((set) => withRule(set, index, { enabled: event.currentTarget.checked }))} />
          {t('scoringRuleEnabled')}
        </label>
        <NumberField label={t('scoringRulePoints')} value={rule.points} testId={`points-${rule.id}`} onChange={(text) => onEdit((set) => withRule(set, index, { points: requiredNumber(text) }))} />
        <label class="field">
          <span class="field__label">{t('scoringRulePer')}</span>
          <select
            value={rule.per ?? ''}
            onChange={(event) => {
              const per = event.currentTarget.value as SignalAmount | '';
              onEdit((set) => withRule(set, index, { per: per === '' ? undefined : per }));
            }}
          >
            <option value="">{t('scoringRulePerNone')}</option>
            {SIGNAL_AMOUNTS.map((amount) => (
              <option key={amount} value={amount}>
                {SCORING_FIELDS[amount].label[locale]}
              </option>
            ))}
          </select>
        </label>
        {rule.per && (
          <NumberField label={t('scoringRuleMaxPoints')} value={rule.maxPoints} onChange={(text) => onEdit((set) => withRule(set, index, { maxPoints: optionalNumber(text) }))} />
        )}
      </div>
      <div class="rule-row__line">
        <label class="field" for={`${id}-en`}>
          <span class="field__label">{t('scoringRuleLabelEn')}</span>
          <input id={`${id}-en`} value={rule.label.en} onInput={(event) => onEdit((set) => withRuleLabel(set, index, 'en', event.currentTarget.value))} />
        </label>
        <label class="field" for={`${id}-zh`}>
          <span class="field__label">{t('scoringRuleLabelZh')}</span>
          <input id={`${id}-zh`} lang="zh-CN" value={rule.label.zh_CN} onInput={(event) => onEdit((set) => withRuleLabel(set, index, 'zh_CN', event.currentTarget.value))} />
        </label>
      </div>
      <ConditionBuilder rule={rule} index={index} onEdit={onEdit} />
      <button type="button" class="button button--small button--danger" onClick={() => onEdit((set) => withoutRule(set, index))}>
        {t('scoringRemoveRule')}
      </button>
    </details>
  );
}
