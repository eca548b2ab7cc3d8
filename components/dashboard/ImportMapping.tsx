import { IMPORT_FIELDS } from '../../lib/csv/importColumns';
import type { ImportExportModel, ImportState } from '../../lib/dashboard/page/importExportModel';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

/** Which column fills which field, guessed from the headers (English and Chinese), with a preview. */
export function ImportMapping({ model, state }: { model: ImportExportModel; state: Extract<ImportState, { kind: 'mapping' }> }) {
  const { t } = useI18n();
  const f = useFormatters();
  const { parsed, mapping } = state;
  const example = (column: number | undefined) => (column === undefined ? '' : (parsed.sample.find((row) => row[column]?.trim())?.[column] ?? ''));
  const canImport = mapping.name !== undefined || mapping.website !== undefined || mapping.email !== undefined;
  return (
    <div class="import-mapping" data-testid="import-mapping">
      <p>{t('dashboardImportRead', { file: parsed.fileName, rows: f.count(parsed.rowCount), encoding: parsed.encoding })}</p>
      {parsed.unterminatedQuote && <p class="notice notice--warning">{t('dashboardImportUnterminated')}</p>}
      <table class="dash-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboardImportField')}</th>
            <th scope="col">{t('dashboardImportColumn')}</th>
            <th scope="col">{t('dashboardImportExample')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">
                <label for={`map-${field}`}>{t(`dashboardImportField_${field}`)}</label>
              </th>
              <td>
                <select
                  id={`map-${field}`}
                  data-testid={`map-${field}`}
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLSelectElement).value;
                    model.mapField(field, value === '' ? undefined : Number(value));
                  }}
                >
                  <option value="">{t('dashboardImportSkipField')}</option>
                  {parsed.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || t('dashboardImportColumnN', { n: index + 1 })}
                    </option>
                  ))}
                </select>
              </td>
              <td class="muted">{example(mapping[field]).slice(0, 60)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapping.capturedAt !== undefined && (
        <div class="field">
          <label for="import-day-first">{t('dashboardImportDateOrder')}</label>
          <select id="import-day-first" value={state.dayFirst ? 'day' : 'month'} onChange={(e) => model.setDayFirst((e.currentTarget as HTMLSelectElement).value === 'day')}>
            <option value="month">{t('dashboardImportMonthFirst')}</option>
            <option value="day">{t('dashboardImportDayFirst')}</option>
          </select>
        </div>
      )}
      <div class="actions">
        <button type="button" class="button button--primary" data-testid="import-start" disabled={!canImport} onClick={() => void model.startImport()}>
          {t('dashboardImportStart', { rows: f.count(parsed.rowCount) })}
        </button>
        <button type="button" class="button button--quiet" onClick={model.reset}>
          {t('dashboardImportCancel')}
        </button>
      </div>
    </div>
  );
}
