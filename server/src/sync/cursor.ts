/**
 * Pull cursors: `base64url("1:<teamId>:<seq>")`. Opaque to clients; the team id inside makes a
 * cursor from another team (or another server) fail as `bad_cursor` instead of skipping changes.
 */
const VERSION = '1';

export function encodeCursor(teamId: string, seq: number): string {
  return Buffer.from(`${VERSION}:${teamId}:${seq}`, 'utf8').toString('base64url');
}

/** The change sequence a cursor stands for, or null when it is not one of this team's cursors. */
export function decodeCursor(teamId: string, cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = text.split(':');
  if (parts.length !== 3 || parts[0] !== VERSION || parts[1] !== teamId) return null;
  const seq = parts[2]!;
  if (!/^(0|[1-9]\d{0,14})$/.test(seq)) return null;
  return Number(seq);
}
