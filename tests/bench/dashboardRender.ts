/**
 * The dashboard on screen (issue 8, item 5: ≤ 1 s for 50k accounts and 500k activities, and the
 * aggregates must not block the UI), measured end to end in real Chromium with the production build
 * (.output/chrome-mv3): the page loads, its worker reads the real IndexedDB, computes, posts the
 * aggregates, and the page renders them.
 *
 * How: headless Debian Chromium with the build loaded. One extension page seeds the store
 * (dashboardSeed.ts, bundled with esbuild and run in the page; not timed). Then, for each run, a
 * fresh tab opens dashboard.html with an init script (PROBE) that records, on the page's own clock
 * (0 = navigation start), when the funnel's first count is in the DOM and the frame after it (the
 * numbers on screen), the page's long tasks (> 50 ms: 0 means none) while the worker reads and
 * computes and over the whole load, and, for the log, how late a 20 ms timer ran meanwhile (which
 * also counts the OS not scheduling the page on a loaded machine). The figures are medians over
 * the runs; the shown funnel is checked against the seeded store.
 *
 * Since the dashboard reads its digest (lib/dashboard/digest), the first-ever open (the digest
 * built from all 550k records) is reported apart, for information; the timed runs are the opens
 * after it, as a manager's every open is. Then dashboardWrites.ts: ~220 writes through the
 * extension's write path, and the open after them, against the same budget.
 *
 *   npx wxt build && npx tsx tests/bench/dashboardRender.ts
 *   DASHBOARD_RENDER_PROFILE=/tmp/dir …    (keep the seeded profile there and reuse it next time)
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForPage } from './pageBundle';
import { storeCounts } from './storeCounts';
import { describeTrace, startTrace } from './traceProfile';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BenchResult } from './budget';
import type { SeededStore } from './dashboardSeed';
import { opensAfterWrites, WRITES_PER_ROUND } from './dashboardWrites';

const BUILD = join(import.meta.dirname, '../../.output/chrome-mv3');
const RUNS = Number(process.env.DASHBOARD_RENDER_RUNS) || 5;
/** Rounds of writes then an open (dashboardWrites.ts). */
const WRITE_ROUNDS = Number(process.env.DASHBOARD_WRITE_ROUNDS) || 3;
const ACCOUNTS = 50_000;
const ACTIVITIES = 500_000;
const REUSE_PROFILE = process.env.DASHBOARD_RENDER_PROFILE || undefined;
/** After the numbers are shown: long-task entries are delivered once their task has ended. */
const SETTLE_MS = 300;

/** Heartbeat of the main-thread probe while the worker reads and computes. */
const BEAT_MS = 20;

/**
 * Installed before the page's own scripts (a string: it runs in the page, not in Node). Records the
 * page's long tasks, when the loading view appears, when the funnel's first count (what the e2e test
 * and a manager look at first) is in the DOM and the frame after, and, in between, the worst delay
 * of a ${BEAT_MS} ms timer: how long the main thread was unavailable while the aggregates were made.
 */
