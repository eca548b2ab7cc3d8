import type { DealImportModel } from '../../lib/deals/dashboard/dealImportModel';
import { useI18n } from '../common/I18n';

/** Import deals from a CSV with the export's columns; each row not imported is listed with its reason. */
export function DealImportPanel({ model }: { model: DealImportModel }) {
  const { t } = useI18n();
  const state = model.state.value;
  return (
    <div data-testid="deal-import">
      <h3>{t('dealImportTitle')}</h3>
      <label for="deal-import-file">{t('dealImportChoose')}</label>
      <input
        id="deal-import-file"
        type="file"
        accept=".csv,text/csv"
        disabled={state.kind === 'busy'}
        aria-describedby="deal-import-hint"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void model.importFile(file);
          event.currentTarget.value = '';
        }}
      />
      <p id="deal-import-hint" class="muted">{t('dealImportHint')}</p>
      <p role="status">
        {state.kind === 'busy' && t('dealImportBusy')}
        {state.kind === 'done' && t('dealImportDone', { imported: String(state.report.imported), skipped: String(state.report.errorCount) })}
      </p>
      {state.kind === 'failed' && <p class="notice notice--error">{t('dealImportFailed', { message: state.message })}</p>}
      {state.kind === 'done' && state.report.tooManyRows && <p class="notice notice--error">{t('dealImportTooMany')}</p>}
      {state.kind === 'done' && state.report.errors.length > 0 && (
        <ul class="plain-list" data-testid="deal-import-errors">
          {state.report.errors.map((row) => (
            <li key={row.row}>{t('dealImportRowError', { row: String(row.row), reason: t(`dealImportError_${row.error}`), field: row.field ?? '' })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
