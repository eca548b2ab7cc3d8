import type { Grade } from '../../model/grade';
import type { AggregateInputs } from '../metrics/computeDashboard';
import type { PackedRow } from './digestPage';
import { createHistoryCache } from './historyCache';

/** The inputs computeAggregates needs, from every row of the digest and the stored grades. */
export function historyFromDigest(rows: Iterable<PackedRow>, grades: ReadonlyMap<string, Grade>, now: number): AggregateInputs {
  return createHistoryCache().inputs([[...rows]], grades, now);
}
