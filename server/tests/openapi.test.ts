import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { OPENAPI_FILE, renderOpenApi } from '../src/openapi/write.ts';
import { openMigratedDb, testApp, type TestDb } from './testDatabase.ts';

describe('OpenAPI document', () => {
  let test: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await openMigratedDb('pglite');
    app = await testApp(test.db);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  it('in the repo matches the zod schemas (run `npm run openapi` after changing them)', async () => {
    expect(await readFile(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });

  it('is served without a token at /v1/openapi.json, as kept in the repo', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toBe(await readFile(OPENAPI_FILE, 'utf8'));
  });

  it('is OpenAPI 3.1 with every endpoint and every $ref resolvable', async () => {
    const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(['/health', '/v1/me', '/v1/openapi.json', '/v1/pull', '/v1/push', '/v1/team/members']);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref);
  });

  it('health answers without a token', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
