import type { PendingMove } from '../../lib/pipeline/panel/stageModel';
import { criterionLabelKey, MOVE_UNMET_WARNING_KEY, stageLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';
import { useAutoFocus } from './useAutoFocus';

/** Asks why, inline: Enter moves, Escape cancels. The reason is kept in the stage history. */
export function MoveReasonForm(props: { pending: PendingMove; reason: string; busy: boolean; onReason(text: string): void; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const focusRef = useAutoFocus<HTMLInputElement>();
  const { pending } = props;
  return (
    <form
      class="inline-form"
      data-testid="move-reason-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onConfirm();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p class="inline-form__title">{t('pipelineMoveReasonTitle', { to: t(stageLabelKey(pending.to)) })}</p>
      {pending.unmetCriteria.length > 0 && (
        <div class="notice notice--warning">
          <p>{t(MOVE_UNMET_WARNING_KEY, { count: pending.unmetCriteria.length })}</p>
          <ul>
            {pending.unmetCriteria.map((id) => (
              <li key={id}>{t(criterionLabelKey(id))}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="field">
        <label for="move-reason">{t('pipelineMoveReason')}</label>
        <input id="move-reason" ref={focusRef} maxLength={2000} value={props.reason} onInput={(event) => props.onReason(event.currentTarget.value)} />
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit" disabled={props.busy} data-testid="confirm-move">
          {t('pipelineMoveConfirm')}
        </button>
        <button class="button button--quiet" type="button" onClick={props.onCancel}>
          {t('pipelineCancel')}
        </button>
      </div>
    </form>
  );
}
