import type { Grade } from '../../model/grade';
import type { Account } from '../../model/account';
import type { PlaybookRule } from './schema';

/** Whether the rule's `when` (stages, grades, any-of tags) covers this account. */
export function appliesTo(rule: PlaybookRule, account: Account, grade: Grade): boolean {
  const { stages, grades, tags } = rule.when;
  if (!stages.includes(account.stage)) return false;
  if (grades && !grades.includes(grade)) return false;
  if (tags) {
    const accountTags = new Set(account.tags.map((tag) => tag.toLowerCase()));
    if (!tags.some((tag) => accountTags.has(tag.toLowerCase()))) return false;
  }
  return true;
}
