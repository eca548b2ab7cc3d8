/**
 * Re-scoring 100k stored leads in IndexedDB (issue #4; budget ≤ 3 s), through the same code the
 * background runs: batches by account id, four range reads per batch (the next read while one is
 * stored), changed scores stored in score pages with their grade history (lib/scoring/store).
 *
 *   npx tsx tests/bench/rescore.ts
 *
 * First the run after a bulk load: no scoring inputs are stored yet (lib/scoring/inputs), so it
 * reads every record and stores them. Then two runs from the stored inputs: the one after a rule
 * change (every score differs, every account is re-written, every grade is new), and a routine one
 * (decay alarm: read and score all, write nothing); each run a sample (RESCORE_BENCH_REPEATS of each
 * kind, one by default: `npm run bench` runs this in three fresh processes). Measured in real
 * Chromium's IndexedDB (this same module bundled with esbuild into a page served from localhost, when
 * /usr/bin/chromium exists; that is the number the budget is about) and, with RESCORE_BENCH_NODE=1 or
 * without a Chromium, in Node on fake-indexeddb, a pure-JS implementation many times slower.
 */
import { openLeadKitDB, type LeadKitDatabase } from '../../lib/db';
import type { Account } from '../../lib/model';
import { compileRuleSet, DEFAULT_RULE_SET } from '../../lib/scoring';
import { rescoreAllStored } from '../../lib/scoring/rescore/rescoreStored';
import { emptyTimings, type RescoreTimings } from '../../lib/scoring/rescore/rescoreTimings';
import { pruneScores } from '../../lib/scoring/store/pruneScores';
import type { BenchResult } from './budget';

const LEADS = Number(globalThis.process?.env?.RESCORE_BENCH_LEADS ?? 100_000);
const NOW = Date.UTC(2025, 5, 1);
/** Runs of each kind from the stored inputs in one Chromium (the runner runs this suite in several processes too). */
const CHROMIUM_REPEATS = Number(globalThis.process?.env?.RESCORE_BENCH_REPEATS) || 1;
const DAY = 86_400_000;
const INDUSTRIES = ['Software', 'Manufacturing', 'Retail', '软件', 'Logistics', undefined];

function lead(index: number): Account {
  return {
    id: `acc-${String(index).padStart(6, '0')}`,
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    version: 0,
    name: `Company ${index}`,
    domain: `company${index}.com`,
    stage: 'lead',
    industry: INDUSTRIES[index % INDUSTRIES.length],
    employees: index % 3 === 0 ? undefined : 20 + (index % 2000),
    annualRevenue: index % 4 === 0 ? 2e7 : undefined,
    tags: index % 7 === 0 ? ['product-fit'] : [],
    phones: [],
    emails: [`sales@company${index}.com`],
    capturedAt: NOW - DAY,
  };
}

/** Seeds directly (one transaction per 10k) so the bench measures re-scoring, not seeding. */
async function seed(db: LeadKitDatabase): Promise<void> {
  for (let start = 0; start < LEADS; start += 10_000) {
    const tx = db.transaction(['accounts', 'contacts', 'activities', 'visits'], 'readwrite');
    for (let index = start; index < start + 10_000; index++) {
      const account = lead(index);
      void tx.objectStore('accounts').put(account);
      if (index % 2 === 0) {
        void tx.objectStore('contacts').put({ id: `c-${index}`, accountId: account.id, name: 'Someone', title: index % 4 === 0 ? 'CTO' : 'Engineer', createdAt: NOW, updatedAt: NOW - DAY, version: 0 });
      }
      if (index % 5 === 0) {
        void tx.objectStore('activities').put({ id: `a-${index}`, accountId: account.id, kind: 'email', result: 'replied', at: NOW - 3 * DAY, content: '', createdAt: NOW, updatedAt: NOW - DAY, version: 0 });
      }
      if (index % 3 === 0) void tx.objectStore('visits').put({ id: `v-${index}`, accountId: account.id, startedAt: NOW - 2 * DAY, seconds: 240 });
    }
    await tx.done;
  }
}

