import { intlTag } from '../../lib/i18n';
import { formatDue } from '../../lib/pipeline/panel/relativeDue';
import { useI18n } from '../common/I18n';

/** "Due in 2 hours" or "Overdue by 1 day", in the rep's language. */
export function DueText({ dueAt, now }: { dueAt: number; now: number }) {
  const { t, locale } = useI18n();
  const due = formatDue(dueAt, now, intlTag(locale));
  return (
    <span class={due.overdue ? 'due due--overdue' : 'due'} data-testid="task-due">
      {due.overdue ? t('pipelineOverdueBy', { duration: due.text }) : t('pipelineDueRelative', { when: due.text })}
    </span>
  );
}
