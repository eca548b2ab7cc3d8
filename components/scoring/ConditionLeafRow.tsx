import type { ConditionItem } from '../../lib/scoring/editor/conditionForm';
import { leafForField, leafForOp, leafValueText, leafWithText } from '../../lib/scoring/editor/conditionForm';
import { FIELD_NAMES, SCORING_FIELDS, operatorsFor, type FieldName, type Operator } from '../../lib/scoring/fields';
import { useI18n } from '../common/I18n';

/** One test: [not] field, operator, value (a list for "in", min and max for "range"). */
export function ConditionLeafRow({ item, onChange, onRemove }: { item: ConditionItem; onChange(next: ConditionItem): void; onRemove(): void }) {
  const { t, locale } = useI18n();
  const { leaf, negate } = item;
  const setLeaf = (next: ConditionItem['leaf']) => onChange({ negate, leaf: next });
  const valueBox = (part?: 'min' | 'max') => (
    <input
      class="condition__value"
      aria-label={part ? t(`scoringRange_${part}`) : t('scoringConditionValue')}
      placeholder={part ? t(`scoringRange_${part}`) : leaf.op === 'in' ? t('scoringListHint') : ''}
      value={leafValueText(leaf, part)}
      onChange={(event) => setLeaf(leafWithText(leaf, event.currentTarget.value, part))}
    />
  );
  return (
    <div class="condition__leaf">
      <label class="checkbox">
        <input type="checkbox" checked={negate} onChange={(event) => onChange({ negate: event.currentTarget.checked, leaf })} />
        {t('scoringNot')}
      </label>
      <select aria-label={t('scoringConditionField')} value={leaf.field} onChange={(event) => setLeaf(leafForField(event.currentTarget.value as FieldName))}>
        {FIELD_NAMES.map((field) => (
          <option key={field} value={field}>
            {SCORING_FIELDS[field].label[locale]}
          </option>
        ))}
      </select>
      <select aria-label={t('scoringConditionOperator')} value={leaf.op} onChange={(event) => setLeaf(leafForOp(leaf.field, event.currentTarget.value as Operator))}>
        {operatorsFor(leaf.field).map((op) => (
          <option key={op} value={op}>
            {t(`scoringOp_${op}`)}
          </option>
        ))}
      </select>
      {leaf.op === 'range' ? (
        <>
          {valueBox('min')}
          {valueBox('max')}
        </>
      ) : (
        leaf.op !== 'exists' && valueBox()
      )}
      <button type="button" class="button button--small" aria-label={t('scoringRemoveCondition')} onClick={onRemove}>
        {'×'}
      </button>
    </div>
  );
}
