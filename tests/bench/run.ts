/**
 * `npm run bench`: every performance budget of the project, each suite in fresh processes
 * (freshProcess.ts), each started once the machine is quiet (machine.ts); prints every row with its
 * median, min–max, budget and 70% line, writes docs/benchmarks.md, and exits non-zero on a miss.
 * Needs a production build (`npm run build`) first.
 *
 *   BENCH_SUITES=scoring,sync npm run bench   only these suites (ids in suites.ts)
 *   BENCH_RUNS=1 …                            fewer processes a suite (a quick look: rows get "too few runs")
 *   BENCH_SETTLE_S=0 …                        do not wait for a quiet machine (default: up to 60 s a run)
 *   BENCH_OUT=/tmp/bench.md …                 write the report there
 *
 * docs/benchmarks.md is written only by a complete run (every suite, its full number of runs),
 * unless BENCH_OUT names a file.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { formatRow, judge, mergeRuns, type BenchResult } from './budget';
import { runInFreshProcess } from './freshProcess';
import { formatLoad, machineInfo, waitForQuiet } from './machine';
import { countVerdicts, renderReport, type SuiteReport } from './report';
import { SUITES } from './suites';

const SUITE_SCRIPT = join(import.meta.dirname, 'suite.ts');
const selected = process.env.BENCH_SUITES?.split(',').map((id) => id.trim()).filter(Boolean);
for (const id of selected ?? []) if (!SUITES.some((suite) => suite.id === id)) throw new Error(`BENCH_SUITES: no suite "${id}" (known: ${SUITES.map((s) => s.id).join(', ')})`);
const runsOverride = Number(process.env.BENCH_RUNS) || undefined;
const settleMs = (process.env.BENCH_SETTLE_S === undefined ? 60 : Number(process.env.BENCH_SETTLE_S)) * 1000;
const cores = availableParallelism();
/** Quiet: under a quarter of the cores busy right now, and the 1-minute load average under the core count. */
const quiet = { busyMax: Number(process.env.BENCH_BUSY_MAX) || cores / 4, loadMax: Number(process.env.BENCH_LOAD_MAX) || cores, maxWaitMs: settleMs };
const complete = selected === undefined && runsOverride === undefined;
const out = process.env.BENCH_OUT || (complete ? join(import.meta.dirname, '../../docs/benchmarks.md') : undefined);

const machine = machineInfo();
const started = performance.now();
console.log(`bench at ${machine.commit} on ${machine.cpuModel} (${machine.cores} cores), ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverage}`);

const reports: SuiteReport[] = [];
for (const suite of SUITES.filter((candidate) => !selected || selected.includes(candidate.id))) {
  const runs = runsOverride ?? suite.runs;
  const report: SuiteReport = { id: suite.id, title: suite.title, runs: [], rows: [] };
  const results: BenchResult[][] = [];
  for (let run = 0; run < runs; run++) {
    const settled = await waitForQuiet(quiet);
    console.log(
      `\n${suite.title}, run ${run + 1} of ${runs}: load average ${settled.loadAverage}, ${settled.busy.toFixed(2)} cores busy` +
        (settled.settled ? '' : ` — not quiet after ${(settled.waitedMs / 1000).toFixed(0)} s (under ${quiet.busyMax} cores busy and load under ${quiet.loadMax} wanted), going on`),
    );
    try {
      const done = await runInFreshProcess(SUITE_SCRIPT, [suite.id], (line) => console.log(`  ${line}`));
      results.push(done.results);
      report.runs.push({ settled, ms: done.ms, leftovers: done.leftovers, tempLeft: done.tempLeft });
      if (done.leftovers.length > 0) console.log(`  processes left running, now ended: ${done.leftovers.join(', ')}`);
      if (done.tempLeft.length > 0) console.log(`  temp files left, now removed: ${done.tempLeft.join(', ')}`);
    } catch (error) {
      report.runs.push({ settled, ms: 0, leftovers: [], tempLeft: [] });
      report.error = error instanceof Error ? error.message : String(error);
      console.log(`  FAILED: ${report.error}`);
      break;
    }
  }
  report.rows = mergeRuns(results).map(judge);
  reports.push(report);
  for (const row of report.rows) console.log(formatRow(row));
}

console.log(`\n${reports.flatMap((report) => report.rows).map(formatRow).join('\n')}`);
const { met, missed, failedSuites } = countVerdicts(reports);
const totalMs = performance.now() - started;
console.log(`\n${met} within 70% of their budget, ${missed} missed${failedSuites ? `, ${failedSuites} suite(s) failed` : ''} (${(totalMs / 60_000).toFixed(1)} min)`);
if (out) {
  writeFileSync(out, renderReport(machine, reports, formatLoad(), totalMs));
  console.log(`report: ${out}`);
}
process.exit(missed > 0 || failedSuites > 0 ? 1 : 0);
