import type { ImportReport } from '../../csv/importLeads';
import type { Forecast } from '../../deals/forecast';
import type { DealImportReport } from '../../deals/dashboard/dealImportRun';
import type { SatisfactionReport } from '../../satisfaction/report';
import type { Scorecard } from '../../kpi/scorecardRequest';
import type { DashboardAggregates } from '../metrics/aggregates';
import type { ParsedImport, ProgressStage, WorkerRequest, WorkerResponse } from './protocol';

export type ProgressListener = (stage: ProgressStage, done: number, total?: number, share?: number) => void;
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Final = Exclude<WorkerResponse, { kind: 'progress' | 'kept' }>;
/** The last open's figures, shown until the ones for now come (protocol.ts's 'kept'). */
export type KeptListener = (aggregates: DashboardAggregates) => void;

export interface DashboardWorkerClient {
  aggregate(request: Omit<Extract<WorkerRequest, { kind: 'aggregate' }>, 'id' | 'kind'>, onProgress?: ProgressListener, onKept?: KeptListener): Promise<DashboardAggregates>;
  exportFile(request: Omit<Extract<WorkerRequest, { kind: 'export' }>, 'id' | 'kind'>): Promise<{ blob: Blob; fileName: string }>;
  parseImport(file: Blob, fileName: string, onProgress?: ProgressListener): Promise<ParsedImport>;
  runImport(request: Omit<Extract<WorkerRequest, { kind: 'importRun' }>, 'id' | 'kind'>, onProgress?: ProgressListener): Promise<ImportReport>;
  forecast(request: Omit<Extract<WorkerRequest, { kind: 'forecast' }>, 'id' | 'kind'>): Promise<Forecast>;
  importDeals(request: Omit<Extract<WorkerRequest, { kind: 'importDeals' }>, 'id' | 'kind'>): Promise<DealImportReport>;
  satisfaction(request: Omit<Extract<WorkerRequest, { kind: 'satisfaction' }>, 'id' | 'kind'>): Promise<SatisfactionReport>;
  scorecard(request: Omit<Extract<WorkerRequest, { kind: 'scorecard' }>, 'id' | 'kind'>): Promise<Scorecard>;
  dispose(): void;
}

/** The page's side of the worker channel: one promise per request, progress on the way. */
export function createDashboardWorkerClient(): DashboardWorkerClient {
  const worker = new Worker(new URL('./dashboardWorker.ts', import.meta.url), { type: 'module', name: 'leadkit-dashboard' });
  let nextId = 1;
  const pending = new Map<number, { resolve(response: Final): void; reject(error: Error): void; onProgress?: ProgressListener; onKept?: KeptListener }>();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.kind === 'progress') {
      waiting.onProgress?.(response.stage, response.done, response.total, response.share);
      return;
    }
    if (response.kind === 'kept') {
      waiting.onKept?.(response.aggregates);
      return;
    }
    pending.delete(response.id);
    if (response.kind === 'error') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  });
  worker.addEventListener('error', (event) => {
    const error = new Error(event.message || 'the dashboard worker failed to start');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });

  function send(body: RequestBody, onProgress?: ProgressListener, onKept?: KeptListener): Promise<Final> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress, onKept });
      worker.postMessage({ ...body, id });
    });
  }

  function expect<K extends Final['kind']>(response: Final, kind: K): Extract<Final, { kind: K }> {
    if (response.kind !== kind) throw new Error(`the worker answered ${response.kind}, not ${kind}`);
    return response as Extract<Final, { kind: K }>;
  }

  return {
    aggregate: async (request, onProgress, onKept) => expect(await send({ kind: 'aggregate', ...request }, onProgress, onKept), 'aggregates').aggregates,
    exportFile: async (request) => {
      const { blob, fileName } = expect(await send({ kind: 'export', ...request }), 'exported');
      return { blob, fileName };
    },
    parseImport: async (file, fileName, onProgress) => expect(await send({ kind: 'importParse', file, fileName }, onProgress), 'parsed').parsed,
    runImport: async (request, onProgress) => expect(await send({ kind: 'importRun', ...request }, onProgress), 'imported').report,
    forecast: async (request) => expect(await send({ kind: 'forecast', ...request }), 'forecast').forecast,
    importDeals: async (request) => expect(await send({ kind: 'importDeals', ...request }), 'dealsImported').report,
    satisfaction: async (request) => expect(await send({ kind: 'satisfaction', ...request }), 'satisfaction').report,
    scorecard: async (request) => expect(await send({ kind: 'scorecard', ...request }), 'scorecard').scorecard,
    dispose: () => worker.terminate(),
  };
}
