import type { Grade } from '../../model';
import type { Account } from '../../model/account';

/**
 * The grade the playbook uses. A lead not graded yet (no score, or "unscored": too little is
 * known to grade it) counts as a B lead, "medium match, need still to be uncovered"
 * (shared/domain.md), which is what such a capture honestly is: its first-contact SLA clock starts
 * at capture instead of never, and first contact is how the missing facts get found. A and B keep
 * their grade; a C lead gets no first-contact task.
 */
export const GRADE_WHEN_UNGRADED: Grade = 'B';

export function playbookGrade(account: Account): Grade {
  const grade = account.score?.grade;
  return grade === undefined || grade === 'unscored' ? GRADE_WHEN_UNGRADED : grade;
}
