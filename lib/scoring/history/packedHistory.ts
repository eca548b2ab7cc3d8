import type { ScoreReason } from '../../model/grade';
import { ReasonTable, type ReasonText } from '../store/packedScore';
import type { GradeChange } from '../explainGradeChange';
import { gradeChangeRecordId, type GradeChangeRecord, type GradeHistoryEntry, type PackedGradeChange } from './gradeHistoryEntry';

/** What a re-scoring batch learnt about one account: its grade moved. */
export interface GradeMove {
  readonly accountId: string;
  readonly score: number;
  readonly ruleSetVersion: number;
  readonly change: GradeChange;
}

/** A loop, not flatMap: a full re-score's first grades pack ~500k reasons, and flatMap's pair arrays cost more than the packing. */
function packReasons(table: ReasonTable, reasons: readonly ScoreReason[]): number[] {
  const packed: number[] = [];
  for (const reason of reasons) packed.push(table.indexOf(reason), reason.points);
  return packed;
}

/** One history record for a batch's grade moves; the reasons' words are stored once per record. */
export function packGradeChanges(moves: readonly GradeMove[], at: number, unique: string): GradeChangeRecord {
  const table = new ReasonTable();
  const changes = moves.map(({ accountId, score, ruleSetVersion, change }): PackedGradeChange => ({
    accountId,
    ...(change.from !== undefined ? { from: change.from } : {}),
    to: change.to,
    score,
    scoreDelta: change.scoreDelta,
    ruleSetVersion,
    added: packReasons(table, change.added),
    removed: packReasons(table, change.removed),
  }));
  return { id: gradeChangeRecordId(at, unique), at, accountIds: [...new Set(moves.map((move) => move.accountId))], texts: table.texts, changes };
}

function unpackReasons(texts: readonly ReasonText[], packed: readonly number[]): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  for (let at = 0; at + 1 < packed.length; at += 2) {
    const text = texts[packed[at]!];
    if (text) reasons.push({ ruleId: text.ruleId, label: text.label, points: packed[at + 1]! });
  }
  return reasons;
}

/** One account's entries in a record, as the grade history shows them. */
export function unpackGradeChanges(record: GradeChangeRecord, accountId: string): GradeHistoryEntry[] {
  const entries: GradeHistoryEntry[] = [];
  record.changes.forEach((change, index) => {
    if (change.accountId !== accountId) return;
    entries.push({
      id: `${record.id}:${index}`,
      accountId,
      at: record.at,
      ...(change.from !== undefined ? { from: change.from } : {}),
      to: change.to,
      score: change.score,
      scoreDelta: change.scoreDelta,
      added: unpackReasons(record.texts, change.added),
      removed: unpackReasons(record.texts, change.removed),
      ruleSetVersion: change.ruleSetVersion,
    });
  });
  return entries;
}
