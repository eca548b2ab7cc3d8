import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InviteMemberResponse, TeamMembersResponse } from '../../lib/sync/membersProtocol.ts';
import { ErrorBody } from '../../lib/sync/protocol.ts';
import { hashToken } from '../src/auth.ts';
import { addRep, auth, createRep, openMigratedDb, testApp, type TestDb } from './testDatabase.ts';

/** Issue #26, "reps invited": a manager adds reps to the team from the extension, on real PostgreSQL. */
describe('team members (pg)', () => {
  let test: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await openMigratedDb('pg');
    app = await testApp(test.db);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  /** A fresh team with a manager and one rep. */
  async function team() {
    const manager = await createRep(test.db, undefined, 'manager');
    const rep = await addRep(test.db, manager.teamId, 'Existing rep');
    return { manager, rep };
  }

  const invite = (token: string, payload: unknown) =>
    app.inject({ method: 'POST', url: '/v1/team/members', headers: { ...auth(token), 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
  const list = (token: string) => app.inject({ method: 'GET', url: '/v1/team/members', headers: auth(token) });

  it("lets a manager create a rep whose token works on /v1/me in the manager's team, shown once and stored only as a hash", async () => {
    const { manager } = await team();
    const response = await invite(manager.token, { name: '  Li Wei  ', role: 'rep' });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const created = InviteMemberResponse.parse(response.json());
    expect(created.member).toMatchObject({ name: 'Li Wei', role: 'rep', hasLiveToken: true });

    const me = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(created.token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ team: { id: manager.teamId }, user: { id: created.member.id, name: 'Li Wei', role: 'rep' } });

    const { rows } = await test.db.query<{ token_hash: string }>('SELECT token_hash FROM tokens WHERE user_id = $1', [created.member.id]);
    expect(rows).toEqual([{ token_hash: hashToken(created.token) }]);

    const listed = TeamMembersResponse.parse((await list(manager.token)).json());
    expect(listed.more).toBe(false);
    expect(listed.members.map((member) => member.name)).toEqual(['Rep', 'Existing rep', 'Li Wei']);
    // The list never carries a secret, not even the hash.
    expect((await list(manager.token)).body).not.toContain(created.token);
    expect((await list(manager.token)).body).not.toContain(hashToken(created.token));
  });

  it('lists whether each member still holds a live token', async () => {
    const { manager, rep } = await team();
    await test.db.query('UPDATE tokens SET revoked_at = now() WHERE id = $1', [rep.tokenId]);
    const listed = TeamMembersResponse.parse((await list(manager.token)).json());
    expect(listed.members.map(({ name, role, hasLiveToken }) => ({ name, role, hasLiveToken }))).toEqual([
      { name: 'Rep', role: 'manager', hasLiveToken: true },
      { name: 'Existing rep', role: 'rep', hasLiveToken: false },
    ]);
  });

  it('refuses a rep, for listing and for inviting, with 403 forbidden, and creates nobody', async () => {
    const { rep } = await team();
    const before = await test.db.query('SELECT id FROM users WHERE team_id = $1', [rep.teamId]);
    for (const response of [await invite(rep.token, { name: 'Sneaky', role: 'rep' }), await list(rep.token)]) {
      expect(response.statusCode).toBe(403);
      expect(ErrorBody.parse(response.json()).error).toEqual({ code: 'forbidden', message: "Only a team manager can list or invite the team's members" });
    }
    const after = await test.db.query('SELECT id FROM users WHERE team_id = $1', [rep.teamId]);
    expect(after.rows).toHaveLength(before.rows.length);
  });

  it("never shows a team's members to another team's manager, nor puts an invite there", async () => {
    const first = await team();
    const second = await team();
    const created = InviteMemberResponse.parse((await invite(second.manager.token, { name: 'Only in second', role: 'rep' })).json());
    const firstList = (await list(first.manager.token)).body;
    expect(firstList).not.toContain('Only in second');
    expect(firstList).not.toContain(created.member.id);
    expect(firstList).not.toContain(second.rep.userId);
    const me = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(created.token) });
    expect(me.json()).toMatchObject({ team: { id: second.manager.teamId } });
  });

  it('answers 400 with a clear message for bad bodies, and creates nobody', async () => {
    const { manager } = await team();
    const cases: Array<[unknown, string]> = [
      [{ role: 'rep' }, 'name: Invalid input: expected string, received undefined'],
      [{ name: '   ', role: 'rep' }, 'name: name must not be empty'],
      [{ name: 'x'.repeat(201), role: 'rep' }, 'name: name must be at most 200 characters'],
      [{ name: 'Nul\u0000name', role: 'rep' }, 'name: name must not contain control characters or unpaired surrogates'],
      [{ name: 'Half \ud800', role: 'rep' }, 'name: name must not contain control characters or unpaired surrogates'],
      [{ name: 'Boss', role: 'manager' }, 'role: Invalid input: expected "rep"'],
      [{ name: 'Ann' }, 'role: Invalid input: expected "rep"'],
      [{ name: 'Ann', role: 'rep', token: 'lk_mine' }, 'Unrecognized key: "token"'],
      [['Ann'], 'Invalid input: expected object, received array'],
    ];
    for (const [payload, message] of cases) {
      const response = await invite(manager.token, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(ErrorBody.parse(response.json()).error).toEqual({ code: 'bad_request', message });
    }
    const notJson = await app.inject({ method: 'POST', url: '/v1/team/members', headers: { ...auth(manager.token), 'content-type': 'application/json' }, payload: '{name' });
    expect(notJson.statusCode).toBe(400);
    const { rows } = await test.db.query('SELECT id FROM users WHERE team_id = $1', [manager.teamId]);
    expect(rows).toHaveLength(2);
  });

  it('refuses a request without a valid token', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/team/members', payload: { name: 'Ann', role: 'rep' } });
    expect(response.statusCode).toBe(401);
  });
});
