import type { Activity } from '../../lib/model';
import { stageLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';
import { assignmentText } from '../../lib/assignment/assignmentText';

/** One timeline entry; a stage change reads "Lead → Prospect", with why and by whom. */
export function TimelineEntry({ activity }: { activity: Activity }) {
  const { t, formatDateTime } = useI18n();
  const change = activity.stageChange;
  return (
    <li class={`timeline__item timeline__item--${activity.kind}`} data-testid="timeline-entry" data-kind={activity.kind}>
      <span class="timeline__kind">{t(`activity_${activity.kind}`)}</span>
      <time class="muted" dateTime={new Date(activity.at).toISOString()}>{formatDateTime(activity.at)}</time>
      {activity.kind === 'assignment' ? (
        <p class="timeline__content" data-testid="assignment-entry">{assignmentText(activity, t)}</p>
      ) : change ? (
        <>
          <p class="timeline__stage" data-testid="stage-change">
            {t('pipelineStageChangeFromTo', { from: t(stageLabelKey(change.from)), to: t(stageLabelKey(change.to)) })}
            {change.by && <span class="muted">{' · '}{change.by}</span>}
          </p>
          {change.reason && <p class="timeline__content">{t('pipelineStageChangeReason', { reason: change.reason })}</p>}
        </>
      ) : (
        <>
          {activity.survey && (
            <p class="timeline__content" data-testid="survey-scores">
              {[
                activity.survey.nps !== undefined ? t('satisfactionScoreNps', { score: activity.survey.nps }) : '',
                activity.survey.csat !== undefined ? t('satisfactionScoreCsat', { score: activity.survey.csat }) : '',
              ].filter(Boolean).join(' · ')}
            </p>
          )}
          {activity.content && <p class="timeline__content">{activity.content}</p>}
          {activity.result && <p class="timeline__content">{t('pipelineActivityResult', { result: activity.result })}</p>}
        </>
      )}
    </li>
  );
}
