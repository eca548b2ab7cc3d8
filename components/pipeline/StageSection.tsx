import type { StageModel } from '../../lib/pipeline/panel/stageModel';
import { stageView } from '../../lib/pipeline/panel/stageModel';
import { stageLabelKey } from '../../lib/pipeline/labelKeys';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { ExitChecklist } from './ExitChecklist';
import { MoveReasonForm } from './MoveReasonForm';
import { StageBar } from './StageBar';

/** Where the account is: the stage bar, what it takes to move on, and the moves allowed from here. */
export function StageSection({ model, details }: { model: StageModel; details: AccountDetails }) {
  const { t } = useI18n();
  const { account, activities } = details;
  const view = stageView(account, activities);
  const pending = model.pending.value;
  const busy = model.busy.value;
  return (
    <section class="section pipeline-stage" aria-labelledby="stage-title" data-testid="stage-section">
      <h3 id="stage-title">{t('pipelineStageTitle')}</h3>
      <StageBar stage={account.stage} />
      <ExitChecklist criteria={view.criteria} disabled={busy} onToggle={(item, checked) => void model.setChecked(account, item, checked)} />
      {view.moves.length > 0 && (
        <div class="stage-moves" role="group" aria-labelledby="stage-moves-label">
          <span id="stage-moves-label" class="muted">{t('pipelineMoveTo')}</span>
          {view.moves.map((move) => (
            <button
              key={move.to}
              type="button"
              class={`button button--small${pending?.to === move.to ? ' button--selected' : ''}`}
              disabled={busy}
              data-testid={`move-${move.to}`}
              aria-describedby={move.needsReason ? 'stage-needs-reason' : undefined}
              onClick={() => void model.chooseMove(account, activities, move.to)}
            >
              {t(stageLabelKey(move.to))}
              {move.needsReason && <span aria-hidden="true">{' *'}</span>}
            </button>
          ))}
          {view.moves.some((move) => move.needsReason) && (
            <p id="stage-needs-reason" class="field__hint">{t('pipelineMoveNeedsReasonHint')}</p>
          )}
        </div>
      )}
      {pending && pending.accountId === account.id && (
        <MoveReasonForm
          pending={pending}
          reason={model.reason.value}
          busy={busy}
          onReason={model.setReason}
          onConfirm={() => void model.confirmMove(account, activities)}
          onCancel={model.cancelMove}
        />
      )}
      {model.error.value && (
        <p class="field__error" role="alert" data-testid="stage-error">{t(model.error.value)}</p>
      )}
    </section>
  );
}
