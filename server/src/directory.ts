import { randomUUID } from 'node:crypto';
import { toNumber, type Queryable } from './db/types.ts';
import { DEFAULT_ROLE, Role } from './sync/writeRules.ts';

/**
 * Teams and users: teams and managers are created by the operator's CLI; a manager may also add
 * reps through POST /v1/team/members (src/routes/members.ts). The sync API never creates them.
 */

export async function createTeam(db: Queryable, name: string): Promise<{ id: string; name: string }> {
  const trimmed = requireName(name);
  const id = randomUUID();
  await db.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [id, trimmed]);
  return { id, name: trimmed };
}

export interface User {
  id: string;
  teamId: string;
  name: string;
  role: Role;
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  createdAt: number;
  hasLiveToken: boolean;
}

/**
 * A team's users (or only `userId`, when given), oldest first, at most `limit`; whether each holds
 * a live token, never the token.
 */
export async function listMembers(db: Queryable, teamId: string, limit: number, userId?: string): Promise<Member[]> {
  const { rows } = await db.query<{ id: string; name: string; role: string; created_ms: unknown; has_token: boolean }>(
    `SELECT u.id, u.name, u.role, floor(extract(epoch FROM u.created_at) * 1000)::bigint AS created_ms,
            EXISTS (SELECT 1 FROM tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS has_token
       FROM users u
      WHERE u.team_id = $1 AND ($3::text IS NULL OR u.id = $3)
      ORDER BY u.created_at, u.id
      LIMIT $2`,
    [teamId, limit, userId ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    // The column's CHECK allows only known roles; anything else (a hand-edited row) shows as the least.
    role: Role.safeParse(row.role).data ?? DEFAULT_ROLE,
    createdAt: toNumber(row.created_ms),
    hasLiveToken: row.has_token,
  }));
}

/** A new user of a team; a `rep` unless said otherwise (see src/sync/writeRules.ts for what each may write). */
export async function createUser(db: Queryable, teamId: string, name: string, role: Role = DEFAULT_ROLE): Promise<User> {
  const trimmed = requireName(name);
  const { rows } = await db.query('SELECT 1 FROM teams WHERE id = $1', [teamId]);
  if (rows.length === 0) throw new Error(`no team with id ${teamId}`);
  const id = randomUUID();
  await db.query('INSERT INTO users (id, team_id, name, role) VALUES ($1, $2, $3, $4)', [id, teamId, trimmed, role]);
  return { id, teamId, name: trimmed, role };
}

/** Changes a user's role; the user's tokens carry the new role from their next request. */
export async function setRole(db: Queryable, userId: string, role: Role): Promise<User> {
  const { rows } = await db.query<{ id: string; team_id: string; name: string }>(
    'UPDATE users SET role = $2 WHERE id = $1 RETURNING id, team_id, name',
    [userId, role],
  );
  const row = rows[0];
  if (!row) throw new Error(`no user with id ${userId}`);
  return { id: row.id, teamId: row.team_id, name: row.name, role };
}

export async function listTeams(db: Queryable): Promise<Array<{ id: string; name: string; users: number }>> {
  const { rows } = await db.query<{ id: string; name: string; users: unknown }>(
    `SELECT t.id, t.name, count(u.id) AS users FROM teams t LEFT JOIN users u ON u.team_id = t.id
      GROUP BY t.id, t.name ORDER BY t.created_at`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, users: Number(row.users) }));
}

function requireName(name: string): string {
  const trimmed = name.trim();
  // The same bound as ShortText in lib/model: names travel back to the extension in /v1/me.
  if (trimmed.length === 0 || trimmed.length > 200) throw new Error('name must be 1 to 200 characters');
  return trimmed;
}
