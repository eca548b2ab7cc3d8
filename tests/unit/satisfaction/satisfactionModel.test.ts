import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../../lib/dashboard/period';
import { createSatisfactionModel } from '../../../lib/satisfaction/dashboard/satisfactionModel';
import { satisfactionReport, type SatisfactionReport } from '../../../lib/satisfaction/report';

const empty = satisfactionReport({ activities: [], tasks: [], accounts: new Map() }, { from: 0, to: 1 }, 1);

describe('satisfaction section model', () => {
  it('computes for the dashboard\'s period each time the dashboard is computed, keeping only the latest answer', async () => {
    const asked: Period[] = [];
    const answers: Array<(report: SatisfactionReport) => void> = [];
    const dashboard = signal<{ period: Period; computedAt: number } | null>(null);
    const model = createSatisfactionModel(
      {
        satisfaction: (request) => {
          asked.push(request.period);
          return new Promise((resolve) => answers.push(resolve));
        },
        now: () => 5,
      },
      dashboard,
    );
    expect(model.state.value).toEqual({ kind: 'loading' });
    expect(asked).toEqual([]);
    dashboard.value = { period: { from: 0, to: 10 }, computedAt: 1 };
    dashboard.value = { period: { from: 10, to: 20 }, computedAt: 2 };
    expect(asked).toEqual([{ from: 0, to: 10 }, { from: 10, to: 20 }]);
    const latest = { ...empty, atRiskCount: 7 };
    answers[1]!(latest);
    answers[0]!(empty);
    await Promise.resolve();
    await Promise.resolve();
    expect(model.state.value).toEqual({ kind: 'ready', report: latest });
    model.dispose();
  });

  it('shows a failure as an error state', async () => {
    const model = createSatisfactionModel({ satisfaction: () => Promise.reject(new Error('worker gone')), now: () => 5 }, signal({ period: { from: 0, to: 10 }, computedAt: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.state.value).toEqual({ kind: 'error', message: 'worker gone' });
    model.dispose();
  });
});
