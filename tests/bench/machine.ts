import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

/** What docs/benchmarks.md records of the machine and the code a run measured. */
export interface MachineInfo {
  date: string;
  commit: string;
  cpuModel: string;
  cores: number;
  chromium: string;
  node: string;
  loadAverage: string;
}

const tryRun = (file: string, args: string[]): string | undefined => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

export function machineInfo(): MachineInfo {
  const commit = tryRun('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  const dirty = tryRun('git', ['status', '--porcelain', '--untracked-files=no']);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    chromium: tryRun(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']) ?? 'none',
    node: process.version,
    loadAverage: formatLoad(),
  };
}

export const formatLoad = () => loadavg().map((value) => value.toFixed(2)).join(' ');

/** CPU time (jiffies) the whole machine spent busy and in total, from /proc/stat. */
function cpuTimes(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** How many cores' worth of CPU the machine used over the next `ms` (this process is asleep meanwhile). */
export async function busyCores(ms = 2_000): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total === 0 ? 0 : ((after.busy - before.busy) / total) * availableParallelism();
}

export interface Settled {
  /** 1, 5 and 15 minute load averages when the suite started. */
  loadAverage: string;
  /** Cores' worth of CPU busy in the 2 s before the suite started: the machine's load at that moment. */
  busy: number;
  waitedMs: number;
  settled: boolean;
}

/**
 * Waits, at most `maxWaitMs`, until the machine is quiet: under `busyMax` cores busy over 2 s and a
 * 1-minute load average under `loadMax` (the load average trails by a minute: the suite before has
 * just ended, so the instant busy figure decides first). Then goes on either way and says which.
 */
export async function waitForQuiet(options: { loadMax: number; busyMax: number; maxWaitMs: number }): Promise<Settled> {
  const started = Date.now();
  for (;;) {
    const busy = await busyCores();
    const load = loadavg()[0]!;
    const quiet = busy < options.busyMax && load < options.loadMax;
    if (quiet || Date.now() - started >= options.maxWaitMs) {
      return { loadAverage: formatLoad(), busy, waitedMs: Date.now() - started, settled: quiet };
    }
  }
}
