import { useEffect } from 'preact/hooks';
import type { GradePanelModel } from '../../lib/scoring/panel/gradePanelModel';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { GradeBadge } from '../common/GradeBadge';
import { useI18n } from '../common/I18n';
import { GradeHistoryList } from './GradeHistoryList';
import { ScoreReasons } from './ScoreReasons';

/** The account's grade and score, the reasons one click away, and when and why it changed. */
export function GradeSection({ model, details }: { model: GradePanelModel; details: AccountDetails }) {
  const { t } = useI18n();
  const { account } = details;
  const score = account.score;
  useEffect(() => model.show(account), [model, account]);
  const expanded = model.expanded.value;
  return (
    <section class="section grade-section" aria-labelledby="grade-title" data-testid="grade-section">
      <h3 id="grade-title">{t('scoringSectionTitle')}</h3>
      <div class="grade-section__summary">
        <GradeBadge score={score} />
        {score && (
          <button
            type="button"
            class="button button--small"
            aria-expanded={expanded}
            aria-controls="grade-reasons"
            data-testid="grade-why"
            onClick={model.toggle}
          >
            {expanded ? t('scoringHideReasons') : t('scoringShowReasons')}
          </button>
        )}
      </div>
      {!score && <p class="muted">{t('scoringScoring')}</p>}
      {score && expanded && <ScoreReasons id="grade-reasons" reasons={score.reasons} />}
      <GradeHistoryList entries={model.history.value} />
    </section>
  );
}
