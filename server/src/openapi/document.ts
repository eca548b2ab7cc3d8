import { z } from 'zod';
import { Account, Activity, Contact, Mutation, Script, Task } from '../../../lib/model/index.ts';
import {
  Change,
  DEFAULT_PULL_LIMIT,
  ErrorBody,
  MAX_PULL_LIMIT,
  MAX_PUSH_BATCH,
  PROTOCOL_VERSION,
  PullResponse,
  PushRequest,
  PushResponse,
  PushResult,
  ServerRecord,
} from '../../../lib/sync/protocol.ts';
import { InviteMemberRequest, InviteMemberResponse, MAX_LISTED_MEMBERS, TeamMember, TeamMembersResponse } from '../../../lib/sync/membersProtocol.ts';
import { ServerMeResponse } from '../routes/me.ts';

/**
 * The OpenAPI 3.1 document, built from the same zod schemas the server validates with, so the
 * description cannot drift from the code. `npm run openapi` writes it to server/openapi.json (kept
 * in the repo for other backends to read); a test fails when the file is out of date.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const components: Array<[string, z.ZodType]> = [
    ['Mutation', Mutation],
    ['PushRequest', PushRequest],
    ['PushResult', PushResult],
    ['PushResponse', PushResponse],
    ['ServerRecord', ServerRecord],
    ['Change', Change],
    ['PullResponse', PullResponse],
    // The protocol's MeResponse with this server's optional `user.role`.
    ['MeResponse', ServerMeResponse],
    ['ErrorBody', ErrorBody],
    ['TeamMember', TeamMember],
    ['TeamMembersResponse', TeamMembersResponse],
    ['InviteMemberRequest', InviteMemberRequest],
    ['InviteMemberResponse', InviteMemberResponse],
    ['Account', Account],
    ['Contact', Contact],
    ['Activity', Activity],
    ['Task', Task],
    ['Script', Script],
  ];
  for (const [id, schema] of components) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const schema of Object.values(schemas)) {
    delete (schema as Record<string, unknown>).$schema;
    delete (schema as Record<string, unknown>).$id;
  }

  const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
  const error = (description: string) => ({ description, content: json('ErrorBody') });
  const authErrors = {
    '401': error('Missing, malformed, unknown or revoked token'),
    '429': error('Too many requests for this token in the current window; see Retry-After'),
    '500': error('Internal error; the body never holds internals'),
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'LeadKit sync API',
      version: String(PROTOCOL_VERSION),
      description:
        'Push mutations and pull changes by cursor (issue #7). Every request except /health and ' +
        '/v1/openapi.json needs `Authorization: Bearer <token>`; every row belongs to the token\'s team. ' +
        'Non-2xx answers carry `{error: {code, message}}`.',
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'npm start in server/' }],
    security: [{ bearer: [] }],
    paths: {
      '/v1/push': {
        post: {
          operationId: 'push',
          summary: `Apply up to ${MAX_PUSH_BATCH} mutations, idempotent by (clientId, mutation id)`,
          description:
            'One result per mutation, in order. `applied`: written, with the new version. `duplicate`: ' +
            'this mutation was applied before. `conflict`: baseVersion differs from the server version; ' +
            'nothing was written and the server copy is returned (version 0 and data null: the server ' +
            'has no such record). `rejected`: invalid data, data.id differing from entityId, an id ' +
            'that is not available to this team, or (`forbidden`) a write the caller\'s role may not make ' +
            'under the team\'s rules (reference server: scripts are the manager\'s; a rep may only seed a shipped ' +
            'default script the team does not have yet and update a script\'s usage counters, and may not delete scripts; ' +
            'an account\'s ownerId, once set, is changed only by that owner or a manager); ' +
            'nothing was written, a retry is refused the same way; do not retry unchanged.',
          requestBody: { required: true, content: json('PushRequest') },
          responses: {
            '200': { description: 'Per-mutation results', content: json('PushResponse') },
            '400': error('Body is not valid JSON or does not match PushRequest (code bad_request)'),
            '413': error('Body larger than the server limit (1 MiB by default)'),
            '415': error('Content-Type is not application/json'),
            ...authErrors,
          },
        },
      },
      '/v1/pull': {
        get: {
          operationId: 'pull',
          summary: 'Changes to the team\'s records after a cursor, oldest first',
          parameters: [
            {
              name: 'cursor',
              in: 'query',
              required: false,
              description: 'Opaque; from a previous pull. Absent or empty: from the start.',
              schema: { type: 'string', maxLength: 200 },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: MAX_PULL_LIMIT, default: DEFAULT_PULL_LIMIT },
            },
          ],
          responses: {
            '200': { description: 'A page of changes; pull again while `more` is true', content: json('PullResponse') },
            '400': error('`bad_cursor`: unknown cursor, pull again without one; `bad_request`: bad limit'),
            ...authErrors,
          },
        },
      },
      '/v1/me': {
        get: {
          operationId: 'me',
          summary: 'The token\'s user (with its role) and team, and the server clock (for "test connection")',
          responses: { '200': { description: 'Who is calling', content: json('MeResponse') }, ...authErrors },
        },
      },
      '/v1/team/members': {
        get: {
          operationId: 'listTeamMembers',
          summary: `The caller's team members, oldest first (at most ${MAX_LISTED_MEMBERS}); manager only`,
          description: 'Each member says whether it holds a live token; no token or hash is ever answered.',
          responses: {
            '200': { description: "The team's members", content: json('TeamMembersResponse') },
            '403': error('`forbidden`: the caller is not a manager of the team'),
            ...authErrors,
          },
        },
        post: {
          operationId: 'inviteTeamMember',
          summary: "Add a rep to the caller's team with a new token; manager only",
          description:
            'The answer holds the new token once (Cache-Control: no-store); the server keeps only its hash. ' +
            'Managers are still made with the CLI (`set-role`).',
          requestBody: { required: true, content: json('InviteMemberRequest') },
          responses: {
            '201': { description: 'The new member and its token, shown once', content: json('InviteMemberResponse') },
            '400': error('Body is not valid JSON or does not match InviteMemberRequest (code bad_request)'),
            '403': error('`forbidden`: the caller is not a manager of the team'),
            '415': error('Content-Type is not application/json'),
            ...authErrors,
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and database check',
          security: [],
          responses: {
            '200': { description: 'Database reachable', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } },
            '503': error('Database unavailable'),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from `npm run cli -- create-token`, or one a manager got from POST /v1/team/members' } },
      schemas,
    },
  };
}
