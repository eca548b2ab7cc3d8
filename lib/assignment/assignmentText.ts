import type { Translate } from '../i18n';
import type { Activity } from '../model';

/**
 * What an `assignment` timeline entry says, in the reader's language: "Assigned to Bo by rule
 * 'East, grade A'", or to the fallback owner when no rule placed it. Null for other activities.
 */
export function assignmentText(activity: Pick<Activity, 'kind' | 'content' | 'result'>, t: Translate): string | null {
  if (activity.kind !== 'assignment' || !activity.result) return null;
  return activity.content
    ? t('assignmentTimelineByRule', { owner: activity.result, rule: activity.content })
    : t('assignmentTimelineFallback', { owner: activity.result });
}
