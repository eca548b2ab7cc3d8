// @vitest-environment node
// Node's own fetch and a real socket: the client talks to the reference server as the page would.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createSyncClient, type FetchLike } from '../../../lib/sync/client';
import { SyncFailure } from '../../../lib/sync/syncError';
import { inviteRep, listTeamMembers, type TeamMembersDeps } from '../../../lib/sync/teamMembers';
import { buildApp } from '../../../server/src/app';
import { createToken } from '../../../server/src/auth';
import { migrate } from '../../../server/src/db/migrate';
import { createPgliteDb } from '../../../server/src/db/pglite';
import type { Db } from '../../../server/src/db/types';
import { createTeam, createUser } from '../../../server/src/directory';

/** Issue #26, "reps invited": the extension's client for /v1/team/members, against the real server. */
describe('team members client', () => {
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let backendUrl: string;
  const calls: string[] = [];
  const deps: TeamMembersDeps = {
    fetch: (url, init) => (calls.push(`${init.method} ${url}`), fetch(url, init)),
    hasPermission: async () => true,
  };

  beforeAll(async () => {
    db = await createPgliteDb();
    await migrate(db);
    app = await buildApp({ db, logger: false, rateLimit: { max: 0, windowMs: 60_000 }, authFailureLimit: 0 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    backendUrl = `http://localhost:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  async function member(teamId: string, name: string, role: 'rep' | 'manager') {
    const user = await createUser(db, teamId, name, role);
    return { backendUrl, token: (await createToken(db, user.id)).secret };
  }

  async function team() {
    const { id } = await createTeam(db, 'Acme Sales');
    return { manager: await member(id, 'Li Na', 'manager'), rep: await member(id, 'Wang Fang', 'rep') };
  }

  it("invites a rep whose token answers /v1/me in the manager's team, then lists them", async () => {
    const { manager } = await team();
    const invited = await inviteRep(manager, ' Zhao Lei ', deps);
    expect(invited.member).toMatchObject({ name: 'Zhao Lei', role: 'rep', hasLiveToken: true });

    const me = await createSyncClient({ backendUrl, token: invited.token, fetch: deps.fetch }).me();
    const managerMe = await createSyncClient({ ...manager, fetch: deps.fetch }).me();
    expect(me.data.team.id).toBe(managerMe.data.team.id);
    expect(me.data.user.name).toBe('Zhao Lei');

    const listed = await listTeamMembers(manager, deps);
    expect(listed.members.map(({ name, role }) => `${name} (${role})`)).toEqual(['Li Na (manager)', 'Wang Fang (rep)', 'Zhao Lei (rep)']);
  });

  it("gives a rep's token the protocol's `forbidden`, for the list and for an invite", async () => {
    const { rep } = await team();
    await expect(listTeamMembers(rep, deps)).rejects.toMatchObject({ code: 'forbidden', httpStatus: 403 });
    await expect(inviteRep(rep, 'Someone', deps)).rejects.toMatchObject({ code: 'forbidden', httpStatus: 403 });
  });

  it('sends nothing for a name the server would refuse, for a backend without permission or over plain http', async () => {
    const { manager } = await team();
    calls.length = 0;
    await expect(inviteRep(manager, '   ', deps)).rejects.toBeInstanceOf(ZodError);
    await expect(inviteRep(manager, 'x'.repeat(201), deps)).rejects.toBeInstanceOf(ZodError);
    await expect(listTeamMembers(manager, { ...deps, hasPermission: async () => false })).rejects.toMatchObject({ code: 'noPermission' });
    await expect(listTeamMembers({ ...manager, backendUrl: 'http://sync.example.com' }, deps)).rejects.toMatchObject({ code: 'badRequest' });
    expect(calls).toEqual([]);
  });

  it('refuses a wrong token as `unauthorized`', async () => {
    await expect(listTeamMembers({ backendUrl, token: `lk_${'A'.repeat(43)}` }, deps)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  // A fetch double only for answers the reference server never gives: the client must not believe them.
  it('does not believe an answer of the wrong shape or about another member', async () => {
    const answering = (body: unknown, status = 201): FetchLike => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const connection = { backendUrl: 'https://sync.example.com', token: `lk_${'B'.repeat(43)}` };
    const member = { id: 'u1', name: 'Zhao Lei', role: 'rep', createdAt: 1, hasLiveToken: true };
    const token = `lk_${'C'.repeat(43)}`;
    const cases: unknown[] = [{ member, token: 'not-a-token' }, { member: { ...member, name: 'Somebody else' }, token }, { member: { ...member, role: 'manager' }, token }, { token }];
    for (const body of cases) {
      const failure = await inviteRep(connection, 'Zhao Lei', { ...deps, fetch: answering(body) }).catch((error: unknown) => error);
      expect(failure, JSON.stringify(body)).toBeInstanceOf(SyncFailure);
      expect((failure as SyncFailure).code).toBe('badResponse');
    }
    await expect(listTeamMembers(connection, { ...deps, fetch: answering({ members: [{ ...member, role: 'owner' }], more: false }, 200) })).rejects.toMatchObject({ code: 'badResponse' });
  });
});
