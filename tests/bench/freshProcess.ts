import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './budget';

/** The line a suite process (suite.ts) prints last: its results as JSON. */
export const RESULTS_PREFIX = 'bench-results ';
/** Every process a suite run starts inherits this variable (Chromium and its helpers included): how its leftovers are found. */
export const RUN_MARKER = 'LEADKIT_BENCH_RUN';

export interface SuiteRun {
  results: BenchResult[];
  /** Processes of the run still alive after it ended (then killed), as "pid name". */
  leftovers: string[];
  /** Entries the run left in its temp directory (then removed). */
  tempLeft: string[];
  ms: number;
}

/** Our processes whose environment holds `marker` (those of other users cannot be read: not ours). */
export function processesMarked(marker: string): Array<{ pid: number; name: string }> {
  const found: Array<{ pid: number; name: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (!environ.split('\0').includes(marker)) continue;
      const name = readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ').trim().slice(0, 120);
      found.push({ pid: Number(entry), name });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Kills (by pid) every process still marked with `marker`, and waits, bounded, until they are gone. */
async function endLeftovers(marker: string): Promise<string[]> {
  const left = processesMarked(marker);
  for (const { pid } of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (let waited = 0; waited < 5_000 && processesMarked(marker).length > 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const survivors = processesMarked(marker);
  if (survivors.length > 0) throw new Error(`processes of the previous suite would not end: ${survivors.map((p) => `${p.pid} ${p.name}`).join(', ')}`);
  return left.map(({ pid, name }) => `${pid} ${name}`);
}

/**
 * Runs `script` (suite.ts and a suite's id, for run.ts) in a fresh Node process and returns the
 * results it prints last (RESULTS_PREFIX). The process gets
 * a temp directory of its own (TMPDIR: browser profiles, copies of the build) and a marker in its
 * environment; once it has ended, whatever it left is ended and removed (and reported), so the next
 * suite starts with nothing of this one alive: no browser, no worker, no profile on disk.
 */
export async function runInFreshProcess(script: string, args: readonly string[], log: (line: string) => void = () => {}): Promise<SuiteRun> {
  const token = randomUUID();
  const marker = `${RUN_MARKER}=${token}`;
  const temp = mkdtempSync(join(tmpdir(), 'leadkit-bench-run-'));
  const started = performance.now();
  try {
    const { output, code } = await new Promise<{ output: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        env: { ...process.env, [RUN_MARKER]: token, TMPDIR: temp },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      let pending = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (!line.startsWith(RESULTS_PREFIX)) log(line);
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ output, code }));
    });
    const ms = performance.now() - started;
    const leftovers = await endLeftovers(marker);
    // tsx's compile cache (tsx-<uid>) is the loader's, not the suite's: removed with the rest, not reported.
    const tempLeft = readdirSync(temp).filter((name) => !/^tsx-\d+$/.test(name));
    const last = output.trimEnd().split('\n').pop() ?? '';
    if (code !== 0 || !last.startsWith(RESULTS_PREFIX)) throw new Error(`${[script, ...args].join(' ')} ended with code ${code} and no results`);
    return { results: JSON.parse(last.slice(RESULTS_PREFIX.length)) as BenchResult[], leftovers, tempLeft, ms };
  } finally {
    try {
      await endLeftovers(marker);
    } finally {
      // Removed even when a process would not end: the next suite must not find this one's profiles.
      rmSync(temp, { recursive: true, force: true });
    }
  }
}
