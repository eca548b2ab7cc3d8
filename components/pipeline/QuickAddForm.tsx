import { QUICK_ADD_KINDS, type QuickAddKind, type QuickAddModel } from '../../lib/pipeline/panel/quickAddModel';
import { useI18n } from '../common/I18n';
import { useAutoFocus } from './useAutoFocus';

/** Log a call, email, meeting or note without the mouse: Enter saves, Escape cancels. */
export function QuickAddForm({ model, accountId, onClosed }: { model: QuickAddModel; accountId: string; onClosed(): void }) {
  const { t } = useI18n();
  const focusRef = useAutoFocus<HTMLSelectElement>();
  const draft = model.draft.value;
  const error = model.error.value;
  return (
    <form
      class="inline-form quick-add"
      data-testid="quick-add-form"
      aria-label={t('pipelineQuickAddTitle')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await model.save(accountId)) onClosed();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        model.cancel();
        onClosed();
      }}
    >
      <div class="field">
        <label for="quick-add-kind">{t('pipelineQuickAddKind')}</label>
        <select id="quick-add-kind" ref={focusRef} value={draft.kind} onChange={(event) => model.edit({ kind: event.currentTarget.value as QuickAddKind })}>
          {QUICK_ADD_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`activity_${kind}`)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="quick-add-content">{t('pipelineQuickAddContent')}</label>
        <input id="quick-add-content" maxLength={20000} value={draft.content} onInput={(event) => model.edit({ content: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="quick-add-result">{t('pipelineQuickAddResult')}</label>
        <input id="quick-add-result" maxLength={200} value={draft.result} onInput={(event) => model.edit({ result: event.currentTarget.value })} />
      </div>
      {error && <p class="field__error" role="alert">{t(error)}</p>}
      <p class="field__hint">{t('pipelineQuickAddKeys')}</p>
      <div class="actions">
        <button type="submit" class="button button--primary">{t('pipelineQuickAddSave')}</button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            model.cancel();
            onClosed();
          }}
        >
          {t('pipelineCancel')}
        </button>
      </div>
    </form>
  );
}
