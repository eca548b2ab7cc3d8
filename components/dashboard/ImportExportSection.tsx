import { EXPORT_ENTITIES } from '../../lib/csv/exportRecords';
import type { ImportExportModel } from '../../lib/dashboard/page/importExportModel';
import { useI18n } from '../common/I18n';
import { ImportPanel } from './ImportPanel';

/** Export everything (CSV per kind of record, or one JSON file) and import leads from CSV. */
export function ImportExportSection({ model }: { model: ImportExportModel }) {
  const { t } = useI18n();
  const exporting = model.exportState.value;
  const busy = exporting.kind === 'busy';
  return (
    <section class="dash-section" aria-labelledby="io-heading" data-testid="import-export">
      <h2 id="io-heading">{t('dashboardIoTitle')}</h2>
      <h3>{t('dashboardExportTitle')}</h3>
      <p class="muted">{t('dashboardExportHint')}</p>
      <div class="actions">
        {EXPORT_ENTITIES.map((entity) => (
          <button key={entity} type="button" class="button" data-testid={`export-${entity}`} disabled={busy} onClick={() => void model.exportCsv(entity)}>
            {t(`dashboardExport_${entity}`)}
          </button>
        ))}
        <button type="button" class="button" data-testid="export-json" disabled={busy} onClick={() => void model.exportJson()}>
          {t('dashboardExportJson')}
        </button>
      </div>
      <p role="status" class="muted">
        {busy && t('dashboardExporting')}
      </p>
      {exporting.kind === 'failed' && <p class="notice notice--error">{t('dashboardExportFailed', { message: exporting.message })}</p>}
      <h3>{t('dashboardImportTitle')}</h3>
      <ImportPanel model={model} />
    </section>
  );
}
