import { getDB, onDbChange } from '../../db';
import { EXPORT_ENTITIES, exportCsvParts, exportJson, type ExportData } from '../../csv/exportRecords';
import { attachScores, readAllScores } from '../../scoring/store/scorePages';
import { readAllRecords } from './readDashboardData';
import { loadRowsAndGrades } from '../digest/loadDigest';
import { createHistoryCache } from '../digest/historyCache';
import { gradesFingerprint, keepFigures, keptFiguresFor, readKeptFigures, requestKey } from '../digest/figuresCache';
import { readAllGrades } from '../../scoring/store/readGrades';
import type { Grade } from '../../model/grade';
import type { DashboardAggregates } from '../metrics/aggregates';
import { computeAggregates } from '../metrics/computeDashboard';
import { WorkerRequest, type ProgressStage, type WorkerResponse } from './protocol';
import { sharedRead } from './sharedRead';
import { forecastFor } from '../../deals/dashboard/forecastRequest';
import { satisfactionByRepFor, satisfactionFor } from '../../satisfaction/dashboard/satisfactionRequest';
import { scorecardFor } from '../../kpi/scorecardRequest';

/**
 * The dashboard's worker (issue 8): reads IndexedDB itself, computes aggregates, builds exports and
 * runs CSV imports, so the page never blocks. Aggregates come from the digest (lib/dashboard/digest:
 * a row per account, kept up to date by every write), not from the 550k records; the digest is
 * read once and kept until a write anywhere is announced (lib/db's change channel reaches workers
 * too; sharedRead.ts says what a write announced during the read does). The import code (CSV
 * parsing, phone numbers, duplicate checks: most of the worker's code) is loaded on first use, so
 * the worker starts and answers the page's first request without it.
 */
let parsedFile: Awaited<ReturnType<typeof import('./importSession').parseImportFile>>['file'] | null = null;
/** Progress of the shared read goes to the request that started it (0: the read ahead, no request). */
let readingFor = 0;
/** Histories are built page by page while the digest is still being read (historyCache.ts). */
const histories = createHistoryCache();
/** The grades of the latest read of the digest: the kept figures' check compares them too. */
let gradesRead: Promise<Map<string, Grade>> | null = null;
const digest = sharedRead(() =>
  getDB().then((db) => {
    gradesRead = readAllGrades(db);
    return loadRowsAndGrades(db, { onProgress: (done, share) => post({ id: readingFor, kind: 'progress', stage: 'reading', done, share }), onPage: histories.addPage }, gradesRead);
  }),
);

/** A write was announced since the worker started: what it checked ahead may no longer hold. */
let changedSinceStart = false;
onDbChange(() => {
  changedSinceStart = true;
  digest.invalidate();
});

const post = (response: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });

function loadRows(id: number) {
  readingFor = id;
  return digest.get();
}

/** The last open's figures, when they are still the store's (figuresCache.ts). */
async function keptFigures(request: string): Promise<DashboardAggregates | null> {
  const db = await getDB();
  return keptFiguresFor(db, request, () => gradesRead ?? readAllGrades(db));
}

/**
 * Checked as the worker starts, before the page asks: the kept figures, if they are still the
 * store's (for whatever request they were kept). While they are, the digest is read once they are
 * shown, so the page's start-up has the other core to itself instead of sharing it with the parse
 * of ~1,000 pages; otherwise the digest is read at once, ahead of the page's request, as before.
 */
