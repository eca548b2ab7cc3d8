import { signal, type ReadonlySignal } from '@preact/signals';
import type { Stage } from '../../model';
import type { DealImportReport } from './dealImportRun';

export interface DealImportDeps {
  importDeals(request: { file: Blob; actor: string; table: Partial<Record<Stage, number>> }): Promise<DealImportReport>;
  actor(): string;
  stageProbabilities(): Promise<Record<Stage, number>>;
}

export type DealImportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; report: DealImportReport } | { kind: 'failed'; message: string };

export interface DealImportModel {
  state: ReadonlySignal<DealImportState>;
  importFile(file: Blob): Promise<void>;
}

/** The dashboard's deals import: one CSV, checked and written by the worker, then its report. */
export function createDealImportModel(deps: DealImportDeps): DealImportModel {
  const state = signal<DealImportState>({ kind: 'idle' });
  return {
    state,
    async importFile(file) {
      state.value = { kind: 'busy' };
      try {
        const report = await deps.importDeals({ file, actor: deps.actor(), table: await deps.stageProbabilities() });
        state.value = { kind: 'done', report };
      } catch (error) {
        state.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
