import { permittedRequest, syncClientOver, type PermittedRequestDeps } from './client';
import { SyncFailure } from './syncError';
import type { ConnectionTestResult } from './syncMessages';
import { CLOCK_SKEW_WARN_MS } from './syncState';

export interface TestConnectionDeps extends PermittedRequestDeps {
  now(): number;
}

/** "Test connection": GET /v1/me with the URL and token as typed; who they belong to, or why not. */
export async function testConnection(input: { backendUrl: string; token: string }, deps: TestConnectionDeps): Promise<ConnectionTestResult> {
  try {
    const client = syncClientOver(await permittedRequest(input, deps));
    const { data } = await client.me();
    const skew = data.serverTime - deps.now();
    return { ok: true, team: data.team.name, user: data.user.name, ...(data.user.role ? { role: data.user.role } : {}), clockSkewMs: Math.abs(skew) > CLOCK_SKEW_WARN_MS ? skew : null };
  } catch (error) {
    return { ok: false, error: error instanceof SyncFailure ? error.code : 'internal' };
  }
}
