/**
 * One measured row with its budget, and the verdict `npm run bench` gives it.
 *
 * A suite returns rows with their samples (one per run it made: a load, a round, a pass); the runner
 * (run.ts) merges the samples of the same row from every fresh process it ran the suite in, and a row
 * is judged on its median, shown with its min–max. A budget row counts as met only with margin: its
 * median within MARGIN of the budget (≤ 70% of a time budget, ≥ budget / 70% of a throughput budget),
 * so that a machine 1/0.7 ≈ 1.43× slower than the one that measured it still meets the budget.
 */
export interface BenchResult {
  name: string;
  unit: string;
  budget: number;
  /** What was measured, one number a run; the runner judges the median. */
  samples: number[];
  better?: 'higher' | 'lower';
  /**
   * `info`: printed for reference, never passes or misses (its `budget` is what it is compared with
   * in words only). `exact`: a number that does not vary between runs (a file's size): one sample is
   * the measurement, judged with the same margin. `check`: a yes/no property (1 = yes) that every
   * run must have; no margin, no median.
   */
  kind?: 'budget' | 'info' | 'exact' | 'check';
}

/** A budget row is met only when its median is within this share of the budget. */
export const MARGIN = 0.7;
/** Runs a varying row needs before its median counts. */
export const MIN_SAMPLES = 3;

/** Results without `better` are throughputs ("/s") or ratios when higher wins, sizes and times otherwise. */
export function betterSide(result: Pick<BenchResult, 'unit' | 'better'>): 'higher' | 'lower' {
  if (result.better) return result.better;
  return /\/s$|×|x$|ratio/i.test(result.unit) ? 'higher' : 'lower';
}

/** The median must be on the safe side of this line: 70% of a time budget, budget / 0.7 of a throughput. */
export function marginLine(result: Pick<BenchResult, 'unit' | 'better' | 'budget'>): number {
  return betterSide(result) === 'higher' ? result.budget / MARGIN : result.budget * MARGIN;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median (the mean of the two middle values for an even count), min and max. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('a row with no samples');
  if (samples.some((sample) => !Number.isFinite(sample))) throw new Error(`a row with a sample that is not a number: ${samples.join(', ')}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

export type Verdict = 'ok' | 'MISS' | 'info' | 'too few runs';

export interface JudgedRow extends BenchResult, Summary {
  line: number;
  verdict: Verdict;
}

/**
 * The verdict of one merged row. A varying budget row with fewer than MIN_SAMPLES runs is not judged
 * ('too few runs', which the runner counts as a miss outside its quick mode).
 */
export function judge(result: BenchResult): JudgedRow {
  const summary = summarize(result.samples);
  const line = marginLine(result);
  let verdict: Verdict;
  if (result.kind === 'info') verdict = 'info';
  else if (result.kind === 'check') verdict = (betterSide(result) === 'higher' ? summary.min >= result.budget : summary.max <= result.budget) ? 'ok' : 'MISS';
  else if (result.kind !== 'exact' && summary.n < MIN_SAMPLES) verdict = 'too few runs';
  else verdict = (betterSide(result) === 'higher' ? summary.median >= line : summary.median <= line) ? 'ok' : 'MISS';
  return { ...result, ...summary, line, verdict };
}

/** Rows of the same name, from several runs of a suite, as one row with all their samples (in first-seen order). */
export function mergeRuns(runs: ReadonlyArray<readonly BenchResult[]>): BenchResult[] {
  const merged = new Map<string, BenchResult>();
  for (const run of runs) {
    for (const row of run) {
      const seen = merged.get(row.name);
      if (!seen) merged.set(row.name, { ...row, samples: [...row.samples] });
      else if (seen.budget !== row.budget || seen.unit !== row.unit) throw new Error(`row "${row.name}" changed its budget or unit between runs`);
      else seen.samples.push(...row.samples);
    }
  }
  return [...merged.values()];
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** One line of the console table: verdict, name, median (min–max, n), budget and the 70% line. */
export function formatRow(row: JudgedRow): string {
  const side = betterSide(row) === 'higher' ? '≥' : '≤';
  const spread = row.kind === 'exact' ? 'exact' : `${formatNumber(row.min)}–${formatNumber(row.max)}, n=${row.n}`;
  const against = row.kind === 'check' ? `every run ${side} ${formatNumber(row.budget)}` : row.kind === 'info' ? `(not a budget${row.budget ? `; compare: ${side} ${formatNumber(row.budget)} ${row.unit}` : ''})` : `budget ${side} ${formatNumber(row.budget)}, 70% line ${side} ${formatNumber(row.line)} ${row.unit}`;
  return `${row.verdict.padEnd(4)}  ${row.name.padEnd(70)} ${`${formatNumber(row.median)} ${row.unit}`.padStart(20)} (${spread})   ${against}`;
}

/** Samples as a suite reports them: a value it measured once per run. */
export const once = (value: number): number[] => [value];
