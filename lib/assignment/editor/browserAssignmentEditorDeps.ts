import { getDB, type LeadKitDatabase } from '../../db';
import { sendToBackground } from '../../messaging/client';
import { pageBackendDeps } from '../../onboarding/checklistFacts';
import { getAccount } from '../../scoring/store/scoredAccounts';
import { loadConnection } from '../../sync/connectionStore';
import { listTeamMembers } from '../../sync/teamMembers';
import { loadAssignment, loadAssignmentRules, saveAssignmentRules } from '../assignmentStore';
import { PREVIEW_LEADS, type AssignmentEditorDeps, type PreviewLead } from './assignmentEditorModel';

/** The newest leads by last change, read from the index: at most PREVIEW_LEADS records, whatever the store holds. */
async function newestLeads(db: LeadKitDatabase): Promise<PreviewLead[]> {
  const ids: string[] = [];
  const tx = db.transaction('accounts', 'readonly');
  for (let cursor = await tx.store.index('byUpdatedAt').openCursor(null, 'prev'); cursor && ids.length < PREVIEW_LEADS; cursor = await cursor.continue()) {
    ids.push(cursor.primaryKey);
  }
  await tx.done;
  const accounts = await Promise.all(ids.map((id) => getAccount(db, id)));
  return accounts
    .filter((account) => account !== null)
    .sort((a, b) => b.capturedAt - a.capturedAt)
    .map((account) => ({
      id: account.id,
      name: account.name,
      region: account.region ?? account.address?.region,
      industry: account.industry,
      grade: account.score?.grade,
    }));
}

export function createBrowserAssignmentEditorDeps(): AssignmentEditorDeps {
  return {
    load: async () => loadAssignmentRules(await getDB()),
    save: async (rules) => saveAssignmentRules(await getDB(), rules),
    async members() {
      const connection = await loadConnection();
      if (!connection) return null;
      // A rep's token may not list the team (the server answers forbidden): the form then takes typed names.
      const answer = await listTeamMembers(connection, pageBackendDeps);
      return answer.members.map((member) => member.name);
    },
    async role() {
      const connection = await loadConnection();
      const tested = connection ? await sendToBackground('sync.test', connection) : null;
      return tested?.ok ? (tested.role ?? null) : null;
    },
    async recentLeads() {
      const db = await getDB();
      const [leads, { state }] = await Promise.all([newestLeads(db), loadAssignment(db)]);
      return { leads, state };
    },
  };
}
