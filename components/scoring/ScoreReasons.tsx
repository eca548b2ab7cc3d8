import type { ScoreReason } from '../../lib/model';
import { formatPoints } from '../../lib/scoring/panel/formatPoints';
import { useI18n } from '../common/I18n';

/** Why the grade is what it is: each rule that fired, in the UI locale, with its points. */
export function ScoreReasons({ id, reasons }: { id: string; reasons: readonly ScoreReason[] }) {
  const { t, locale } = useI18n();
  return (
    <ul id={id} class="score-reasons" data-testid="grade-reasons" aria-label={t('scoringReasonsLabel')}>
      {reasons.length === 0 && <li class="muted">{t('scoringNoReasons')}</li>}
      {reasons.map((reason, index) => (
        <li key={`${reason.ruleId}:${index}`} class="score-reason" data-rule={reason.ruleId}>
          <span>{reason.label[locale]}</span>
          <span class={`score-reason__points${reason.points < 0 ? ' score-reason__points--minus' : ''}`}>{formatPoints(reason.points)}</span>
        </li>
      ))}
    </ul>
  );
}
