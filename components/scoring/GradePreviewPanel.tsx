import { GRADES } from '../../lib/model/grade';
import type { GradePreview } from '../../lib/scoring/editor/gradePreview';
import { formatScore } from '../../lib/scoring/panel/formatPoints';
import { useI18n } from '../common/I18n';

/** Live: how the stored leads' grades would move if the draft were saved. */
export function GradePreviewPanel({ preview }: { preview: GradePreview | null }) {
  const { t, locale } = useI18n();
  return (
    <section class="grade-preview" aria-labelledby="grade-preview-title" aria-live="polite" data-testid="grade-preview">
      <h3 id="grade-preview-title">{t('scoringPreviewTitle')}</h3>
      {!preview && <p class="muted">{t('scoringPreviewInvalid')}</p>}
      {preview && (
        <>
          <table class="grade-preview__counts">
            <thead>
              <tr>
                <th scope="col">{t('scoringPreviewGrade')}</th>
                <th scope="col">{t('scoringPreviewBefore')}</th>
                <th scope="col">{t('scoringPreviewAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {GRADES.map((grade) => (
                <tr key={grade} data-testid={`preview-count-${grade}`}>
                  <th scope="row">{t(`scoringGrade_${grade}`)}</th>
                  <td>{preview.before[grade]}</td>
                  <td>{preview.after[grade]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="preview-summary">{t('scoringPreviewSummary', { changed: preview.changedCount, total: preview.total })}</p>
          <ul class="plain-list grade-preview__changes" data-testid="preview-changes">
            {preview.changes.map((change) => (
              <li key={change.accountId}>
                <strong>{change.name}</strong>
                {': '}
                {t('scoringHistoryChange', { from: t(`scoringGrade_${change.from}`), to: t(`scoringGrade_${change.to}`) })}
                {' '}
                <span class="muted">{t('scoringPreviewScores', { from: formatScore(change.scoreFrom), to: formatScore(change.scoreTo) })}</span>
                {[...change.added, ...change.removed].length > 0 && (
                  <span class="muted">
                    {' · '}
                    {[...change.added.map((reason) => `+ ${reason.label[locale]}`), ...change.removed.map((reason) => `− ${reason.label[locale]}`)].join('; ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
