import type { TaskForm } from '../../lib/pipeline/panel/nextActionsModel';
import { useI18n } from '../common/I18n';
import { useAutoFocus } from './useAutoFocus';

interface Props {
  form: TaskForm;
  busy: boolean;
  onEdit(patch: { reason?: string; until?: string; assignee?: string }): void;
  onSubmit(): void;
  onCancel(): void;
}

/** The small inline form behind Snooze (reason + until) and Reassign (a name): Enter saves, Escape cancels. */
export function TaskActionForm({ form, busy, onEdit, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const focusRef = useAutoFocus<HTMLInputElement>();
  const id = (field: string) => `task-${form.taskId}-${field}`;
  return (
    <form
      class="inline-form"
      data-testid={`${form.kind}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      {form.kind === 'snooze' ? (
        <>
          <div class="field">
            <label for={id('reason')}>{t('pipelineSnoozeReason')}</label>
            <input id={id('reason')} ref={focusRef} maxLength={200} value={form.reason} onInput={(event) => onEdit({ reason: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={id('until')}>{t('pipelineSnoozeUntil')}</label>
            <input id={id('until')} type="datetime-local" value={form.until} onInput={(event) => onEdit({ until: event.currentTarget.value })} />
          </div>
        </>
      ) : (
        <div class="field">
          <label for={id('assignee')}>{t('pipelineReassignTo')}</label>
          <input id={id('assignee')} ref={focusRef} maxLength={200} value={form.assignee} onInput={(event) => onEdit({ assignee: event.currentTarget.value })} />
        </div>
      )}
      <div class="actions">
        <button class="button button--primary" type="submit" disabled={busy}>
          {t(form.kind === 'snooze' ? 'pipelineSnooze' : 'pipelineReassign')}
        </button>
        <button class="button button--quiet" type="button" onClick={onCancel}>
          {t('pipelineCancel')}
        </button>
      </div>
    </form>
  );
}
