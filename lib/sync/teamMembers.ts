import { BackendUrl } from '../model';
import { backendOrigin, createBackendRequest, type FetchLike } from './client';
import {
  InviteMemberRequest,
  InviteMemberResponse,
  TeamMembersResponse,
  type TeamMember,
} from './membersProtocol';
import { SyncFailure } from './syncError';

/**
 * The team's members on the backend (issue #26, "reps invited"). For extension pages only (the
 * welcome checklist, options): they hold the manager's token; a content script must never call
 * these, and an invite's token is answered here once and is never stored by the extension.
 */
export interface TeamMembersDeps {
  fetch: FetchLike;
  hasPermission(origin: string): Promise<boolean>;
  timeoutMs?: number;
}

export interface BackendConnection {
  backendUrl: string;
  token: string;
}

async function requestFor(connection: BackendConnection, deps: TeamMembersDeps) {
  // The same rule as the saved setting: https, or http on this machine only.
  if (!BackendUrl.safeParse(connection.backendUrl).success) throw new SyncFailure('badRequest');
  if (!(await deps.hasPermission(backendOrigin(connection.backendUrl)))) throw new SyncFailure('noPermission');
  return createBackendRequest({ ...connection, fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? 15_000 });
}

/** The team's members (a manager's token; a rep's answers `forbidden`). Throws SyncFailure. */
export async function listTeamMembers(connection: BackendConnection, deps: TeamMembersDeps): Promise<TeamMembersResponse> {
  const request = await requestFor(connection, deps);
  return (await request('GET', '/v1/team/members', TeamMembersResponse)).data;
}

/**
 * Adds a rep named `name` to the manager's team and answers the rep's new token, once. A name the
 * server would refuse throws the zod error before anything is sent; the rest throw SyncFailure.
 */
export async function inviteRep(connection: BackendConnection, name: string, deps: TeamMembersDeps): Promise<{ member: TeamMember; token: string }> {
  const body = InviteMemberRequest.parse({ name, role: 'rep' });
  const request = await requestFor(connection, deps);
  const { data } = await request('POST', '/v1/team/members', InviteMemberResponse, body);
  // The answer is about the rep just asked for, or it is not believed.
  if (data.member.name !== body.name || data.member.role !== 'rep') throw new SyncFailure('badResponse', 201);
  return data;
}
