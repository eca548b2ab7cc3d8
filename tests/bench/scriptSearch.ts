import { searchScripts } from '../../lib/scripts';
import { DEFAULT_SCRIPTS } from '../../lib/scripts';
import type { BenchResult } from './budget';

/** Search over a 1,000-script library: per-query time after the index is built. Budget: a few ms. */
export async function runScriptSearchBench(): Promise<BenchResult[]> {
  const library = Array.from({ length: 1_000 }, (_, i) => ({ ...DEFAULT_SCRIPTS[i % DEFAULT_SCRIPTS.length]!, id: `s${i}` }));
  const queries = ['pric', 'budgte', 'payback savings', '价格', '交付周期', '', 'prposal meetng'];
  searchScripts(library, 'warm up', { locale: 'en' });
  // Several timed rounds, each a sample: the runner takes their median with the other processes'.
  const samples: number[] = [];
  for (let sample = 0; sample < 3; sample++) {
    const rounds = 20;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) for (const query of queries) searchScripts(library, query, { locale: 'en', stage: 'lead' });
    samples.push((performance.now() - started) / (rounds * queries.length));
  }
  return [{ name: 'script search, 1,000 scripts (per query)', samples, unit: 'ms', budget: 5, better: 'lower' }];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await runScriptSearchBench());
