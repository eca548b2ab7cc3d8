import { getDB } from '../../db';
import { listGradeHistory } from '../history/gradeHistoryStore';
import { rescoreAccounts } from '../rescore/rescoreStored';
import { loadRuleSetState } from '../store/ruleSetStore';
import type { GradePanelDeps } from './gradePanelModel';

/**
 * The store behind the grade section. A capture is saved by the side panel while the worker may
 * be asleep (it would miss the change broadcast), so the panel scores an unscored or stale
 * account itself, through the same code the background uses.
 */
export function createBrowserGradeDeps(): GradePanelDeps {
  return {
    historyFor: async (accountId) => listGradeHistory(await getDB(), accountId),
    async ensureScored(account) {
      const { ruleSet, compiled } = await loadRuleSetState();
      if (account.score && account.score.ruleSetVersion === ruleSet.version) return;
      await rescoreAccounts(await getDB(), compiled, [account.id], Date.now());
    },
  };
}
