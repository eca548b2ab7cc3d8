import type { ImportExportModel } from '../../lib/dashboard/page/importExportModel';
import { useI18n } from '../common/I18n';
import { ImportMapping } from './ImportMapping';
import { ImportReportView } from './ImportReportView';
import { useFormatters } from './useFormatters';

/** The import's steps: choose a file → check the column mapping → import → the report. */
export function ImportPanel({ model }: { model: ImportExportModel }) {
  const { t } = useI18n();
  const f = useFormatters();
  const state = model.importState.value;
  switch (state.kind) {
    case 'idle':
      return (
        <div class="field">
          <label for="import-file">{t('dashboardImportChoose')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,text/csv"
            data-testid="import-file"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void model.chooseFile(file);
            }}
          />
          <p class="muted">{t('dashboardImportHint')}</p>
        </div>
      );
    case 'parsing':
    case 'importing': {
      const stage = state.kind === 'parsing' ? 'parsing' : state.stage;
      return (
        <div role="status" data-testid="import-progress">
          <p>{t(`dashboardImportStage_${stage}`, { done: f.count(state.done), total: f.count(state.total) })}</p>
          <progress max={Math.max(1, state.total)} value={state.done} />
        </div>
      );
    }
    case 'mapping':
      return <ImportMapping model={model} state={state} />;
    case 'done':
      return <ImportReportView report={state.report} onDownloadSkipped={model.downloadSkipped} onAgain={model.reset} />;
    case 'failed':
      return (
        <div class="notice notice--error" role="alert">
          <p>{t('dashboardImportFailed', { message: state.message })}</p>
          <button type="button" class="button" onClick={model.reset}>
            {t('dashboardImportAgain')}
          </button>
        </div>
      );
  }
}
