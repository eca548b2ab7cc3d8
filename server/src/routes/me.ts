import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { MeResponse, PROTOCOL_VERSION } from '../../../lib/sync/protocol.ts';
import { principalOf } from '../errors.ts';
import { Role } from '../sync/writeRules.ts';

/**
 * The protocol's MeResponse plus the caller's role. The shared schema is not strict, so a client
 * that does not know `role` strips it; it is optional here because other backends need not send it.
 */
export const ServerMeResponse = MeResponse.extend({
  user: MeResponse.shape.user.extend({
    role: Role.optional().describe(
      'The caller\'s role in the team, which decides what it may write (a push answers `rejected: forbidden` otherwise). ' +
        'The reference server always sends it; other backends may omit it.',
    ),
  }),
});
export type ServerMeResponse = z.infer<typeof ServerMeResponse>;

/** "Test connection" in the options page: whose token this is, its role, and the server's clock. */
export const meRoutes: FastifyPluginAsync = async (app) => {
  app.get('/v1/me', async (request): Promise<ServerMeResponse> => {
    const principal = principalOf(request);
    return {
      protocolVersion: PROTOCOL_VERSION,
      team: { id: principal.teamId, name: principal.teamName },
      user: { id: principal.userId, name: principal.userName, role: principal.role },
      serverTime: Date.now(),
    };
  });
};
