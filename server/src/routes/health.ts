import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import { DB_RETRY_AFTER_S, errorBody } from '../errors.ts';

/**
 * For load balancers and orchestrators. No auth, no data.
 * - live: the process serves requests (restart it only when this fails); never touches the database,
 *   so a database outage does not make every instance restart in a loop.
 * - ready: the database answers too (send traffic here only when this passes).
 * `/v1/health` and `/health` are the readiness check, as they always were.
 */
export const healthRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/v1/health/live', async () => ({ status: 'ok' }));
  const ready = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'health check failed');
      return reply.code(503).header('retry-after', String(DB_RETRY_AFTER_S)).send(errorBody('unavailable', 'Database unavailable'));
    }
  };
  for (const path of ['/v1/health/ready', '/v1/health', '/health']) app.get(path, ready);
};
