import type { FastifyPluginAsync } from 'fastify';
import { PullQuery, type PullResponse } from '../../../lib/sync/protocol.ts';
import { principalOf } from '../errors.ts';
import type { Db } from '../db/types.ts';
import { pullChanges } from '../sync/pull.ts';
import { parseOr400 } from './validate.ts';

export const pullRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/v1/pull', async (request): Promise<PullResponse> => {
    const query = parseOr400(PullQuery, request.query);
    return pullChanges(db, principalOf(request), query);
  });
};
