import { permittedRequest, type PermittedRequestDeps } from './client';
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
export type TeamMembersDeps = PermittedRequestDeps;

export interface BackendConnection {
  backendUrl: string;
  token: string;
}

/** The team's members (a manager's token; a rep's answers `forbidden`). Throws SyncFailure. */
export async function listTeamMembers(connection: BackendConnection, deps: TeamMembersDeps): Promise<TeamMembersResponse> {
  const request = await permittedRequest(connection, deps);
  return (await request('GET', '/v1/team/members', TeamMembersResponse)).data;
}

/**
 * Adds a rep named `name` to the manager's team and answers the rep's new token, once. A name the
 * server would refuse throws the zod error before anything is sent; the rest throw SyncFailure.
 */
export async function inviteRep(connection: BackendConnection, name: string, deps: TeamMembersDeps): Promise<{ member: TeamMember; token: string }> {
  const body = InviteMemberRequest.parse({ name, role: 'rep' });
  const request = await permittedRequest(connection, deps);
  const { data } = await request('POST', '/v1/team/members', InviteMemberResponse, body);
  // The answer is about the rep just asked for, or it is not believed.
  if (data.member.name !== body.name || data.member.role !== 'rep') throw new SyncFailure('badResponse', 201);
  return data;
}
