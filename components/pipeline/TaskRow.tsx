import type { Task } from '../../lib/model';
import type { NextActionsModel } from '../../lib/pipeline/panel/nextActionsModel';
import { priorityLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';
import { DueText } from './DueText';
import { TaskActionForm } from './TaskActionForm';
import type { Account } from '../../lib/model';
import { isSurveyTask } from '../../lib/satisfaction/surveyDraft';
import type { SurveyModel } from '../../lib/satisfaction/surveyModel';
import { SurveyForm } from '../sidepanel/SurveyForm';

/** One next action: what, by when (relative and the SLA deadline), and Done / Snooze / Reassign. */
export function TaskRow({ task, model, now, survey, account }: { task: Task; model: NextActionsModel; now: number; survey?: SurveyModel; account: Account }) {
  const { t, formatDateTime } = useI18n();
  const form = model.form.value?.taskId === task.id ? model.form.value : null;
  const error = model.error.value?.taskId === task.id ? model.error.value.key : null;
  const title = t(task.title, task.titleParams);
  const busy = model.busy.value;
  return (
    <li class={`task task--${task.priority ?? 'normal'}`} data-testid="task" data-rule={task.ruleId} data-due-at={task.dueAt}>
      <p class="task__title" data-testid="task-title">{title}</p>
      <p class="task__meta">
        <DueText dueAt={task.dueAt} now={now} />
        <span class="muted">{' · '}{t('pipelineDeadline', { when: formatDateTime(task.dueAt) })}</span>
        {task.priority === 'high' && <span class="badge badge--high">{t(priorityLabelKey('high'))}</span>}
      </p>
      {task.status === 'snoozed' && task.snoozeReason && <p class="muted task__note">{t('pipelineSnoozedBecause', { reason: task.snoozeReason })}</p>}
      {task.assignee && <p class="muted task__note">{t('pipelineAssignedTo', { name: task.assignee })}</p>}
      {survey?.taskId.value === task.id ? (
        <SurveyForm model={survey} task={task} account={account} />
      ) : form ? (
        <TaskActionForm form={form} busy={busy} onEdit={model.editForm} onSubmit={() => void model.submitForm()} onCancel={model.closeForm} />
      ) : (
        <div class="task__actions">
          <button type="button" class="button button--small button--primary" disabled={busy} data-testid="task-done" onClick={() => (survey && isSurveyTask(task) ? survey.open(task) : void model.done(task, title))}>
            {t('pipelineDone')}
          </button>
          <button type="button" class="button button--small" disabled={busy} data-testid="task-snooze" onClick={() => model.openSnooze(task)}>
            {t('pipelineSnooze')}
          </button>
          <button type="button" class="button button--small" disabled={busy} data-testid="task-reassign" onClick={() => model.openReassign(task)}>
            {t('pipelineReassign')}
          </button>
        </div>
      )}
      {error && <p class="field__error" role="alert">{t(error)}</p>}
    </li>
  );
}
