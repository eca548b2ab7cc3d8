import { accountUrl } from '../../lib/pipeline/panel/accountUrl';
import type { QueueItem } from '../../lib/pipeline/queue';
import { stageLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';
import { DueText } from '../pipeline/DueText';

/** One open action; the account name opens its website, where the side panel shows it. */
export function QueueRow({ item, now }: { item: QueueItem; now: number }) {
  const { t, formatDateTime } = useI18n();
  const { task, account } = item;
  return (
    <li class={`queue-row task--${task.priority ?? 'normal'}`} data-testid="queue-row">
      <a class="queue-row__account" href={accountUrl(account)} target="_blank" rel="noopener noreferrer">
        {account.name}
      </a>
      <span class="badge badge--stage">{t(stageLabelKey(account.stage))}</span>
      <span class="badge">{t(`pipelineGrade_${account.score?.grade ?? 'unscored'}`)}</span>
      <p class="task__title">{t(task.title, task.titleParams)}</p>
      <p class="task__meta">
        <DueText dueAt={task.dueAt} now={now} />
        <span class="muted">{' · '}{t('pipelineDeadline', { when: formatDateTime(task.dueAt) })}</span>
      </p>
    </li>
  );
}
