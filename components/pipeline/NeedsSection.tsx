import { useEffect } from 'preact/hooks';
import type { NeedsModel, NeedsTextField } from '../../lib/pipeline/panel/needsModel';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { PainList } from './PainList';

const TEXT_FIELDS: ReadonlyArray<{ field: NeedsTextField; long?: boolean }> = [
  { field: 'decisionMakers' },
  { field: 'decisionProcess', long: true },
  { field: 'budget' },
  { field: 'timeline' },
  { field: 'currentSolution', long: true },
  { field: 'competitors' },
];

/** The customer needs form (shared/domain.md, "Needs record"), folded away until the rep opens it. */
export function NeedsSection({ model, details }: { model: NeedsModel; details: AccountDetails }) {
  const { t } = useI18n();
  const { account } = details;
  useEffect(() => model.show(account), [model, account]);
  const draft = model.draft.value;
  const status = model.status.value;
  return (
    <section class="section" aria-labelledby="needs-title" data-testid="needs-section">
      <details open={account.stage === 'prospect' || model.dirty.value}>
        <summary>
          <h3 id="needs-title" class="summary-heading">{t('pipelineNeedsTitle')}</h3>
        </summary>
        <form
          class="needs"
          onSubmit={(event) => {
            event.preventDefault();
            void model.save(account);
          }}
        >
          <PainList pains={draft.pains} onChange={model.updatePain} onRemove={model.removePain} onAdd={model.addPain} />
          {TEXT_FIELDS.map(({ field, long }) => (
            <div class="field" key={field}>
              <label for={`needs-${field}`}>{t(`pipelineNeeds_${field}`)}</label>
              {long ? (
                <textarea id={`needs-${field}`} rows={2} maxLength={2000} value={draft[field]} onInput={(event) => model.setText(field, event.currentTarget.value)} />
              ) : (
                <input id={`needs-${field}`} maxLength={field === 'decisionMakers' || field === 'competitors' ? 2000 : 200} value={draft[field]} onInput={(event) => model.setText(field, event.currentTarget.value)} />
              )}
            </div>
          ))}
          <p class="field__hint">{t('pipelineNeedsListHint')}</p>
          <div class="actions">
            <button type="submit" class="button button--primary" disabled={status.kind === 'saving'} data-testid="save-needs">
              {t('pipelineNeedsSave')}
            </button>
            <span class="save-status" role="status">
              {status.kind === 'saved' && t('pipelineSaved')}
              {status.kind === 'invalid' && t('pipelineNeedsInvalid', { path: status.path })}
              {status.kind === 'failed' && t('pipelineSaveFailed')}
            </span>
          </div>
        </form>
      </details>
    </section>
  );
}
