/**
 * The dashboard as a manager opens it on a normal day (issue #8): the digest exists (a first open
 * built it), and the team has written since. Makes ~220 real writes through the extension's write
 * path (dashboardWriter.ts, run in an extension page of the build: stage moves, calls and notes,
 * tasks, one commit each), then opens the dashboard and times it until the numbers are on screen.
 * Part of dashboardRender.ts's run, which seeds the store once for both.
 *
 *   npx wxt build && npx tsx tests/bench/dashboardWrites.ts     (the whole dashboard render run)
 */
import { pathToFileURL } from 'node:url';
import { bundleForPage } from './pageBundle';
import { storeCounts } from './storeCounts';
import type { BrowserContext } from 'playwright-core';
import type { BenchWrites } from './dashboardWriter';
import type { SeededStore } from './dashboardSeed';

export const WRITES_PER_ROUND = 220;
/** The background sees each commit too (re-scoring, reminders): let it settle, as a morning would. */
const SETTLE_AFTER_WRITES_MS = Number(process.env.DASHBOARD_WRITES_SETTLE_MS) || 3_000;

/** Accounts marked for the digest: the writes', and the background's own after them (playbook tasks). */
async function dirtyCount(context: BrowserContext, pageUrl: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(pageUrl);
    const [marks] = await storeCounts(page, ['digestDirty']);
    return marks!;
  } finally {
    await page.close();
  }
}

/** The store after the writes: the funnel's "now" column moved by the writes' stage moves. */
function afterMoves(seeded: SeededStore, moves: BenchWrites['moves']): SeededStore {
  const stageCounts = { ...seeded.stageCounts };
  for (const { from, to } of moves) {
    stageCounts[from] = (stageCounts[from] ?? 0) - 1;
    stageCounts[to] = (stageCounts[to] ?? 0) + 1;
  }
  return { ...seeded, stageCounts };
}

/**
 * `rounds` times: ~220 writes from an extension page (no dashboard open), then one timed open
 * (`open`, dashboardRender.ts's measured load). Returns the load times and the store as it ends.
 */
export async function opensAfterWrites(
  context: BrowserContext,
  pageUrl: string,
  seeded: SeededStore,
  rounds: number,
  open: (seeded: SeededStore) => Promise<{ shownMs: number }>,
  log: (line: string) => void,
): Promise<{ shownMs: number[]; seeded: SeededStore }> {
  const script = await bundleForPage('dashboardWriter.ts', 'makeBenchWrites', 'leadkitBenchWrites');
  const shownMs: number[] = [];
  let store = seeded;
  for (let round = 0; round < rounds; round++) {
    const page = await context.newPage();
    let writes: BenchWrites;
    const started = Date.now();
    try {
      await page.goto(pageUrl);
      await page.evaluate(script);
      writes = await page.evaluate(
        ({ now, accounts, count, round }) =>
          (globalThis as unknown as { leadkitBenchWrites(now: number, accounts: number, count: number, round: number): Promise<BenchWrites> }).leadkitBenchWrites(now, accounts, count, round),
        { now: Date.now(), accounts: seeded.accounts, count: WRITES_PER_ROUND, round },
      );
    } finally {
      await page.close();
    }
    const writeMs = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_WRITES_MS));
    const dirty = await dirtyCount(context, pageUrl);
    store = afterMoves(store, writes.moves);
    const result = await open(store);
    shownMs.push(result.shownMs);
    log(`  after ${writes.writes} writes (${writes.moves.length} stage moves, written in ${writeMs} ms, not timed; ${dirty} accounts marked at the open, the background's writes included): numbers on screen at ${Math.round(result.shownMs)} ms`);
  }
  return { shownMs, seeded: store };
}

// No top-level await here: dashboardRender.ts imports this module, which must finish evaluating first.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void Promise.all([import('./budget'), import('./dashboardRender')]).then(async ([{ formatRow, judge }, { runDashboardRenderBench }]) => {
    const results = await runDashboardRenderBench((line) => console.log(line));
    console.log(results.map((result) => formatRow(judge(result))).join('\n'));
  });
}
