import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { LeadScore } from '../model/grade';
import type { CompiledRuleSet } from './compileRuleSet';
import { leadInputFrom } from './leadInputFrom';
import { scoreLead } from './scoreLead';
import type { Signals } from './scoringLead';
import { NOT_A_LEAD_REASON } from './unscoredReasons';

export interface RescoreInput {
  readonly account: Account;
  readonly contacts: readonly Contact[];
  readonly signals?: Signals;
}

export interface RescoreOutcome {
  /** Undefined only when the stored account was too broken to carry an id. */
  readonly accountId: string | undefined;
  readonly score: LeadScore;
}

/**
 * The pure half of re-scoring: scores every lead. The caller (the background re-scorer) reads
 * leads in batches and hands the scores to `storeScores`, which compares them with the stored ones.
 * One unreadable record yields an "unscored" outcome and the rest carry on.
 */
export function rescoreAll(compiled: CompiledRuleSet, leads: Iterable<RescoreInput>, now: number): RescoreOutcome[] {
  const outcomes: RescoreOutcome[] = [];
  for (const item of leads) outcomes.push(rescoreOne(compiled, item, now));
  return outcomes;
}

function rescoreOne(compiled: CompiledRuleSet, item: RescoreInput, now: number): RescoreOutcome {
  let accountId: string | undefined;
  let score: LeadScore;
  try {
    accountId = typeof item.account.id === 'string' ? item.account.id : undefined;
    score = scoreLead(compiled, leadInputFrom(item.account, Array.isArray(item.contacts) ? item.contacts : []), item.signals, now);
  } catch {
    score = {
      score: 0,
      grade: 'unscored',
      reasons: [NOT_A_LEAD_REASON],
      scoredAt: Number.isFinite(now) && now >= 0 ? Math.floor(now) : 0,
      ruleSetVersion: compiled.ruleSetVersion,
    };
  }
  return { accountId, score };
}
