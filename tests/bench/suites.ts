import type { BenchResult } from './budget';

/**
 * Every suite of `npm run bench`. run.ts starts `runs` fresh processes (suite.ts) for a suite, one
 * after the other, and merges their rows' samples; a suite that repeats its own measurement inside
 * one process (a browser seeded once) says so with runs: 1 and returns ≥ 3 samples a row.
 * `load` imports the suite only in the process that runs it.
 */
export interface Suite {
  id: string;
  title: string;
  runs: number;
  load: () => Promise<(log: (line: string) => void) => Promise<BenchResult[]>>;
}

export const SUITES: readonly Suite[] = [
  { id: 'size', title: 'content scripts (size)', runs: 1, load: async () => (await import('./contentScriptSize')).runContentScriptSizeBench },
  { id: 'cost', title: 'content-script cost on load, beside the empty-script floor (Chromium)', runs: 3, load: async () => (await import('./contentScriptCost')).runContentScriptCostBench },
  { id: 'extract', title: 'extraction', runs: 3, load: async () => (await import('./extractSpeed')).runExtractBench },
  { id: 'scoring', title: 'scoring, beside json-rules-engine', runs: 3, load: async () => (await import('./scoring')).runScoringBench },
  { id: 'search', title: 'scripts search', runs: 3, load: async () => (await import('./scriptSearch')).runScriptSearchBench },
  { id: 'rescore', title: 're-scoring in IndexedDB (Chromium)', runs: 3, load: async () => (await import('./rescore')).runRescoreBench },
  { id: 'sync', title: 'sync', runs: 3, load: async () => (await import('./sync')).runSyncBench },
  { id: 'dashboard', title: 'dashboard aggregates', runs: 3, load: async () => (await import('./dashboard')).runDashboardBench },
  { id: 'dashboard-render', title: 'dashboard on screen (Chromium)', runs: 1, load: async () => (await import('./dashboardRender')).runDashboardRenderBench },
];

export function suiteById(id: string): Suite {
  const suite = SUITES.find((candidate) => candidate.id === id);
  if (!suite) throw new Error(`no bench suite "${id}" (known: ${SUITES.map((s) => s.id).join(', ')})`);
  return suite;
}
