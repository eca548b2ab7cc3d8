import type { RuleSet } from '../../lib/model/ruleSet';
import { optionalNumber, requiredNumber } from '../../lib/scoring/editor/conditionForm';
import { withGrade, withHalfLife, withMinKnown } from '../../lib/scoring/editor/ruleSetEdits';
import { DECAYING_SIGNALS } from '../../lib/scoring/fields';
import { useI18n } from '../common/I18n';
import { NumberField } from './NumberField';

type Edit = (change: (draft: RuleSet) => RuleSet) => void;

/** The A/B thresholds, how much must be known to grade at all, and how fast behaviour fades. */
export function ThresholdFields({ draft, onEdit }: { draft: RuleSet; onEdit: Edit }) {
  const { t } = useI18n();
  return (
    <div class="scoring-thresholds">
      <fieldset>
        <legend>{t('scoringGradesLegend')}</legend>
        <NumberField label={t('scoringThresholdA')} value={draft.grades.A} testId="threshold-A" onChange={(text) => onEdit((set) => withGrade(set, 'A', requiredNumber(text)))} />
        <NumberField label={t('scoringThresholdB')} value={draft.grades.B} testId="threshold-B" onChange={(text) => onEdit((set) => withGrade(set, 'B', requiredNumber(text)))} />
        <NumberField
          label={t('scoringMinKnown', { count: draft.unscored.knownFields.length })}
          value={draft.unscored.minKnownFields}
          step="1"
          min={0}
          testId="min-known"
          onChange={(text) => onEdit((set) => withMinKnown(set, requiredNumber(text)))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('scoringDecayLegend')}</legend>
        {DECAYING_SIGNALS.map((signal) => (
          <NumberField
            key={signal}
            label={t(`scoringHalfLife_${signal}`)}
            value={draft.decay[signal].halfLifeDays}
            testId={`half-life-${signal}`}
            onChange={(text) => onEdit((set) => withHalfLife(set, signal, optionalNumber(text) ?? Number.NaN))}
          />
        ))}
      </fieldset>
    </div>
  );
}
