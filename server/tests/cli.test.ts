import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, openTestDb, put, script, testApp, type TestDb } from './testDatabase.ts';

const run = promisify(execFile);
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** The operator's path end to end: an empty PostgreSQL, the CLI, then the API with the token it printed. */
describe('cli (PostgreSQL)', () => {
  let test: TestDb;
  let app: FastifyInstance;
  const cli = async (...args: string[]) => {
    const { stdout } = await run(TSX, ['src/cli.ts', ...args], { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: test.url } });
    return stdout.trim();
  };

  beforeAll(async () => {
    test = await openTestDb('pg');
    app = await testApp(test.db);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  it('migrates, creates a team, a user and a token that works, then revokes it', async () => {
    expect(await cli('migrate')).toBe('schema is up to date');
    const team = JSON.parse(await cli('create-team', 'Acme', 'Sales', '--json'));
    expect(team).toEqual({ id: expect.any(String), name: 'Acme Sales' });
    const user = JSON.parse(await cli('create-user', '--team', team.id, '--name', 'Wang Fang', '--json'));
    expect(user).toMatchObject({ teamId: team.id, name: 'Wang Fang' });

    const printed = await cli('create-token', '--user', user.id);
    const secret = /^token (lk_\S+)$/m.exec(printed)?.[1];
    const tokenId = /^token id (\S+)$/m.exec(printed)?.[1];
    expect(secret).toBeDefined();
    expect(printed).toContain('shown once');

    const me = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(secret!) });
    expect(me.json()).toMatchObject({ team: { id: team.id, name: 'Acme Sales' }, user: { id: user.id, name: 'Wang Fang' } });

    expect(await cli('list-teams')).toContain('Acme Sales');
    expect(await cli('revoke-token', tokenId!)).toBe('revoked');
    expect((await app.inject({ method: 'GET', url: '/v1/me', headers: auth(secret!) })).statusCode).toBe(401);
  });

  it('creates a manager, and a role change takes effect on the next request', async () => {
    const team = JSON.parse(await cli('create-team', 'Roles', '--json'));
    const lead = JSON.parse(await cli('create-user', '--team', team.id, '--name', 'Lead', '--role', 'manager', '--json'));
    expect(lead).toMatchObject({ teamId: team.id, name: 'Lead', role: 'manager' });
    const rep = JSON.parse(await cli('create-user', '--team', team.id, '--name', 'Zhang Wei', '--json'));
    expect(rep.role).toBe('rep');
    expect(await cli('create-user', '--team', team.id, '--name', 'Someone')).toMatch(/^user \S+ "Someone" \(rep\) in team /);
    const secret = /^token (lk_\S+)$/m.exec(await cli('create-token', '--user', rep.id))?.[1];
    const me = async () => (await app.inject({ method: 'GET', url: '/v1/me', headers: auth(secret!) })).json().user.role;
    const push = async () => {
      const id = randomUUID();
      const response = await app.inject({ method: 'POST', url: '/v1/push', headers: auth(secret!), payload: { clientId: 'cli-test', mutations: [put(id, 0, script(id), 'script')] } });
      return response.json().results[0];
    };
    expect(await me()).toBe('rep');
    expect(await push()).toMatchObject({ status: 'rejected', reason: 'forbidden' });

    expect(await cli('set-role', '--user', rep.id, '--role', 'manager')).toBe(`user ${rep.id} "Zhang Wei" is now manager`);
    expect(await me()).toBe('manager');
    expect(await push()).toMatchObject({ status: 'applied', version: 1 });

    expect(JSON.parse(await cli('set-role', '--user', rep.id, '--role', 'rep', '--json'))).toMatchObject({ id: rep.id, role: 'rep' });
    expect(await me()).toBe('rep');
    expect(await push()).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it.each([
    [['create-user', '--team', 'x', '--name', 'X', '--role', 'admin'], /^error: role must be one of: rep, manager/],
    [['set-role', '--user', 'no-such-user', '--role', 'manager'], /^error: no user with id no-such-user/],
    [['set-role', '--user', 'no-such-user'], /^error: set-role needs --user USER_ID --role rep\|manager/],
  ])('refuses %j with a message, not a stack', async (args, message) => {
    await expect(cli(...args)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
  });

  it('fails with a message, not a stack, for a team that does not exist', async () => {
    await expect(cli('create-user', '--team', 'no-such-team', '--name', 'X')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error: no team with id no-such-team/),
    });
  });
});