const keptAhead = (async () => {
  const db = await getDB();
  const kept = await readKeptFigures(db);
  if (!kept) return null;
  return gradesFingerprint(await readAllGrades(db)) === kept.grades ? kept : null;
})().catch((error: unknown) => {
  console.warn('[leadkit] reading the kept dashboard figures failed', error);
  return null;
});
let firstAggregate = true;

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  const progress = (stage: ProgressStage, done: number, total?: number) => post({ id, kind: 'progress', stage, done, total });
  switch (request.kind) {
    case 'aggregate': {
      const key = requestKey(request);
      // The kept figures show while the digest is read and the figures for now are computed.
      let computed = false;
      const ahead = firstAggregate ? await keptAhead : null;
      firstAggregate = false;
      if (ahead && ahead.request === key && !changedSinceStart) {
        post({ id, kind: 'kept', aggregates: ahead.aggregates });
      } else {
        keptFigures(key).then(
          (kept) => {
            if (kept && !computed) post({ id, kind: 'kept', aggregates: kept });
          },
          (error: unknown) => console.warn('[leadkit] reading the kept dashboard figures failed', error),
        );
      }
      const { pages, grades, stamp } = await loadRows(id);
      progress('computing', 0);
      const aggregates = computeAggregates(histories.inputs(pages, grades, request.now), request);
      computed = true;
      post({ id, kind: 'aggregates', aggregates });
      // Kept only when computed from a digest with nothing marked: exactly the stamp's.
      if (stamp !== undefined) {
        const db = await getDB();
        await keepFigures(db, key, { digest: stamp, grades: gradesFingerprint(grades) }, aggregates).catch((error: unknown) => console.warn('[leadkit] keeping the dashboard figures failed', error));
      }
      return;
    }
    case 'export': {
      progress('exporting', 0);
      const db = await getDB();
      const stamp = new Date().toISOString().slice(0, 10);
      if (request.format === 'json') {
        const [stored, contacts, activities, tasks, deals] = await Promise.all(EXPORT_ENTITIES.map((entity) => readAllRecords(db, entity)));
        const accounts = attachScores(stored as ExportData['accounts'], await readAllScores(db));
        const all: ExportData = { accounts: accounts as ExportData['accounts'], contacts: contacts as ExportData['contacts'], activities: activities as ExportData['activities'], tasks: tasks as ExportData['tasks'], deals: deals as ExportData['deals'] };
        post({ id, kind: 'exported', blob: new Blob([exportJson(all, Date.now())], { type: 'application/json' }), fileName: `leadkit-${stamp}.json` });
        return;
      }
      const stored = await readAllRecords(db, request.entity);
      const records = request.entity === 'accounts' ? attachScores(stored as ExportData['accounts'], await readAllScores(db)) : stored;
      const parts = exportCsvParts(request.entity, records as never, request.timeZone);
      post({ id, kind: 'exported', blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName: `leadkit-${request.entity}-${stamp}.csv` });
      return;
    }
    case 'forecast': {
      // Deals are read whole each time (no digest): one store, a few fields each.
      const deals = await readAllRecords(await getDB(), 'deals');
      post({ id, kind: 'forecast', forecast: forecastFor(deals, request) });
      return;
    }
    case 'satisfaction': {
      // Surveys and complaints through their index (upgrade 11): no digest, no scan.
      post({ id, kind: 'satisfaction', report: await satisfactionFor(await getDB(), request) });
      return;
    }
    case 'scorecard': {
      const db = await getDB();
      const [deals, satisfaction] = await Promise.all([readAllRecords(db, 'deals'), satisfactionByRepFor(db, request.period)]);
      post({ id, kind: 'scorecard', scorecard: scorecardFor(deals, request, satisfaction) });
      return;
    }
    case 'importDeals': {
      const { importDealsFile } = await import('../../deals/dashboard/dealImportRun');
      post({ id, kind: 'dealsImported', report: await importDealsFile(await getDB(), request) });
      return;
    }
    case 'importParse': {
      const { parseImportFile } = await import('./importSession');
      const result = await parseImportFile(request.file, request.fileName, progress);
      parsedFile = result.file;
      post({ id, kind: 'parsed', parsed: result.parsed });
      return;
    }
    case 'importRun': {
      if (!parsedFile) throw new Error('no parsed file: choose the file again');
      const { runImport } = await import('./importSession');
      const report = await runImport(parsedFile, request, progress);
      parsedFile = null;
      post({ id, kind: 'imported', report });
    }
  }
}

// The page creates this worker first thing: unless the kept figures answer its first request, the
// digest is read meanwhile, before the page has read its settings and asked (progress of this read
// goes to no request: id 0 is never one).
void keptAhead.then((kept) => {
  if (!kept) loadRows(0).catch((error: unknown) => console.warn('[leadkit] reading the dashboard digest ahead failed', error));
});

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
