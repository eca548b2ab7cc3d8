import { GRADES, type Grade } from '../../model/grade';
import { inPeriod, type Period } from '../period';
import type { GradeRow } from './aggregates';
import type { AccountHistory } from './accountHistory';
import { reachedProspect, reachedWon } from './accountMilestones';
import { ratio } from './funnel';

/**
 * Grade distribution and conversion: accounts captured in the period, by their grade now
 * (`account.score.grade`; no score counts as unscored, shown apart). For each grade, the share that
 * reached prospect (qualified) and the share that reached won, by now.
 */
export function gradeMetrics(histories: Iterable<AccountHistory>, period: Period): GradeRow[] {
  const rows = new Map<Grade, { count: number; prospect: number; won: number }>(GRADES.map((grade) => [grade, { count: 0, prospect: 0, won: 0 }]));
  for (const history of histories) {
    if (!inPeriod(history.account.capturedAt, period)) continue;
    const row = rows.get(history.account.score?.grade ?? 'unscored') ?? rows.get('unscored')!;
    row.count += 1;
    if (reachedProspect(history)) row.prospect += 1;
    if (reachedWon(history)) row.won += 1;
  }
  return GRADES.map((grade) => {
    const row = rows.get(grade)!;
    return {
      grade,
      count: row.count,
      reachedProspect: row.prospect,
      won: row.won,
      prospectRate: ratio(row.prospect, row.count),
      wonRate: ratio(row.won, row.count),
    };
  });
}