const PROBE = `(() => {
  const bench = { longTasks: [], loadingAt: null, domAt: null, shownAt: null, worstDelay: 0, progressTexts: [] };
  window.__leadkitBench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let expected = 0;
  const beat = () => {
    const now = performance.now();
    // The beat that comes after the report rendered measures the render, not the wait: not counted.
    if (bench.domAt !== null) return;
    bench.worstDelay = Math.max(bench.worstDelay, now - expected);
    expected = now + ${BEAT_MS};
    setTimeout(beat, ${BEAT_MS});
  };
  const observer = new MutationObserver(() => {
    if (bench.loadingAt === null && document.querySelector('[data-testid="dashboard"][data-state="loading"]')) {
      bench.loadingAt = performance.now();
      expected = bench.loadingAt + ${BEAT_MS};
      setTimeout(beat, ${BEAT_MS});
    }
    // The loading view's detail line once it counts what was read: the progress a manager sees.
    const detail = document.querySelector('[data-testid="dashboard"][data-state="loading"] .status__detail');
    const text = detail ? detail.textContent : '';
    if (/\d/.test(text) && !bench.progressTexts.includes(text) && bench.progressTexts.length < 1000) bench.progressTexts.push(text);
    const cell = document.querySelector('[data-testid="funnel-count-lead"]');
    if (bench.domAt !== null || !cell || !cell.textContent.trim()) return;
    bench.domAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { bench.shownAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface ProbeResult {
  longTasks: Array<{ start: number; duration: number }>;
  loadingAt: number | null;
  domAt: number | null;
  shownAt: number | null;
  worstDelay: number;
  progressTexts: string[];
}

interface RunResult {
  shownMs: number;
  /** Longest main-thread task between the loading view and the report's render: while the worker reads and computes. */
  computingTaskMs: number;
  /** Longest main-thread task from navigation to the numbers on screen (page start-up and the report's render included). */
  longestTaskMs: number;
  longTasks: number;
  /** Worst main-thread delay between the loading view and the report: while the worker reads and computes. */
  worstDelayMs: number;
  wallMs: number;
  /** The loading view counted the records read, before the numbers came. */
  progressShown: boolean;
}


async function launch(profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** Opens the dashboard once (which creates the database at its current version), then fills it. */
async function seed(context: BrowserContext, dashboardUrl: string, log: (line: string) => void): Promise<SeededStore> {
  const page = await context.newPage();
  try {
    await page.goto(dashboardUrl);
    await page.locator('[data-testid="dashboard"][data-state="ready"]').waitFor({ timeout: 120_000 });
    await page.evaluate(await bundleForPage('dashboardSeed.ts', 'seedDashboardStore', 'leadkitBenchSeed'));
    const started = Date.now();
    // A kept profile remembers the "now" it was seeded for, to tell whether its store is the same.
    const stamp = REUSE_PROFILE ? join(REUSE_PROFILE, 'leadkit-bench-seeded-at') : undefined;
    const now = stamp && existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : Date.now();
    const seeded = await page.evaluate(
      ({ now, accounts, activities, reuse }) =>
        (globalThis as unknown as { leadkitBenchSeed(now: number, a: number, b: number, reuse: boolean): Promise<SeededStore & { reused: boolean }> }).leadkitBenchSeed(now, accounts, activities, reuse),
      { now, accounts: ACCOUNTS, activities: ACTIVITIES, reuse: REUSE_PROFILE !== undefined },
    );
    if (seeded.reused) {
      log(`reusing the store seeded earlier in ${REUSE_PROFILE}`);
      return seeded;
    }
    if (stamp) writeFileSync(stamp, String(now));
    log(`seeded ${seeded.accounts.toLocaleString('en')} accounts, ${seeded.activities.toLocaleString('en')} activities, ${seeded.tasks.toLocaleString('en')} tasks in ${((Date.now() - started) / 1000).toFixed(1)} s (not timed)`);
    return seeded;
  } finally {
    await page.close();
  }
}

/** The funnel table's "now" column, by stage, as shown. */
async function shownStageCounts(page: Page): Promise<Record<string, number>> {
  const rows = await page.getByTestId('table-funnel').locator('tbody tr[data-stage]').evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-stage') ?? '', tr.querySelectorAll('td')[1]?.textContent ?? ''] as const),
  );
  return Object.fromEntries(rows.map(([stage, text]) => [stage, Number(text.replace(/[^\d]/g, ''))]));
}

/**
 * Which opens DASHBOARD_RENDER_TRACE=first,screen,writes,start traces and describes (the first of
 * each kind; traceProfile.ts). For profiling only: a traced open is slower, and counts as a sample.
 */
const TRACE = new Set((process.env.DASHBOARD_RENDER_TRACE ?? '').split(',').filter(Boolean));

async function measureLoad(context: BrowserContext, dashboardUrl: string, seeded: SeededStore, trace?: string, log: (line: string) => void = () => {}): Promise<RunResult> {
  const page = await context.newPage();
  try {
    await page.addInitScript(PROBE);
    const stopTrace = trace && TRACE.has(trace) ? await startTrace(context, page) : undefined;
    if (trace) TRACE.delete(trace);

    const started = Date.now();
    await page.goto(dashboardUrl);
    await page.waitForFunction(() => (window as unknown as { __leadkitBench?: ProbeResult }).__leadkitBench?.shownAt != null, undefined, { timeout: 120_000 });
    const wallMs = Date.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    if (stopTrace) {
      const events = await stopTrace();
      if (process.env.DASHBOARD_RENDER_TRACE_DIR) writeFileSync(join(process.env.DASHBOARD_RENDER_TRACE_DIR, `dashboard-${trace}.json`), JSON.stringify(events));
      try {
        for (const line of describeTrace(events)) log(`  [trace ${trace}] ${line}`);
      } catch (error) {
        log(`  [trace ${trace}] could not be read: ${String(error)}`);
      }
    }
    const probe = await page.evaluate(() => (window as unknown as { __leadkitBench: ProbeResult }).__leadkitBench);

    const shown = await shownStageCounts(page);
    for (const [stage, count] of Object.entries(shown)) {
      const expected = seeded.stageCounts[stage as keyof SeededStore['stageCounts']] ?? 0;
      if (count !== expected) throw new Error(`the funnel shows ${count} accounts in ${stage} now, the store holds ${expected}`);
    }
    if (Object.keys(shown).length === 0) throw new Error('the funnel table is empty');
    const during = probe.longTasks.filter((task) => task.start < probe.shownAt!);
    // The render task holds domAt; the ones wholly before it and after the loading view are the wait.
    const computing = during.filter((task) => probe.loadingAt !== null && task.start >= probe.loadingAt && task.start + task.duration < probe.domAt!);
    return {
      shownMs: probe.shownAt!,
      computingTaskMs: Math.max(0, ...computing.map((task) => task.duration)),
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      longTasks: during.length,
      worstDelayMs: probe.loadingAt === null ? 0 : probe.worstDelay,
      wallMs,
      progressShown: probe.progressTexts.length > 0,
    };
  } finally {
    await page.close();
  }
}

/** How long after the browser starts the manager opens the dashboard, in openAtBrowserStart. */
const AFTER_START_MS = 5_000;
/** Browser restarts, each with one timed open. */
const START_RUNS = Number(process.env.DASHBOARD_START_RUNS) || 3;
/** First-ever opens: the digest dropped before each (the first one right after the seed). */
const FIRST_OPEN_RUNS = Number(process.env.DASHBOARD_FIRST_OPEN_RUNS) || 3;

/**
 * The browser started again with the rep's queue page among its tabs, and the manager opens the
 * dashboard a few seconds in, while the background catches up on start (its re-score and playbook
 * sweeps of the bench's writes) and the queue reads again on each of their writes. Both once held
 * IndexedDB so long that this open waited 190 s (see lib/pipeline/panel/coalescedLoad.ts).
 */
async function openAtBrowserStart(profile: string, seeded: SeededStore, log: (line: string) => void): Promise<number> {
  const { context, extensionId } = await launch(profile);
  try {
    const queue = await context.newPage();
    await queue.goto(`chrome-extension://${extensionId}/queue.html`);
    await queue.waitForTimeout(AFTER_START_MS);
    const result = await measureLoad(context, `chrome-extension://${extensionId}/dashboard.html`, seeded, 'start', log);
    log(`  browser started again with the queue open, dashboard opened ${AFTER_START_MS / 1000} s in: numbers on screen at ${Math.round(result.shownMs)} ms`);
    return result.shownMs;
  } finally {
    await context.close();
  }
}

