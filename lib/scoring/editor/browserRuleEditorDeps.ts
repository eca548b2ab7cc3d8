import { getDB } from '../../db';
import { Account } from '../../model';
import { readLeadBatch } from '../rescore/storedLeads';
import { signalsFromRecords } from '../../signals/signalsFor';
import { loadRuleSetState, resetRuleSet, saveRuleSet } from '../store/ruleSetStore';
import type { PreviewLead } from './gradePreview';
import type { RuleEditorDeps } from './ruleEditorModel';

/** The preview reads at most this many leads, so the options page stays light on a huge store. */
export const PREVIEW_LEAD_LIMIT = 20_000;

async function storedLeads(now: number): Promise<PreviewLead[]> {
  const db = await getDB();
  const leads: PreviewLead[] = [];
  let after: string | null = null;
  while (leads.length < PREVIEW_LEAD_LIMIT) {
    const batch = await readLeadBatch(db, after, 1_000);
    if (batch.lastId === null) break;
    for (const lead of batch.leads) {
      const parsed = Account.safeParse(lead.account);
      if (!parsed.success) continue;
      leads.push({ account: parsed.data, name: parsed.data.name, contacts: lead.contacts, signals: signalsFromRecords(lead.visits, lead.activities, now) });
    }
    after = batch.lastId;
  }
  return leads;
}

export function createBrowserRuleEditorDeps(): RuleEditorDeps {
  return {
    load: loadRuleSetState,
    save: (draft) => saveRuleSet(draft),
    reset: () => resetRuleSet(),
    leads: () => storedLeads(Date.now()),
    now: () => Date.now(),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
