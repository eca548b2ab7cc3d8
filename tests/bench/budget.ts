/**
 * One measured number with its budget. `better` says which side of the budget passes. An `info`
 * row is printed for reference, never passes or misses (its `budget` is what it is compared with
 * in words only, e.g. the budget of the row it explains).
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget: number;
  better?: 'higher' | 'lower';
  kind?: 'budget' | 'info';
}

/** Results without `better` are throughputs ("/s") or ratios when higher wins, sizes and times otherwise. */
export function betterSide(result: BenchResult): 'higher' | 'lower' {
  if (result.better) return result.better;
  return /\/s$|×|x$|ratio/i.test(result.unit) ? 'higher' : 'lower';
}

export function withinBudget(result: BenchResult): boolean {
  if (result.kind === 'info') return true;
  return betterSide(result) === 'higher' ? result.value >= result.budget : result.value <= result.budget;
}

export function formatRow(result: BenchResult): string {
  const side = betterSide(result) === 'higher' ? '≥' : '≤';
  const value = Number.isInteger(result.value) ? result.value.toLocaleString('en') : result.value.toLocaleString('en', { maximumFractionDigits: 2 });
  const budget = result.budget.toLocaleString('en', { maximumFractionDigits: 2 });
  const verdict = result.kind === 'info' ? 'info' : withinBudget(result) ? 'ok  ' : 'MISS';
  const against = result.kind === 'info' ? '(not a budget)' : `budget ${side} ${budget} ${result.unit}`;
  return `${verdict}  ${result.name.padEnd(58)} ${`${value} ${result.unit}`.padStart(22)}   ${against}`;
}
