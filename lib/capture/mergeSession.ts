import type { Account } from '../model';
import { isPersonalMailDomain } from '../match/personalDomains';
import { mergeRows, mergeValuesOfAccount, type MergeChoices, type MergeField, type MergeRow, type MergeSide, type MergeValues } from './mergeAccounts';

/**
 * A merge the rep is looking at: the account that stays (`target`) against either the capture
 * being saved or another account that will be merged into it. Plain data, kept in panel state.
 */
export interface MergeSession {
  target: Account;
  source: { kind: 'capture' } | { kind: 'account'; account: Account };
  rows: MergeRow[];
  choices: MergeChoices;
}

export function startMergeSession(target: Account, source: MergeSession['source'], captureValues: MergeValues): MergeSession {
  // A free-mail domain is never offered as the company's (issue 3): the capture's row is dropped.
  const capture = captureValues.domain && isPersonalMailDomain(captureValues.domain) ? { ...captureValues, domain: undefined } : captureValues;
  const other = source.kind === 'account' ? mergeValuesOfAccount(source.account) : capture;
  const rows = mergeRows(mergeValuesOfAccount(target), other);
  const choices: MergeChoices = {};
  for (const row of rows) choices[row.field] = row.defaultSide;
  return { target, source, rows, choices };
}

export function chooseMergeSide(session: MergeSession, field: MergeField, side: MergeSide): MergeSession {
  return { ...session, choices: { ...session.choices, [field]: side } };
}
