import { definePrivateItem } from '../../settings/privateItem';
import type { RuleSet } from '../../model/ruleSet';
import { DEFAULT_RULE_SET } from '../defaultRules';
import { parseRuleSet, type ParseRuleSetResult } from '../parseRuleSet';
import { ruleSetStateFrom, type RuleSetState } from './ruleSetState';

/**
 * The manager's rule set (issue #4): absent (null) means the defaults. It is the team's process,
 * so it is kept where content scripts cannot read it (#22, lib/settings/privateItem.ts); an
 * earlier build's copy in `storage.local` moves there on first use. Every read goes through
 * `parseRuleSet`; a copy of the last valid set is kept beside it, so a stored set that stops
 * parsing (hand-edited, written by a newer release) leaves the previous rules in force instead of
 * the defaults, and the editor shows why.
 */
export const ruleSetItem = definePrivateItem<Record<string, unknown> | null>('scoringRuleSet', null);
export const lastValidRuleSetItem = definePrivateItem<Record<string, unknown> | null>('scoringRuleSetLastValid', null);

export async function loadRuleSetState(): Promise<RuleSetState> {
  const [stored, lastValid] = await Promise.all([ruleSetItem.getValue(), lastValidRuleSetItem.getValue()]);
  const state = ruleSetStateFrom(stored, lastValid);
  if (state.problems.length > 0) {
    console.warn('[leadkit] the stored scoring rule set is invalid; keeping the', state.source, 'rules', state.problems.slice(0, 3));
  }
  return state;
}

/**
 * Validates and stores `draft` as the new rule set: version above both the draft's and the one
 * in force, `updatedAt` now. Refused (nothing stored) with each problem's path when invalid.
 */
export async function saveRuleSet(draft: unknown, now = Date.now()): Promise<ParseRuleSetResult> {
  const parsed = parseRuleSet(draft);
  if (!parsed.ok) return parsed;
  const current = await loadRuleSetState();
  const ruleSet: RuleSet = {
    ...parsed.ruleSet,
    version: Math.max(parsed.ruleSet.version, current.ruleSet.version) + 1,
    updatedAt: Math.max(Math.floor(now), current.ruleSet.updatedAt + 1),
  };
  const record = ruleSet as unknown as Record<string, unknown>;
  // The last valid copy first: a context that hears of the new set finds both in place.
  await lastValidRuleSetItem.setValue(record);
  await ruleSetItem.setValue(record);
  return { ok: true, ruleSet };
}

/** Back to the defaults, as a new version so every stored grade is re-scored against them. */
export function resetRuleSet(now = Date.now()): Promise<ParseRuleSetResult> {
  return saveRuleSet(DEFAULT_RULE_SET, now);
}

/** Calls `listener` whenever the stored rule set changes (any context's save), with the set now in force. */
export function watchRuleSet(listener: (state: RuleSetState) => void): () => void {
  return ruleSetItem.watch(() => {
    loadRuleSetState().then(listener, (error: unknown) => console.warn('[leadkit] reading the rule set failed', error));
  });
}
