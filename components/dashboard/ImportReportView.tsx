import type { ImportReport } from '../../lib/csv/importLeads';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

/** Rows listed on screen; the full list of skipped rows downloads as CSV. */
const SHOWN = 200;

/** What was imported, what was skipped and why (every row), and what was imported with a change. */
export function ImportReportView({ report, onDownloadSkipped, onAgain }: { report: ImportReport; onDownloadSkipped(): void; onAgain(): void }) {
  const { t } = useI18n();
  const f = useFormatters();
  return (
    <div class="import-report" data-testid="import-report">
      <p data-testid="import-summary">
        {t('dashboardImportSummary', { imported: f.count(report.imported), skipped: f.count(report.skipped.length), rows: f.count(report.rows), contacts: f.count(report.contacts) })}
      </p>
      {report.stopped && <p class="notice notice--error">{t('dashboardImportStopped', { row: report.stopped.fromRow, message: report.stopped.message })}</p>}
      {report.skipped.length > 0 && (
        <>
          <h4>{t('dashboardImportSkippedTitle')}</h4>
          <ul class="plain-list import-report__list" data-testid="import-skipped">
            {report.skipped.slice(0, SHOWN).map((row) => (
              <li key={row.row} data-row={row.row}>
                {t('dashboardImportRowLine', {
                  row: row.row,
                  text: row.problems.map((problem) => t(`dashboardImportSkip_${problem.code}`, { detail: problem.detail ?? '' })).join(t('dashboardListSeparator')),
                })}
              </li>
            ))}
          </ul>
          {report.skipped.length > SHOWN && <p class="muted">{t('dashboardImportMore', { count: f.count(report.skipped.length - SHOWN) })}</p>}
          <button type="button" class="button" data-testid="import-download-skipped" onClick={onDownloadSkipped}>
            {t('dashboardImportDownloadSkipped')}
          </button>
        </>
      )}
      {report.warned.length > 0 && (
        <details>
          <summary>{t('dashboardImportWarnedTitle', { count: f.count(report.warned.length) })}</summary>
          <ul class="plain-list import-report__list" data-testid="import-warned">
            {report.warned.slice(0, SHOWN).map((row) => (
              <li key={row.row} data-row={row.row}>
                {t('dashboardImportRowLine', {
                  row: row.row,
                  text: row.warnings.map((warning) => t(`dashboardImportWarn_${warning.code}`, { detail: warning.detail ?? '' })).join(t('dashboardListSeparator')),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={onAgain}>
          {t('dashboardImportAgain')}
        </button>
      </div>
    </div>
  );
}
