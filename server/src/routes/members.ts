import type { FastifyPluginAsync } from 'fastify';
import {
  InviteMemberRequest,
  MAX_LISTED_MEMBERS,
  type InviteMemberResponse,
  type TeamMembersResponse,
} from '../../../lib/sync/membersProtocol.ts';
import { createToken, type Principal } from '../auth.ts';
import type { Db } from '../db/types.ts';
import { createUser, listMembers } from '../directory.ts';
import { ApiError, principalOf } from '../errors.ts';
import { parseOr400 } from './validate.ts';

/** Who may see and invite the team's members: its managers (a rep's token must not mint others). */
function requireManager(request: { principal: Principal | null }): Principal {
  const principal = principalOf(request);
  if (principal.role !== 'manager') throw new ApiError(403, 'forbidden', "Only a team manager can list or invite the team's members");
  return principal;
}

/**
 * Issue #26, "reps invited": a manager adds a rep to the caller's own team and gets the rep's token
 * in the answer, once; like the CLI, only the token's hash is stored.
 */
export const memberRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/v1/team/members', async (request): Promise<TeamMembersResponse> => {
    const principal = requireManager(request);
    // One more than answered, to say whether the list was cut.
    const members = await listMembers(db, principal.teamId, MAX_LISTED_MEMBERS + 1);
    return { members: members.slice(0, MAX_LISTED_MEMBERS), more: members.length > MAX_LISTED_MEMBERS };
  });

  app.post('/v1/team/members', async (request, reply): Promise<InviteMemberResponse> => {
    const principal = requireManager(request);
    const body = parseOr400(InviteMemberRequest, request.body);
    // One transaction: a user without the token the manager was promised is never left behind.
    const { user, token } = await db.transaction(async (tx) => {
      const user = await createUser(tx, principal.teamId, body.name, body.role);
      return { user, token: await createToken(tx, user.id) };
    });
    const [member] = await listMembers(db, principal.teamId, 1, user.id);
    if (!member) throw new Error(`user ${user.id} vanished right after it was created`);
    // The secret is in this body only: no cache along the way may keep it.
    reply.code(201).header('cache-control', 'no-store');
    return { member, token: token.secret };
  });
};
