import type { RuleForm } from '../../lib/pipeline/panel/playbookSettingsModel';
import { useI18n } from '../common/I18n';

const UNITS = ['hours', 'days', 'workingDays'] as const;

/** Each playbook rule: on or off, and how long after its trigger the action is due. */
export function RuleDeadlines({ rules, onChange }: { rules: RuleForm[]; onChange(id: string, patch: Partial<Pick<RuleForm, 'enabled' | 'unit' | 'amount'>>): void }) {
  const { t } = useI18n();
  return (
    <fieldset class="rule-deadlines">
      <legend>{t('pipelinePlaybookRules')}</legend>
      <table class="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('pipelinePlaybookRuleOn')}</th>
            <th scope="col">{t('pipelinePlaybookRuleAction')}</th>
            <th scope="col">{t('pipelinePlaybookRuleDue')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('pipelinePlaybookRuleEnabled', { rule: rule.id })}
                  checked={rule.enabled}
                  onChange={(event) => onChange(rule.id, { enabled: event.currentTarget.checked })}
                />
              </td>
              <td>
                {t(rule.title.key, rule.title.params)}
                <div class="muted">
                  <code>{rule.id}</code>
                </div>
              </td>
              <td class="rule-due">
                <input
                  type="number"
                  aria-label={t('pipelinePlaybookRuleAmount', { rule: rule.id })}
                  value={rule.amount}
                  min={0}
                  onInput={(event) => onChange(rule.id, { amount: event.currentTarget.value })}
                />
                <select aria-label={t('pipelinePlaybookRuleUnit', { rule: rule.id })} value={rule.unit} onChange={(event) => onChange(rule.id, { unit: event.currentTarget.value as RuleForm['unit'] })}>
                  {UNITS.map((unit) => (
                    <option key={unit} value={unit}>{t(`pipelineUnit_${unit}`)}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
