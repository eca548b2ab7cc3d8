import type { ScriptsSettingsModel } from '../../lib/scripts/options/scriptsSettingsModel';
import { kindLabelKey } from '../../lib/scripts/labelKeys';
import { useI18n } from '../common/I18n';
import { ScriptEditor } from '../scripts/ScriptEditor';
import { WorksBestList } from '../scripts/WorksBestList';

/** The manager's scripts library: what works best, the list, and the editor. */
export function ScriptsSettings({ model }: { model: ScriptsSettingsModel }) {
  const { t, locale } = useI18n();
  const pending = model.pendingDelete.value;
  const form = model.form.value;
  const status = model.status.value;
  return (
    <section class="card scripts-settings" aria-labelledby="scripts-settings-title" data-testid="scripts-settings">
      <h2 id="scripts-settings-title">{t('scriptsOptionsTitle')}</h2>
      <WorksBestList scripts={model.worksBest.value} />
      {form ? (
        <ScriptEditor model={model} form={form} />
      ) : (
        <button type="button" class="button" data-testid="script-new" onClick={() => model.startNew(locale)}>
          {t('scriptsNew')}
        </button>
      )}
      <p class="save-status" role="status" data-testid="script-save-status">
        {status.kind === 'saved' && t('scriptsSaved')}
        {status.kind === 'invalid' && t('scriptsInvalid', { field: t(`scriptsField_${status.field}`) })}
        {status.kind === 'failed' && t('scriptsSaveFailed')}
      </p>
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="script-delete-question">
          <p id="script-delete-question">{t('scriptsDeleteConfirm', { title: pending.title })}</p>
          <button type="button" class="button button--danger" data-testid="script-delete-confirm" onClick={() => void model.confirmDelete()}>
            {t('scriptsConfirmDelete')}
          </button>
          <button type="button" class="button" onClick={model.cancelDelete}>{t('scriptsCancel')}</button>
        </div>
      )}
      <ul class="scripts-settings__list">
        {model.scripts.value.map((script) => (
          <li key={script.id} class="scripts-settings__item" data-testid="script-item">
            <span class="scripts-settings__title">{script.title}</span>
            <span class="muted">
              {t(kindLabelKey(script.kind))}
              {' · '}
              {t(`scriptsLocale_${script.locale}`)}
            </span>
            <button type="button" class="button button--small" onClick={() => model.edit(script)}>{t('scriptsEdit')}</button>
            <button type="button" class="button button--small" onClick={() => model.askDelete(script)}>{t('scriptsDelete')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
