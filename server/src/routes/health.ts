import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db/types.ts';
import { errorBody } from '../errors.ts';

/** For load balancers and `npm start` checks: 200 when the database answers. No auth, no data. */
export const healthRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/health', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.code(503).send(errorBody('unavailable', 'Database unavailable'));
    }
  });
};
