import { GRADES, type ScoreReason } from '../../model/grade';
import { gradeCode, isColumn } from '../store/columns';
import { ReasonTable, type ReasonText } from '../store/packedScore';
import type { GradeChange } from '../explainGradeChange';
import { gradeChangeRecordId, type GradeChangeRecord, type GradeHistoryEntry } from './gradeHistoryEntry';

/** What a re-scoring batch learnt about one account: its grade moved. */
export interface GradeMove {
  readonly accountId: string;
  readonly score: number;
  readonly ruleSetVersion: number;
  readonly change: GradeChange;
}

/** One history record for a batch's grade moves; the reasons' words are stored once per record. */
export function packGradeChanges(moves: readonly GradeMove[], at: number, unique: string): GradeChangeRecord {
  const n = moves.length;
  const table = new ReasonTable();
  const from = new Uint8Array(n);
  const to = new Uint8Array(n);
  const score = new Float64Array(n);
  const scoreDelta = new Float64Array(n);
  const ruleSetVersion = new Float64Array(n);
  const reasonEnds = new Uint32Array(2 * n);
  const reasons: number[] = [];
  moves.forEach((move, index) => {
    from[index] = gradeCode(move.change.from);
    to[index] = gradeCode(move.change.to);
    score[index] = move.score;
    scoreDelta[index] = move.change.scoreDelta;
    ruleSetVersion[index] = move.ruleSetVersion;
    for (const reason of move.change.added) reasons.push(table.indexOf(reason), reason.points);
    reasonEnds[2 * index] = reasons.length;
    for (const reason of move.change.removed) reasons.push(table.indexOf(reason), reason.points);
    reasonEnds[2 * index + 1] = reasons.length;
  });
  return {
    id: gradeChangeRecordId(at, unique),
    at,
    texts: table.texts,
    accountIds: moves.map((move) => move.accountId),
    from,
    to,
    score,
    scoreDelta,
    ruleSetVersion,
    reasonEnds,
    reasons: Float64Array.from(reasons),
  };
}

function unpackReasons(texts: readonly ReasonText[], reasons: Float64Array, start: number, end: number): ScoreReason[] {
  const unpacked: ScoreReason[] = [];
  for (let at = start; at + 1 < end; at += 2) {
    const text = texts[reasons[at]!];
    if (text) unpacked.push({ ruleId: text.ruleId, label: text.label, points: reasons[at + 1]! });
  }
  return unpacked;
}

/** Whether a stored record has every column, of the right kind and length (storage is not trusted). */
function isRecord(value: unknown): value is GradeChangeRecord {
  const record = value as Partial<Record<keyof GradeChangeRecord, unknown>> | null;
  if (typeof record !== 'object' || record === null || typeof record.id !== 'string' || typeof record.at !== 'number') return false;
  if (!Array.isArray(record.accountIds) || !Array.isArray(record.texts)) return false;
  const n = record.accountIds.length;
  return (
    isColumn(record.from, 'Uint8Array', n) &&
    isColumn(record.to, 'Uint8Array', n) &&
    isColumn(record.score, 'Float64Array', n) &&
    isColumn(record.scoreDelta, 'Float64Array', n) &&
    isColumn(record.ruleSetVersion, 'Float64Array', n) &&
    isColumn(record.reasonEnds, 'Uint32Array', 2 * n) &&
    isColumn(record.reasons, 'Float64Array')
  );
}

/** One account's entries in a record, as the grade history shows them; none from a damaged record. */
export function unpackGradeChanges(stored: unknown, accountId: string): GradeHistoryEntry[] {
  if (!isRecord(stored)) return [];
  const record = stored;
  const entries: GradeHistoryEntry[] = [];
  record.accountIds.forEach((id, index) => {
    const to = GRADES[record.to[index]!];
    if (id !== accountId || to === undefined) return;
    const from = GRADES[record.from[index]!];
    const start = index === 0 ? 0 : record.reasonEnds[2 * index - 1]!;
    const addedEnd = record.reasonEnds[2 * index]!;
    entries.push({
      id: `${record.id}:${index}`,
      accountId,
      at: record.at,
      ...(from !== undefined ? { from } : {}),
      to,
      score: record.score[index]!,
      scoreDelta: record.scoreDelta[index]!,
      added: unpackReasons(record.texts, record.reasons, start, addedEnd),
      removed: unpackReasons(record.texts, record.reasons, addedEnd, record.reasonEnds[2 * index + 1]!),
      ruleSetVersion: record.ruleSetVersion[index]!,
    });
  });
  return entries;
}
