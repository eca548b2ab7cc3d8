import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { Mutation } from '../../../lib/model/index.ts';
import { MAX_PUSH_BATCH, PushRequest, type PushResponse } from '../../../lib/sync/protocol.ts';
import type { Db } from '../db/types.ts';
import { ApiError, principalOf } from '../errors.ts';
import { applyPush } from '../sync/push.ts';
import { createTeamQueue } from '../sync/teamQueue.ts';
import { findUnstorable } from '../sync/text.ts';
import { parseOr400 } from './validate.ts';

/** A team's pushes waiting in this process beyond these answer 503 (the client retries later). */
const TEAM_QUEUE = { maxWaiting: 256, waitTimeoutMs: 20_000 };

/**
 * The protocol's PushRequest, but a put's data is only checked to be an object here: applyPush
 * checks it with its entity's full schema (and a delete's data is never stored), so copying every
 * record through z.record first was a second pass over each mutation's data on the hot path.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const PushBody = PushRequest.extend({
  mutations: z.array(Mutation.extend({ data: z.custom<Record<string, unknown>>(isObject, 'Invalid input: expected record').nullable() })).max(MAX_PUSH_BATCH),
});

export const pushRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const queue = createTeamQueue(TEAM_QUEUE);
  app.post('/v1/push', async (request): Promise<PushResponse> => {
    const body: PushRequest = parseOr400(PushBody, request.body);
    // Ids are stored as text; record data is checked per mutation after its schema strips it.
    const ids = { clientId: body.clientId, mutations: body.mutations.map(({ id, entityId }) => ({ id, entityId })) };
    const unstorable = findUnstorable(ids);
    if (unstorable) throw new ApiError(400, 'bad_request', unstorable);
    const principal = principalOf(request);
    return queue.run(principal.teamId, () => applyPush(db, principal, body));
  });
};
