import { browser } from 'wxt/browser';
import { getDB } from '../db';
import { sendToBackground } from '../messaging/client';
import { workCalendarItem, playbookItem } from '../pipeline/store/pipelineConfig';
import { ruleSetItem } from '../scoring/store/ruleSetStore';
import { DEFAULT_SCRIPTS } from '../scripts/defaultScripts';
import { listScripts } from '../scripts/scriptStore';
import { loadConnection } from '../sync/connectionStore';
import { SyncFailure } from '../sync/syncError';
import { inviteRep, listTeamMembers, type TeamMembersDeps } from '../sync/teamMembers';
import type { RepInviteDeps } from './repInviteModel';
import { scriptsDifferFromDefaults, type ChecklistFacts } from './managerChecklist';

/** The backend as an extension page reaches it: its own fetch, with the host permission it holds. */
export const pageBackendDeps: TeamMembersDeps = {
  fetch: (url, init) => fetch(url, init),
  hasPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
};

/** The checklist's "Invite a rep" with the saved connection, from this extension page. */
export const pageInviteDeps: Omit<RepInviteDeps, 'onInvited'> = {
  async invite(name) {
    const connection = await loadConnection();
    if (!connection) throw new SyncFailure('unauthorized');
    return inviteRep(connection, name, pageBackendDeps);
  },
  copyText: (text) => navigator.clipboard.writeText(text),
};

/** The checklist's facts from the real state: the stores, and the saved backend tested now. */
export async function readChecklistFacts(): Promise<ChecklistFacts> {
  const [connection, rules, playbook, calendar, scripts] = await Promise.all([
    loadConnection(),
    ruleSetItem.getValue(),
    playbookItem.getValue(),
    workCalendarItem.getValue(),
    getDB().then(listScripts),
  ]);
  const tested = connection ? await sendToBackground('sync.test', connection) : null;
  return {
    connection: !tested ? { kind: 'none' } : tested.ok ? { kind: 'connected', team: tested.team, user: tested.user } : { kind: 'failed', error: tested.error },
    rulesSaved: rules !== null,
    playbookSaved: playbook !== null,
    calendarSaved: calendar !== null,
    scriptsChanged: scriptsDifferFromDefaults(scripts, DEFAULT_SCRIPTS),
    members: connection && tested?.ok ? await readMembers(connection, tested.role) : { kind: 'none' },
  };
}

/** The team's members for the checklist, asked only of a token that may list them. */
async function readMembers(connection: { backendUrl: string; token: string }, role: string | undefined): Promise<ChecklistFacts['members']> {
  // A rep's token may not list the team: say so without a request the server must refuse.
  if (role === 'rep') return { kind: 'failed', error: 'forbidden' };
  return listTeamMembers(connection, pageBackendDeps).then(
    (answer) => ({ kind: 'listed' as const, members: answer.members }),
    (error: unknown) => ({ kind: 'failed' as const, error: error instanceof SyncFailure ? error.code : 'internal' }),
  );
}
