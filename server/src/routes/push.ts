import type { FastifyPluginAsync } from 'fastify';
import { PushRequest, type PushResponse } from '../../../lib/sync/protocol.ts';
import type { Db } from '../db/types.ts';
import { ApiError, principalOf } from '../errors.ts';
import { applyPush } from '../sync/push.ts';
import { findUnstorable } from '../sync/text.ts';
import { parseOr400 } from './validate.ts';

export const pushRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.post('/v1/push', async (request): Promise<PushResponse> => {
    const body = parseOr400(PushRequest, request.body);
    // Ids are stored as text; record data is checked per mutation after its schema strips it.
    const ids = { clientId: body.clientId, mutations: body.mutations.map(({ id, entityId }) => ({ id, entityId })) };
    const unstorable = findUnstorable(ids);
    if (unstorable) throw new ApiError(400, 'bad_request', unstorable);
    return applyPush(db, principalOf(request), body);
  });
};
