import { getDB, onDbChange } from '../../db';
import { EXPORT_ENTITIES, exportCsvParts, exportJson, type ExportData } from '../../csv/exportRecords';
import { createAccountHistoryIndexer, type AccountHistoryIndexer } from '../metrics/accountHistory';
import { computeDashboard, type DashboardData } from '../metrics/computeDashboard';
import { parseImportFile, runImport } from './importSession';
import { WorkerRequest, type ProgressStage, type WorkerResponse } from './protocol';
import { readAllRecords, readDashboardData } from './readDashboardData';
import { attachScores, readAllScores } from '../../scoring/store/scorePages';

/**
 * The dashboard's worker (issue 8): reads IndexedDB itself, computes aggregates, builds exports and
 * runs CSV imports, so the page never blocks on 500k records. The store is read once and kept until
 * a write anywhere is announced (lib/db's change channel reaches workers too).
 */
let data: Promise<DashboardData> | null = null;
let parsedFile: Awaited<ReturnType<typeof parseImportFile>>['file'] | null = null;

onDbChange(() => {
  data = null;
});

const post = (response: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });

/**
 * The store, read once and kept. The request that starts the read passes its `indexer`, fed range
 * by range while the next range is read, so its aggregates are ready soon after the last range.
 */
function loadData(id: number, indexer?: AccountHistoryIndexer): Promise<DashboardData> {
  data ??= getDB()
    .then((db) =>
      readDashboardData(db, {
        onProgress: (done) => post({ id, kind: 'progress', stage: 'reading', done }),
        onAccounts: indexer && ((accounts) => indexer.addAccounts(accounts)),
        onActivities: indexer && ((activities) => indexer.addActivities(activities)),
      }),
    )
    .catch((error: unknown) => {
      data = null;
      throw error;
    });
  return data;
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  const progress = (stage: ProgressStage, done: number, total?: number) => post({ id, kind: 'progress', stage, done, total });
  switch (request.kind) {
    case 'aggregate': {
      // Only the request that starts a read indexes it: the index is for its `now`.
      const indexer = data ? undefined : createAccountHistoryIndexer(request.now);
      const store = await loadData(id, indexer);
      progress('computing', 0);
      const aggregates = computeDashboard(store, request, indexer?.finish());
      post({ id, kind: 'aggregates', aggregates });
      return;
    }
    case 'export': {
      progress('exporting', 0);
      const db = await getDB();
      const stamp = new Date().toISOString().slice(0, 10);
      if (request.format === 'json') {
        const [stored, contacts, activities, tasks] = await Promise.all(EXPORT_ENTITIES.map((entity) => readAllRecords(db, entity)));
        const accounts = attachScores(stored as ExportData['accounts'], await readAllScores(db));
        const all: ExportData = { accounts: accounts as ExportData['accounts'], contacts: contacts as ExportData['contacts'], activities: activities as ExportData['activities'], tasks: tasks as ExportData['tasks'] };
        post({ id, kind: 'exported', blob: new Blob([exportJson(all, Date.now())], { type: 'application/json' }), fileName: `leadkit-${stamp}.json` });
        return;
      }
      const stored = await readAllRecords(db, request.entity);
      const records = request.entity === 'accounts' ? attachScores(stored as ExportData['accounts'], await readAllScores(db)) : stored;
      const parts = exportCsvParts(request.entity, records as never, request.timeZone);
      post({ id, kind: 'exported', blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName: `leadkit-${request.entity}-${stamp}.csv` });
      return;
    }
    case 'importParse': {
      const result = await parseImportFile(request.file, request.fileName, progress);
      parsedFile = result.file;
      post({ id, kind: 'parsed', parsed: result.parsed });
      return;
    }
    case 'importRun': {
      if (!parsedFile) throw new Error('no parsed file: choose the file again');
      const report = await runImport(parsedFile, request, progress);
      parsedFile = null;
      post({ id, kind: 'imported', report });
    }
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = WorkerRequest.safeParse(event.data);
  if (!request.success) {
    console.warn('[leadkit] dashboard worker dropped a malformed request', request.error.issues[0]);
    return;
  }
  handle(request.data).catch((error: unknown) => {
    console.error('[leadkit] dashboard worker request failed', error);
    post({ id: request.data.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
