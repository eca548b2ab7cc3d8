import type { LeadScore } from '../../lib/model';
import { formatScore } from '../../lib/scoring/panel/formatPoints';
import { useI18n } from './I18n';

/**
 * A lead's grade with its score, for anywhere an account is shown. The colour follows the grade,
 * and the text says it too (never colour alone); the tooltip says what the grade means.
 */
export function GradeBadge({ score }: { score: LeadScore | undefined }) {
  const { t } = useI18n();
  const grade = score?.grade ?? 'unscored';
  const text = grade === 'unscored' ? t('scoringGradeUnscored') : t('scoringGradeBadge', { grade, score: formatScore(score?.score ?? 0) });
  return (
    <span class={`badge grade-badge grade-badge--${grade}`} data-testid="grade-badge" data-grade={grade} title={t(`scoringGradeMeaning_${grade}`)}>
      {text}
    </span>
  );
}
