import { spawn } from 'node:child_process';
import type { BenchResult } from './budget';

/** The line a bench run with `--results` prints last: its results as JSON. */
export const RESULTS_PREFIX = 'bench-results ';

/**
 * Runs a bench script in a process of its own and returns its results. A throughput measured
 * after other suites ran in the same process pays for their heap and JIT leftovers (the scoring
 * bench lost ~5% to the extraction bench's 60 parsed pages); a fresh process measures only itself.
 */
export function runInFreshProcess(script: string, log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--results'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const lines = output.trimEnd().split('\n');
      const last = lines.pop() ?? '';
      for (const line of lines) log(line);
      if (!last.startsWith(RESULTS_PREFIX)) return reject(new Error(`${script} printed no results:\n${output}`));
      resolve(JSON.parse(last.slice(RESULTS_PREFIX.length)) as BenchResult[]);
    });
  });
}
