// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInFreshProcess } from '../../bench/freshProcess';

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('a bench suite in a fresh process', () => {
  it('returns its results, then ends what it left running and removes what it left on disk', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const lines: string[] = [];
    const run = await runInFreshProcess(join(import.meta.dirname, 'leftover-suite.mjs'), [], (line) => lines.push(line));
    expect(run.results).toEqual([{ name: 'n', unit: 'ms', budget: 1, samples: [0.5] }]);
    const orphan = Number(lines.find((line) => line.startsWith('orphan '))!.slice('orphan '.length));
    expect(run.leftovers).toEqual([expect.stringMatching(new RegExp(`^${orphan} sleep 300`))]);
    expect(alive(orphan)).toBe(false);
    expect(run.tempLeft).toEqual([expect.stringMatching(/^profile-/)]);
    expect(readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith('leadkit-bench-run-'))).toEqual([]);
  }, 60_000);
});
