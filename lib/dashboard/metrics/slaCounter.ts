import type { SlaResult } from './aggregates';

export type SlaStatus = 'met' | 'missed' | 'pending';

/** Tallies service-level outcomes; the rate is met / (met + missed): running clocks are not judged yet. */
export class SlaCounter {
  met = 0;
  missed = 0;
  pending = 0;

  add(status: SlaStatus | null): void {
    if (status) this[status] += 1;
  }

  result(): SlaResult {
    const judged = this.met + this.missed;
    return { met: this.met, missed: this.missed, pending: this.pending, rate: judged > 0 ? this.met / judged : null };
  }
}
