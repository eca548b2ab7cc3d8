import type { ImportCandidate } from '../csv/importRows';
import type { LeadKitDatabase } from '../db';
import { ruleSetStateFrom } from '../scoring/store/ruleSetState';
import { assignNewAccount, hasRules } from './assignNew';
import { openLoads, readStoredRules } from './storedRules';
import { AssignmentState } from './rules';

/**
 * The dashboard's import runs in a worker, which has no extension storage API: it reads the
 * private items (lib/settings/privateItem.ts) where they live, the IndexedDB `meta` store. These
 * items were never kept in storage.local, so there is no earlier copy to move first.
 */
const metaKey = (name: string) => `private:${name}`;

/**
 * Imported rows nobody owns, assigned by the rules as the capture does (each row graded with the
 * team's scoring rules first; the round-robin moves on row by row, capacities count the rows
 * already assigned). Work per row is bounded by the rules (assignLead) and one profile score.
 * `remember` stores the round-robin after the rows are written.
 */
export async function assignImported(
  db: LeadKitDatabase,
  candidates: readonly ImportCandidate[],
  context: { now: number; actor?: string },
): Promise<{ candidates: ImportCandidate[]; assigned: number; remember: () => Promise<void> }> {
  const [{ rules }, storedCursors, ruleSet, lastValid] = await Promise.all([
    readStoredRules(db),
    ...['assignmentCursors', 'scoringRuleSet', 'scoringRuleSetLastValid'].map((name) => db.get('meta', metaKey(name))),
  ]);
  if (!hasRules(rules)) return { candidates: [...candidates], assigned: 0, remember: async () => {} };
  const compiled = ruleSetStateFrom(ruleSet, lastValid).compiled;
  const capped = new Set(rules.rules.filter((rule) => rule.capacity !== undefined).flatMap((rule) => rule.reps));
  const cursors = AssignmentState.shape.cursors.safeParse(storedCursors);
  let state: AssignmentState = { cursors: cursors.success ? cursors.data : {}, loads: capped.size > 0 ? await openLoads(db, capped) : {} };
  let assigned = 0;
  const out = candidates.map((candidate) => {
    const profile = { compiled, contacts: candidate.contact ? [candidate.contact] : [] };
    const result = assignNewAccount(candidate.account, rules, state, { now: context.now, profile, actor: context.actor });
    state = result.state;
    if (!result.activity) return candidate;
    assigned += 1;
    return { ...candidate, account: result.account, assignment: result.activity };
  });
  return { candidates: out, assigned, remember: async () => void (assigned > 0 && (await db.put('meta', state.cursors, metaKey('assignmentCursors')))) };
}