/** Where a run's time went: the read waited for (it overlaps the previous batch), scoring, and storing. */
const breakdown = (timings: RescoreTimings) =>
  `  reading the stored inputs ${timings.inputs.toFixed(0)} ms, storing them ${timings.storeInputs.toFixed(0)} ms, waiting for reads ${timings.read.toFixed(0)} ms, scoring ${timings.score.toFixed(0)} ms, reading score pages ${timings.readPages.toFixed(0)} ms, ` +
  `packing and comparing ${timings.compare.toFixed(0)} ms, writing ${timings.write.toFixed(0)} ms`;

/**
 * Seeds a fresh database and times both runs, `repeats` times (each a sample: one run
 * on this shared 2-core machine varied by ±20%); runs in Node (fake-indexeddb) and in a browser page.
 * Each repeat starts with no scores stored, so each is the worst case again: every score written,
 * every account's grade moving (its first), a history entry each.
 */
export async function measureRescore(log: (line: string) => void = () => {}, batchSize?: number, repeats = 1): Promise<RescoreMeasures> {
  const db = await openLeadKitDB(`rescore-bench-${Date.now()}`);
  const seeded = performance.now();
  await seed(db);
  log(`seeded ${LEADS.toLocaleString('en')} accounts (+${LEADS / 2} contacts, ${LEADS / 5} activities, ${Math.ceil(LEADS / 3)} visits) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const compiled = compileRuleSet(DEFAULT_RULE_SET);
  // The seed went around the writers, so no scoring inputs are stored: the first run reads every
  // record and stores them, as after a bulk import or the upgrade that added them. Once.
  const buildTimings = emptyTimings();
  const buildStarted = performance.now();
  const build = await rescoreAllStored(db, compiled, { now: NOW - DAY, batchSize, timings: buildTimings });
  const buildMs = performance.now() - buildStarted;
  // The inputs are stored once every grade is: the grades are what the rep waits for.
  const gradesMs = buildMs - buildTimings.storeInputs;
  log(`first run after the bulk load (reads the records, stores the inputs): ${JSON.stringify({ ...build, gradeChangedIds: build.gradeChangedIds.length })}, every grade stored in ${(gradesMs / 1000).toFixed(2)} s, the inputs in ${(buildMs / 1000).toFixed(2)} s`);
  log(breakdown(buildTimings));
  if (build.written !== LEADS || (await db.count('scoreInputPages')) === 0) throw new Error('the first run did not store the scores and the inputs');
  const rewrites: number[] = [];
  const routines: number[] = [];
  for (let repeat = 1; repeat <= repeats; repeat++) {
    const cleared = db.transaction(['scorePages', 'gradeChanges'], 'readwrite');
    await Promise.all([cleared.objectStore('scorePages').clear(), cleared.objectStore('gradeChanges').clear(), cleared.done]);

    let timings = emptyTimings();
    let started = performance.now();
    const first = await rescoreAllStored(db, compiled, { now: NOW, batchSize, timings });
    rewrites.push(performance.now() - started);
    log(`run ${repeat}, after a rule change: ${JSON.stringify({ ...first, gradeChangedIds: first.gradeChangedIds.length })} in ${(rewrites.at(-1)! / 1000).toFixed(2)} s`);
    log(breakdown(timings));

    timings = emptyTimings();
    started = performance.now();
    const routine = await rescoreAllStored(db, compiled, { now: NOW + 1, batchSize, timings });
    routines.push(performance.now() - started);
    log(`run ${repeat}, routine (nothing changed): ${JSON.stringify({ ...routine, gradeChangedIds: routine.gradeChangedIds.length })} in ${(routines.at(-1)! / 1000).toFixed(2)} s`);
    log(breakdown(timings));
    if (first.written !== LEADS || first.gradeChanges !== LEADS || routine.written !== 0) throw new Error('re-scoring did not write what it should have');
  }
  // Housekeeping the background runs after a complete re-score (not part of it: every score is stored by then).
  const started = performance.now();
  const dropped = await pruneScores(db);
  log(`then dropping the scores of deleted accounts (${dropped}): ${(performance.now() - started).toFixed(0)} ms`);
  db.close();
  return { gradesMs: Math.round(gradesMs), buildMs: Math.round(buildMs), rewriteMs: rewrites.map(Math.round), routineMs: routines.map(Math.round) };
}

interface RescoreMeasures {
  /** The first run, from the records: until every grade is stored, and until its inputs are too. */
  gradesMs: number;
  buildMs: number;
  /** Each run from the stored inputs. */
  rewriteMs: number[];
  routineMs: number[];
}

/** The same measurement in headless Chromium: this module bundled into a page on a local origin. */
async function measureInChromium(log: (line: string) => void): Promise<RescoreMeasures | null> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const { existsSync } = await import('node:fs');
  if (!existsSync(chromiumPath)) {
    log(`no Chromium at ${chromiumPath}: real-IndexedDB numbers skipped`);
    return null;
  }
  const [{ build }, { chromium }, { createServer }] = await Promise.all([import('esbuild'), import('playwright-core'), import('node:http')]);
  const bundle = await build({
    stdin: { contents: `import { measureRescore } from './rescore.ts'; window.measureRescore = measureRescore;`, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'globalThis.process': 'undefined' },
    external: ['node:*', 'esbuild', 'playwright-core', 'fake-indexeddb/auto'],
    logLevel: 'silent',
  });
  const page = `<!doctype html><script type="module">${bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script')}</script>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    tab.on('console', (message) => log(`  chromium: ${message.text()}`));
    await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await tab.waitForFunction(() => 'measureRescore' in window);
    const batchSize = Number(process.env.RESCORE_BENCH_BATCH) || undefined;
    return await tab.evaluate(
      ([size, repeats]) =>
        (window as unknown as { measureRescore(log: (line: string) => void, size?: number, repeats?: number): Promise<RescoreMeasures> }).measureRescore(console.log, size, repeats),
      [batchSize, CHROMIUM_REPEATS] as const,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * In `npm run bench` (runs this in three fresh processes): Chromium only, each run one sample of each
 * kind. fake-indexeddb's numbers (a reference only: far slower than any browser's IndexedDB) come
 * only with RESCORE_BENCH_NODE=1, or in place of Chromium's when there is none.
 */
export async function runRescoreBench(log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  log('in headless Chromium (real IndexedDB):');
  const real = await measureInChromium(log);
  const inNode = async () => {
    log('in Node on fake-indexeddb (reference only):');
    // A variable specifier: the package's `auto` entry has no type declarations, and needs none here.
    const installFakeIndexedDB = 'fake-indexeddb/auto';
    await import(installFakeIndexedDB);
    return measureRescore(log, Number(process.env.RESCORE_BENCH_BATCH) || undefined);
  };
  if (real) {
    if (process.env.RESCORE_BENCH_NODE === '1') {
      const node = await inNode();
      log(`(fake-indexeddb, reference only: first run ${node.buildMs} ms, all re-written ${node.rewriteMs.join(', ')} ms, nothing to write ${node.routineMs.join(', ')} ms)`);
    }
    return [
      // Like the dashboard's first-ever open: the one run that builds the derived store, shown beside the budget it is not held to.
      { name: 're-score 100k, first run after a bulk load: reads the records, stores the inputs (Chromium)', samples: [real.buildMs], unit: 'ms', budget: 3_000, kind: 'info' },
      { name: 're-score 100k stored leads, all re-written (Chromium)', samples: real.rewriteMs, unit: 'ms', budget: 3_000 },
      { name: 're-score 100k stored leads, nothing to write (Chromium)', samples: real.routineMs, unit: 'ms', budget: 3_000 },
    ];
  }
  const node = await inNode();
  return [
    { name: 're-score 100k, first run after a bulk load (fake-indexeddb, no Chromium here)', samples: [node.buildMs], unit: 'ms', budget: 3_000, kind: 'info' },
    { name: 're-score 100k, all re-written (fake-indexeddb, no Chromium here)', samples: node.rewriteMs, unit: 'ms', budget: 3_000 },
    { name: 're-score 100k, nothing to write (fake-indexeddb, no Chromium here)', samples: node.routineMs, unit: 'ms', budget: 3_000 },
  ];
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { formatRow, judge } = await import('./budget');
  for (const result of await runRescoreBench((line) => console.log(line))) console.log(formatRow(judge(result)));
}
