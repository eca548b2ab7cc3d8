import type { Activity } from '../../lib/model';
import { useI18n } from '../common/I18n';
import { assignmentText } from '../../lib/assignment/assignmentText';

export function Timeline({ activities }: { activities: Activity[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section class="section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('accountTimeline')}</h3>
      {activities.length === 0 ? (
        <p class="muted">{t('accountTimelineEmpty')}</p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {activities.map((activity) => (
            <li key={activity.id} class={`timeline__item timeline__item--${activity.kind}`}>
              <span class="timeline__kind">{t(`activity_${activity.kind}`)}</span>
              <time class="muted" dateTime={new Date(activity.at).toISOString()}>{formatDateTime(activity.at)}</time>
              {activity.kind === 'assignment' ? (
                <p class="timeline__content" data-testid="assignment-entry">{assignmentText(activity, t)}</p>
              ) : (
                activity.content && <p class="timeline__content">{activity.content}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
