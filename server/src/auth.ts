import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './db/types.ts';
import { Role } from './sync/writeRules.ts';

/** Who is calling: resolved from the bearer token on every request, so revocation is immediate. */
export interface Principal {
  tokenId: string;
  userId: string;
  userName: string;
  teamId: string;
  teamName: string;
  /** Read on every request like the rest, so a role change applies from the next request. */
  role: Role;
}

/** Secrets look like `lk_<43 base64url chars>` (256 random bits); the prefix makes leaks greppable. */
const TOKEN_PATTERN = /^lk_[A-Za-z0-9_-]{43}$/;

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newTokenSecret(): string {
  return `lk_${randomBytes(32).toString('base64url')}`;
}

/** The secret from `Authorization: Bearer <secret>`, or null when the header is missing or malformed. */
export function bearerSecret(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  const secret = match?.[1];
  return secret && TOKEN_PATTERN.test(secret) ? secret : null;
}

export async function authenticate(db: Queryable, authorization: string | undefined): Promise<Principal | null> {
  const secret = bearerSecret(authorization);
  return secret ? authenticateHash(db, hashToken(secret)) : null;
}

/** The live token with this hash, with its user and team, or null. */
export async function authenticateHash(db: Queryable, tokenHash: string): Promise<Principal | null> {
  const { rows } = await db.query<{ token_id: string; user_id: string; user_name: string; role: string; team_id: string; team_name: string }>(
    `SELECT t.id AS token_id, u.id AS user_id, u.name AS user_name, u.role, tm.id AS team_id, tm.name AS team_name
       FROM tokens t
       JOIN users u ON u.id = t.user_id
       JOIN teams tm ON tm.id = u.team_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  // The column's CHECK allows only known roles; anything else (a hand-edited row) gets the least.
  const role = Role.safeParse(row.role).data ?? 'rep';
  return { tokenId: row.token_id, userId: row.user_id, userName: row.user_name, role, teamId: row.team_id, teamName: row.team_name };
}

/** Issues a token for a user; the secret is returned once and only its hash is stored. */
export async function createToken(db: Queryable, userId: string): Promise<{ id: string; secret: string }> {
  const { rows } = await db.query('SELECT 1 FROM users WHERE id = $1', [userId]);
  if (rows.length === 0) throw new Error(`no user with id ${userId}`);
  const id = randomUUID();
  const secret = newTokenSecret();
  await db.query('INSERT INTO tokens (id, user_id, token_hash) VALUES ($1, $2, $3)', [id, userId, hashToken(secret)]);
  return { id, secret };
}

/** Revokes by token id or by the secret itself; true when a live token was revoked. */
export async function revokeToken(db: Queryable, idOrSecret: string): Promise<boolean> {
  const byHash = TOKEN_PATTERN.test(idOrSecret);
  const { rows } = await db.query(
    `UPDATE tokens SET revoked_at = now()
      WHERE ${byHash ? 'token_hash' : 'id'} = $1 AND revoked_at IS NULL
      RETURNING id`,
    [byHash ? hashToken(idOrSecret) : idOrSecret],
  );
  return rows.length > 0;
}
