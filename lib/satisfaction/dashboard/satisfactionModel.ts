import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Period } from '../../dashboard/period';
import type { DashboardModel } from '../../dashboard/page/dashboardModel';
import type { DashboardWorkerClient } from '../../dashboard/worker/workerClient';
import type { SatisfactionReport } from '../report';

export type SatisfactionState = { kind: 'loading' } | { kind: 'ready'; report: SatisfactionReport } | { kind: 'error'; message: string };

export interface SatisfactionModel {
  state: ReadonlySignal<SatisfactionState>;
  dispose(): void;
}

/**
 * The satisfaction section follows the dashboard as the forecast does: each time the figures are
 * (re)computed for a period, the section is computed for the same period.
 */
export function createSatisfactionModel(
  deps: { satisfaction(request: { period: Period; now: number }): Promise<SatisfactionReport>; now(): number },
  dashboardPeriod: ReadonlySignal<{ period: Period; computedAt: number } | null>,
): SatisfactionModel {
  const state = signal<SatisfactionState>({ kind: 'loading' });
  let generation = 0;
  const stop = effect(() => {
    const current = dashboardPeriod.value;
    if (!current) return;
    const mine = ++generation;
    deps.satisfaction({ period: current.period, now: deps.now() }).then(
      (report) => {
        if (mine === generation) state.value = { kind: 'ready', report };
      },
      (error: unknown) => {
        if (mine === generation) state.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      },
    );
  });
  return { state, dispose: stop };
}

/** The section over the dashboard's worker, following the dashboard's period and reloads. */
export function createBrowserSatisfaction(worker: DashboardWorkerClient, dashboard: DashboardModel): SatisfactionModel {
  const period = computed(() => {
    const state = dashboard.state.value;
    return state.kind === 'ready' ? { period: state.aggregates.period, computedAt: state.aggregates.computedAt } : null;
  });
  return createSatisfactionModel({ satisfaction: (request) => worker.satisfaction(request), now: () => Date.now() }, period);
}
