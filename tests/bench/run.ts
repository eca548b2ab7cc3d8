import { formatRow, withinBudget, type BenchResult } from './budget';
import { runContentScriptSizeBench } from './contentScriptSize';
import { runContentScriptCostBench } from './contentScriptCost';
import { runExtractBench } from './extractSpeed';
import { runInFreshProcess } from './freshProcess';
import { runScriptSearchBench } from './scriptSearch';
import { runRescoreBench } from './rescore';
import { runSyncBench } from './sync';
import { runDashboardBench } from './dashboard';
import { runDashboardRenderBench } from './dashboardRender';

/**
 * `npm run bench`: every performance budget of the project in one run, the budget next to each
 * number; exits non-zero when one is missed. Needs a production build (`npm run build`) first.
 */
const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['content scripts', runContentScriptSizeBench],
  ['content-script cost on load (Chromium)', runContentScriptCostBench],
  ['extraction', runExtractBench],
  ['scoring (a process of its own)', () => runInFreshProcess('tests/bench/scoring.ts', (line) => console.log(`  ${line}`))],
  ['scripts search', runScriptSearchBench],
  ['re-scoring in IndexedDB', () => runRescoreBench()],
  ['sync', () => runSyncBench()],
  ['dashboard', runDashboardBench],
  ['dashboard on screen (Chromium)', () => runDashboardRenderBench((line) => console.log(`  ${line}`))],
];

const results: BenchResult[] = [];
for (const [name, run] of suites) {
  process.stdout.write(`running ${name}…\n`);
  results.push(...(await run()));
}
console.log(`\n${results.map(formatRow).join('\n')}`);
const missed = results.filter((result) => !withinBudget(result));
console.log(`\n${results.length - missed.length} within budget, ${missed.length} missed`);
process.exit(missed.length > 0 ? 1 : 0);
