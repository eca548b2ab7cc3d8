import type { Grade, LeadScore, LocalizedLabel, ScoreReason } from '../model/grade';

export interface AdjustedReason {
  readonly ruleId: string;
  readonly label: LocalizedLabel;
  readonly from: number;
  readonly to: number;
}

/** What a grade-history entry says: the grade moved (or not), and which reasons came and went. */
export interface GradeChange {
  /** The grade differs, or there was none before. */
  readonly changed: boolean;
  readonly from: Grade | undefined;
  readonly to: Grade;
  readonly scoreDelta: number;
  readonly added: readonly ScoreReason[];
  readonly removed: readonly ScoreReason[];
  /** Same rule, other points: mostly engagement decaying or growing. */
  readonly adjusted: readonly AdjustedReason[];
}

/**
 * Compares two scores of one lead by rule id. `previous` comes from storage, so a malformed
 * one is treated as absent rather than trusted.
 */
export function explainGradeChange(previous: LeadScore | undefined, next: LeadScore): GradeChange {
  const before = isReadableScore(previous) ? previous : undefined;
  const beforeById = new Map((before?.reasons ?? []).map((reason) => [reason.ruleId, reason]));
  const nextIds = new Set(next.reasons.map((reason) => reason.ruleId));
  const added: ScoreReason[] = [];
  const adjusted: AdjustedReason[] = [];
  for (const reason of next.reasons) {
    const old = beforeById.get(reason.ruleId);
    if (!old) added.push(reason);
    else if (old.points !== reason.points) adjusted.push({ ruleId: reason.ruleId, label: reason.label, from: old.points, to: reason.points });
  }
  const removed = [...beforeById.values()].filter((reason) => !nextIds.has(reason.ruleId));
  return {
    changed: before?.grade !== next.grade,
    from: before?.grade,
    to: next.grade,
    scoreDelta: Math.round((next.score - (before?.score ?? 0)) * 10) / 10 || 0,
    added,
    removed,
    adjusted,
  };
}

/** Same grade, score, rule-set version and reasons: nothing worth writing back. */
export function isSameScore(previous: LeadScore | undefined, next: LeadScore): boolean {
  if (!isReadableScore(previous)) return false;
  if (previous.grade !== next.grade || previous.score !== next.score) return false;
  // The rule-set version alone is not a change: a rule edit rewrites only the leads whose score,
  // grade or reasons (points and words) actually moved, not all 100k of them.
  if (previous.reasons.length !== next.reasons.length) return false;
  return previous.reasons.every((reason, index) => {
    const other = next.reasons[index];
    return (
      other !== undefined &&
      reason.ruleId === other.ruleId &&
      reason.points === other.points &&
      JSON.stringify(reason.label) === JSON.stringify(other.label)
    );
  });
}

function isReadableScore(value: unknown): value is LeadScore {
  if (typeof value !== 'object' || value === null) return false;
  const { grade, score, reasons } = value as Partial<Record<keyof LeadScore, unknown>>;
  return (
    typeof grade === 'string' &&
    typeof score === 'number' &&
    Array.isArray(reasons) &&
    reasons.every((reason: unknown) => typeof reason === 'object' && reason !== null && typeof (reason as ScoreReason).ruleId === 'string')
  );
}
