import { GRADES } from '../../model/grade';

/**
 * What score pages and grade-history records share since they are stored in columns (v7): grades
 * as small numbers, and the check that a stored column is what it claims (storage is not trusted).
 */
const GRADE_CODE = new Map<unknown, number>(GRADES.map((grade, index) => [grade, index]));

/** No grade: a first grade's "from", or a grade the writer could not name (reads back as none). */
export const NO_GRADE = 255;

export const gradeCode = (grade: unknown): number => GRADE_CODE.get(grade) ?? NO_GRADE;

/** Ends that only grow, the last within the column they index (each row's slice of `column`). */
export function endsFit(ends: Uint32Array, column: ArrayLike<unknown>): boolean {
  let previous = 0;
  for (const end of ends) {
    if (end < previous) return false;
    previous = end;
  }
  return previous <= column.length;
}

/** A typed array of this kind (`Float64Array`, …) and, when given, this length. */
export const isColumn = (value: unknown, kind: string, length?: number): boolean =>
  ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === `[object ${kind}]` && (length === undefined || (value as Uint8Array).length === length);
