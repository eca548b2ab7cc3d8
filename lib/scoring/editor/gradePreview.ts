import type { Grade, LeadScore, ScoreReason } from '../../model/grade';
import { GRADES } from '../../model/grade';
import type { CompiledRuleSet } from '../compileRuleSet';
import { explainGradeChange } from '../explainGradeChange';
import { rescoreAll, type RescoreInput } from '../rescoreAll';

export type GradeCounts = Record<Grade, number>;

/** A stored lead as the preview shows it: what scoring reads, and the name to list it by. */
export interface PreviewLead extends RescoreInput {
  readonly name: string;
}

export interface PreviewChange {
  readonly accountId: string;
  readonly name: string;
  readonly from: Grade;
  readonly to: Grade;
  readonly scoreFrom: number;
  readonly scoreTo: number;
  readonly added: readonly ScoreReason[];
  readonly removed: readonly ScoreReason[];
}

export interface GradePreview {
  readonly before: GradeCounts;
  readonly after: GradeCounts;
  /** The first `limit` leads whose grade would change, biggest score moves first. */
  readonly changes: readonly PreviewChange[];
  readonly changedCount: number;
  readonly total: number;
}

export function scoreAllNow(compiled: CompiledRuleSet, leads: readonly PreviewLead[], now: number): LeadScore[] {
  return rescoreAll(compiled, leads, now).map((outcome) => outcome.score);
}

export function countGrades(scores: readonly LeadScore[]): GradeCounts {
  const counts = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as GradeCounts;
  for (const score of scores) counts[score.grade]++;
  return counts;
}

/**
 * How the stored leads' grades would move from the rules in force (`before`, scored at the same
 * moment, so decay does not show as a change) to the draft. Pure and fast: thousands of leads
 * re-score on every edit.
 */
export function previewGradeChanges(before: readonly LeadScore[], draft: CompiledRuleSet, leads: readonly PreviewLead[], now: number, limit = 100): GradePreview {
  const after = scoreAllNow(draft, leads, now);
  const changes: PreviewChange[] = [];
  after.forEach((score, index) => {
    const previous = before[index];
    const lead = leads[index]!;
    if (!previous || previous.grade === score.grade) return;
    const change = explainGradeChange(previous, score);
    changes.push({
      accountId: String(lead.account?.id ?? index),
      name: lead.name,
      from: previous.grade,
      to: score.grade,
      scoreFrom: previous.score,
      scoreTo: score.score,
      added: change.added,
      removed: change.removed,
    });
  });
  changes.sort((a, b) => Math.abs(b.scoreTo - b.scoreFrom) - Math.abs(a.scoreTo - a.scoreFrom) || a.name.localeCompare(b.name));
  return { before: countGrades(before), after: countGrades(after), changes: changes.slice(0, limit), changedCount: changes.length, total: leads.length };
}
