import type { RuleEditorModel } from '../../lib/scoring/editor/ruleEditorModel';
import { useI18n } from '../common/I18n';
import { RuleSetErrors } from './RuleSetErrors';

/** Save, import and export the JSON, reset to the defaults (asked twice), and what just happened. */
export function RuleSetActions({ model }: { model: RuleEditorModel }) {
  const { t } = useI18n();
  const status = model.status.value;
  const busy = status === 'saving';
  return (
    <div class="scoring-actions">
      <RuleSetErrors title={t('scoringImportRefused')} problems={model.importErrors.value} testId="import-errors" />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={busy} data-testid="save-rules">
          {t('scoringSave')}
        </button>
        <label class="button file-button">
          {t('scoringImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-rules"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void model.importFile(file);
            }}
          />
        </label>
        <button type="button" class="button" onClick={model.exportJson} data-testid="export-rules">
          {t('scoringExport')}
        </button>
        {!model.confirmingReset.value && (
          <button type="button" class="button" disabled={busy} onClick={model.requestReset} data-testid="reset-rules">
            {t('scoringReset')}
          </button>
        )}
        <span class="save-status" role="status" data-testid="rules-status">
          {status === 'saved' && t('scoringSaved')}
          {status === 'reset' && t('scoringResetDone')}
          {status === 'imported' && t('scoringImported')}
          {status === 'invalid' && t('scoringSaveRefused')}
          {status === 'failed' && t('scoringSaveFailed')}
        </span>
      </div>
      {model.confirmingReset.value && (
        <div class="notice notice--warning" role="alertdialog" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">{t('scoringResetConfirm')}</p>
          <button type="button" class="button button--danger" onClick={() => void model.confirmReset()} data-testid="reset-confirm" ref={(button) => button?.focus()}>
            {t('scoringResetYes')}
          </button>{' '}
          <button type="button" class="button" onClick={model.cancelReset}>
            {t('scoringResetNo')}
          </button>
        </div>
      )}
    </div>
  );
}
