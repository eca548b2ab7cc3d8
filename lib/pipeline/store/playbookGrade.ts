import type { Grade } from '../../model';
import type { PipelineAccount } from '../pipelineAccount';

/**
 * The grade the playbook uses. Scoring (issue #4) is not wired into capture yet, so a freshly
 * captured account has no `score`. Until it does, an account without a score counts as a B lead
 * ("medium match, need still to be uncovered", shared/domain.md), which is what an ungraded
 * capture honestly is, so the first-contact SLA clock starts at capture instead of never.
 * Once a score exists its grade is used as is: C and "unscored" get no first-contact task.
 * Remove the fallback when capture scores every new lead (issue #4 integration).
 */
export const GRADE_BEFORE_SCORING: Grade = 'B';

export function playbookGrade(account: PipelineAccount): Grade {
  return account.score ? account.score.grade : GRADE_BEFORE_SCORING;
}
