import type { FastifyPluginAsync } from 'fastify';
import { PullQuery } from '../../../lib/sync/protocol.ts';
import { principalOf } from '../errors.ts';
import type { Db } from '../db/types.ts';
import { pullChanges } from '../sync/pull.ts';
import { parseOr400 } from './validate.ts';

export const pullRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  // The answer is a PullResponse, already as JSON text (see pullChanges).
  app.get('/v1/pull', async (request, reply): Promise<string> => {
    const query = parseOr400(PullQuery, request.query);
    const body = await pullChanges(db, principalOf(request), query);
    reply.type('application/json; charset=utf-8');
    return body;
  });
};
