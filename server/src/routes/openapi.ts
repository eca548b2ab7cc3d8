import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';
import { OPENAPI_FILE } from '../openapi/write.ts';

/** Serves the document kept in the repo (server/openapi.json), not a copy built at run time. */
export const openApiRoutes: FastifyPluginAsync = async (app) => {
  const document = await readFile(OPENAPI_FILE, 'utf8');
  app.get('/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
};