/** Longest wait for the background to finish grading the seeded store and proposing its tasks. */
const IDLE_TIMEOUT_MS = 5 * 60_000;
/** The background counts as idle once the task count and the digest's marks hold still this long. */
const IDLE_FOR_MS = 5_000;

/**
 * Waits until the background has caught up with the seed, so the opens below are a normal day's:
 * seeding is one bulk write of 50k accounts, after which the background grades them and runs the
 * playbook, and an open meanwhile would time that catch-up too (openAtBrowserStart times one on
 * purpose). Idle: the number of tasks and of marked digest rows unchanged for IDLE_FOR_MS (it has
 * taken ~6 s). Returns how long it waited.
 */
async function waitForIdleBackground(context: BrowserContext, pageUrl: string): Promise<number> {
  const page = await context.newPage();
  const started = Date.now();
  try {
    await page.goto(pageUrl);
    let last = '';
    let stableSince = Date.now();
    while (Date.now() - started < IDLE_TIMEOUT_MS) {
      const counts = (await storeCounts(page, ['tasks', 'digestDirty'])).join('/');
      if (counts !== last || !counts.endsWith('/0')) {
        last = counts;
        stableSince = Date.now();
      } else if (Date.now() - stableSince >= IDLE_FOR_MS) {
        break;
      }
      await page.waitForTimeout(1_000);
    }
    return Date.now() - started;
  } finally {
    await page.close();
  }
}

