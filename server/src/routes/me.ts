import type { FastifyPluginAsync } from 'fastify';
import { PROTOCOL_VERSION, type MeResponse } from '../../../lib/sync/protocol.ts';
import { principalOf } from '../errors.ts';

/** "Test connection" in the options page: whose token this is, and the server's clock. */
export const meRoutes: FastifyPluginAsync = async (app) => {
  app.get('/v1/me', async (request): Promise<MeResponse> => {
    const principal = principalOf(request);
    return {
      protocolVersion: PROTOCOL_VERSION,
      team: { id: principal.teamId, name: principal.teamName },
      user: { id: principal.userId, name: principal.userName },
      serverTime: Date.now(),
    };
  });
};
