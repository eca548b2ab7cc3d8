import type { Grade } from '../../lib/model';
import type { GradeHistoryEntry } from '../../lib/scoring/history/gradeHistoryEntry';
import { formatPoints } from '../../lib/scoring/panel/formatPoints';
import { useI18n } from '../common/I18n';

const SHOWN = 10;

/** When and why the grade changed: newest first, each with the rules that came and went. */
export function GradeHistoryList({ entries }: { entries: readonly GradeHistoryEntry[] }) {
  const { t, locale, formatDateTime } = useI18n();
  if (entries.length === 0) return null;
  const gradeName = (grade: Grade | undefined) => (grade === undefined ? t('scoringHistoryNew') : t(`scoringGrade_${grade}`));
  return (
    <div class="grade-history">
      <h4>{t('scoringHistoryTitle')}</h4>
      <ol class="plain-list" data-testid="grade-history">
        {entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.id} class="grade-history__entry">
            <div>
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
              {' · '}
              <strong>{t('scoringHistoryChange', { from: gradeName(entry.from), to: gradeName(entry.to) })}</strong>
              {' '}
              <span class="muted">{t('scoringHistoryDelta', { delta: formatPoints(entry.scoreDelta), version: entry.ruleSetVersion })}</span>
            </div>
            <ul class="grade-history__reasons">
              {entry.added.map((reason) => (
                <li key={`+${reason.ruleId}`}>{t('scoringHistoryAdded', { rule: reason.label[locale], points: formatPoints(reason.points) })}</li>
              ))}
              {entry.removed.map((reason) => (
                <li key={`-${reason.ruleId}`}>{t('scoringHistoryRemoved', { rule: reason.label[locale], points: formatPoints(reason.points) })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
