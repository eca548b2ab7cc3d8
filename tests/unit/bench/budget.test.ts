import { describe, expect, it } from 'vitest';
import { judge, marginLine, mergeRuns, summarize, type BenchResult } from '../../bench/budget';

const row = (samples: number[], extra: Partial<BenchResult> = {}): BenchResult => ({ name: 'r', unit: 'ms', budget: 1_000, samples, ...extra });

describe('bench verdicts', () => {
  it('takes the median with its min and max, odd and even counts', () => {
    expect(summarize([900, 100, 500])).toEqual({ median: 500, min: 100, max: 900, n: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(() => summarize([])).toThrow();
    expect(() => summarize([1, Number.NaN, 2])).toThrow();
  });

  it('meets a time budget only with its median within 70% of it', () => {
    expect(marginLine(row([1]))).toBe(700);
    expect(judge(row([650, 700, 2_000])).verdict).toBe('ok');
    // Under the budget, but over the 70% line: a slower machine would cross it.
    expect(judge(row([690, 701, 720])).verdict).toBe('MISS');
  });

  it('meets a throughput budget only with its median at budget / 70% or more', () => {
    const throughput = (samples: number[]) => row(samples, { unit: 'scorings/s', budget: 1_000_000 });
    expect(marginLine(throughput([1]))).toBeCloseTo(1_428_571.4, 0);
    expect(judge(throughput([1_300_000, 1_310_000, 1_320_000])).verdict).toBe('MISS');
    expect(judge(throughput([1_000, 1_450_000, 1_500_000])).verdict).toBe('ok');
    expect(judge(row([150, 160, 99], { unit: '×', budget: 100 })).verdict).toBe('ok');
  });

  it('judges a varying row only with three runs or more; an exact one with one; never an info row', () => {
    expect(judge(row([10, 10])).verdict).toBe('too few runs');
    expect(judge(row([10], { kind: 'exact' })).verdict).toBe('ok');
    expect(judge(row([5_000], { kind: 'info' })).verdict).toBe('info');
  });

  it('passes a yes/no check only when every run has it, without a margin', () => {
    const shown = (samples: number[]) => row(samples, { unit: 'yes', budget: 1, better: 'higher', kind: 'check' });
    expect(judge(shown([1, 1, 1])).verdict).toBe('ok');
    expect(judge(shown([1, 0, 1])).verdict).toBe('MISS');
  });

  it('merges the samples of the same row from several runs, and refuses a row whose budget changed', () => {
    const merged = mergeRuns([[row([1, 2]), row([7], { name: 'other' })], [row([3])]]);
    expect(merged.map((r) => [r.name, r.samples])).toEqual([['r', [1, 2, 3]], ['other', [7]]]);
    expect(() => mergeRuns([[row([1])], [row([1], { budget: 5 })]])).toThrow(/budget/);
  });
});
