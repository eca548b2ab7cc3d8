import { signal, type ReadonlySignal } from '@preact/signals';
import { csvParts } from '../../csv/csvWriter';
import type { ExportEntity } from '../../csv/exportRecords';
import type { ColumnMapping, ImportField } from '../../csv/importColumns';
import type { ImportReport } from '../../csv/importLeads';
import type { Translate } from '../../i18n';
import type { ParsedImport, ProgressStage } from '../worker/protocol';
import type { DashboardWorkerClient } from '../worker/workerClient';

export interface ImportExportDeps {
  worker: Pick<DashboardWorkerClient, 'exportFile' | 'parseImport' | 'runImport'>;
  download(blob: Blob, fileName: string): void;
  timeZone(): string;
  actor(): string;
  /** Region for national phone numbers in imported rows (`CN` for a Chinese-language team). */
  phoneRegion?: string;
  t: Translate;
}

export type ExportState = { kind: 'idle' } | { kind: 'busy'; what: ExportEntity | 'json' } | { kind: 'failed'; message: string };
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'parsing'; done: number; total: number }
  | { kind: 'mapping'; parsed: ParsedImport; mapping: ColumnMapping; dayFirst: boolean }
  | { kind: 'importing'; stage: ProgressStage; done: number; total: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export interface ImportExportModel {
  exportState: ReadonlySignal<ExportState>;
  importState: ReadonlySignal<ImportState>;
  exportCsv(entity: ExportEntity): Promise<void>;
  exportJson(): Promise<void>;
  chooseFile(file: File): Promise<void>;
  mapField(field: ImportField, column: number | undefined): void;
  setDayFirst(dayFirst: boolean): void;
  startImport(): Promise<void>;
  downloadSkipped(): void;
  reset(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export (CSV per entity, or JSON) and the lead import's steps: file → mapping → import → report. */
export function createImportExportModel(deps: ImportExportDeps): ImportExportModel {
  const exportState = signal<ExportState>({ kind: 'idle' });
  const importState = signal<ImportState>({ kind: 'idle' });

  async function runExport(what: ExportEntity | 'json'): Promise<void> {
    exportState.value = { kind: 'busy', what };
    try {
      const request = what === 'json' ? { format: 'json' as const, entity: 'accounts' as const } : { format: 'csv' as const, entity: what };
      const { blob, fileName } = await deps.worker.exportFile({ ...request, timeZone: deps.timeZone() });
      deps.download(blob, fileName);
      exportState.value = { kind: 'idle' };
    } catch (error) {
      exportState.value = { kind: 'failed', message: message(error) };
    }
  }

  return {
    exportState,
    importState,
    exportCsv: (entity) => runExport(entity),
    exportJson: () => runExport('json'),
    async chooseFile(file) {
      importState.value = { kind: 'parsing', done: 0, total: file.size };
      try {
        const parsed = await deps.worker.parseImport(file, file.name, (_stage, done, total) => {
          importState.value = { kind: 'parsing', done, total: total ?? file.size };
        });
        importState.value = { kind: 'mapping', parsed, mapping: parsed.guessedMapping, dayFirst: false };
      } catch (error) {
        importState.value = { kind: 'failed', message: message(error) };
      }
    },
    mapField(field, column) {
      const current = importState.value;
      if (current.kind !== 'mapping') return;
      const mapping: ColumnMapping = { ...current.mapping };
      if (column === undefined) delete mapping[field];
      else {
        // A column fills one field: taking it here frees it elsewhere.
        for (const [other, index] of Object.entries(mapping)) if (index === column) delete mapping[other as ImportField];
        mapping[field] = column;
      }
      importState.value = { ...current, mapping };
    },
    setDayFirst(dayFirst) {
      const current = importState.value;
      if (current.kind === 'mapping') importState.value = { ...current, dayFirst };
    },
    async startImport() {
      const current = importState.value;
      if (current.kind !== 'mapping') return;
      importState.value = { kind: 'importing', stage: 'checking', done: 0, total: current.parsed.rowCount };
      try {
        const report = await deps.worker.runImport(
          { mapping: current.mapping, dayFirst: current.dayFirst, timeZone: deps.timeZone(), actor: deps.actor(), phoneRegion: deps.phoneRegion },
          (stage, done, total) => (importState.value = { kind: 'importing', stage, done, total: total ?? current.parsed.rowCount }),
        );
        importState.value = { kind: 'done', report };
      } catch (error) {
        importState.value = { kind: 'failed', message: message(error) };
      }
    },
    downloadSkipped() {
      const current = importState.value;
      if (current.kind !== 'done') return;
      const { t } = deps;
      const rows = current.report.skipped.map((skipped) => [
        skipped.row,
        skipped.problems.map((problem) => t(`dashboardImportSkip_${problem.code}`, { detail: problem.detail ?? '' })).join(' / '),
        ...skipped.cells,
      ]);
      const parts = csvParts([t('dashboardImportRow'), t('dashboardImportReason')], rows);
      deps.download(new Blob(parts, { type: 'text/csv;charset=utf-8' }), `skipped-${current.report.fileName.replace(/\.[^.]+$/, '')}.csv`);
    },
    reset: () => (importState.value = { kind: 'idle' }),
  };
}