export async function runDashboardRenderBench(log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`no production build at ${BUILD}: run \`npx wxt build\` first`);
  const profile = REUSE_PROFILE ?? (await mkdtemp(join(tmpdir(), 'leadkit-bench-dashboard-')));
  const { context, extensionId } = await launch(profile);
  let open: BrowserContext | undefined = context;
  const dashboardUrl = `chrome-extension://${extensionId}/dashboard.html`;
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  try {
    const seeded = await seed(context, dashboardUrl, log);
    // The first open after seeding builds the digest from every record: the first-ever open. Then
    // the digest is dropped and the open timed again, FIRST_OPEN_RUNS in all.
    const firstOpens: RunResult[] = [];
    for (let run = 0; run < FIRST_OPEN_RUNS; run++) {
      if (run > 0) await dropDigest(context, optionsUrl);
      const cold = await measureLoad(context, dashboardUrl, seeded, 'first', log);
      firstOpens.push(cold);
      log(`  first-ever open ${run + 1} (digest built from the records): numbers on screen at ${Math.round(cold.shownMs)} ms (wall ${cold.wallMs} ms), progress shown ${cold.progressShown ? 'yes' : 'NO'}, longest task while computing ${Math.round(cold.computingTaskMs)} ms`);
      const waited = await waitForIdleBackground(context, optionsUrl);
      log(`  waited ${(waited / 1000).toFixed(0)} s for the background to catch up (not timed)`);
    }
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await measureLoad(context, dashboardUrl, seeded, 'screen', log);
      log(
        `  load ${run + 1}: numbers on screen at ${Math.round(result.shownMs)} ms (wall ${result.wallMs} ms); main thread: longest task while computing ${Math.round(result.computingTaskMs)} ms (a ${BEAT_MS} ms timer late by ${Math.round(result.worstDelayMs)} ms at worst, OS scheduling included), longest task overall ${Math.round(result.longestTaskMs)} ms, ${result.longTasks} long task(s)`,
      );
      runs.push(result);
    }
    const afterWrites = await opensAfterWrites(context, optionsUrl, seeded, WRITE_ROUNDS, (store) => measureLoad(context, dashboardUrl, store, 'writes', log), log);
    // The writes changed the store: a kept profile is seeded again next time.
    if (REUSE_PROFILE) rmSync(join(REUSE_PROFILE, 'leadkit-bench-seeded-at'), { force: true });
    await context.close();
    open = undefined;
    const atStart: number[] = [];
    for (let run = 0; run < START_RUNS; run++) atStart.push(await openAtBrowserStart(profile, afterWrites.seeded, log));
    log(`load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
    const rounded = (values: number[]) => values.map(Math.round);
    return [
      { name: 'dashboard on screen, 50k + 500k in Chromium (the digest exists)', samples: rounded(runs.map((run) => run.shownMs)), unit: 'ms', budget: 1_000 },
      { name: `dashboard open after ${WRITES_PER_ROUND} writes since the last open (Chromium)`, samples: rounded(afterWrites.shownMs), unit: 'ms', budget: 1_000 },
      { name: `dashboard open ${AFTER_START_MS / 1000} s after the browser starts, beside the queue page (Chromium)`, samples: rounded(atStart), unit: 'ms', budget: 1_000 },
      { name: 'dashboard first-ever open, digest built from 50k + 500k (Chromium)', samples: rounded(firstOpens.map((run) => run.shownMs)), unit: 'ms', budget: 5_000 },
      // The first-ever open is long: the loading view must count what it has read, at every such open.
      { name: 'dashboard first-ever open shows its progress (1 = yes)', samples: firstOpens.map((run) => (run.progressShown ? 1 : 0)), unit: 'yes', budget: 1, better: 'higher', kind: 'check' },
      // Reading and computing happen in the worker: no long task (> 50 ms) on the page's main thread meanwhile.
      { name: 'dashboard main thread, longest task while computing', samples: rounded(runs.map((run) => run.computingTaskMs)), unit: 'ms', budget: 50 },
      // Page start-up and the report's one render are main-thread work; neither may freeze the page.
      { name: 'dashboard main thread, longest task during load', samples: rounded(runs.map((run) => run.longestTaskMs)), unit: 'ms', budget: 200 },
    ];
  } finally {
    await open?.close();
    if (!REUSE_PROFILE) await rm(profile, { recursive: true, force: true });
  }
}

/** Drops the digest (dashboardSeed.ts's forgetDigest, from an extension page): the next open is a first-ever one again. */
async function dropDigest(context: BrowserContext, pageUrl: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(pageUrl);
    await page.evaluate(await bundleForPage('dashboardSeed.ts', 'forgetDigestOf', 'leadkitBenchForgetDigest'));
    await page.evaluate(() => (globalThis as unknown as { leadkitBenchForgetDigest(): Promise<void> }).leadkitBenchForgetDigest());
  } finally {
    await page.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatRow, judge } = await import('./budget');
  const results = await runDashboardRenderBench((line) => console.log(line));
  console.log(results.map((result) => formatRow(judge(result))).join('\n'));
}
