import { GRADES, type Grade } from '../../model/grade';
import { inPeriod, type Period } from '../period';
import type { GradeRow } from './aggregates';
import { reachedProspect, reachedWon } from './accountMilestones';
import { ratio } from './funnel';
import type { HistoryTally } from './historyTally';

/**
 * Grade distribution and conversion: accounts captured in the period, by their grade now
 * (`account.score.grade`; no score counts as unscored, shown apart). For each grade, the share that
 * reached prospect (qualified) and the share that reached won, by now.
 */
export function createGradeTally(period: Period): HistoryTally<GradeRow[]> {
  const rows = new Map<Grade, { count: number; prospect: number; won: number }>(GRADES.map((grade) => [grade, { count: 0, prospect: 0, won: 0 }]));
  return {
    add(history) {
      if (!inPeriod(history.account.capturedAt, period)) return;
      const row = rows.get(history.account.score?.grade ?? 'unscored') ?? rows.get('unscored')!;
      row.count += 1;
      if (reachedProspect(history)) row.prospect += 1;
      if (reachedWon(history)) row.won += 1;
    },
    result: () =>
      GRADES.map((grade) => {
        const row = rows.get(grade)!;
        return {
          grade,
          count: row.count,
          reachedProspect: row.prospect,
          won: row.won,
          prospectRate: ratio(row.prospect, row.count),
          wonRate: ratio(row.won, row.count),
        };
      }),
  };
}
