import { parseArgs } from 'node:util';
import { createToken, revokeToken } from './auth.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';
import { createTeam, createUser, listTeams, setRole } from './directory.ts';
import { DEFAULT_ROLE, parseRole, ROLES } from './sync/writeRules.ts';

const USAGE = `LeadKit server admin (uses DATABASE_URL, else the embedded PGlite in PGLITE_DIR or ./data)

  npm run cli -- migrate                              apply pending schema migrations
  npm run cli -- create-team NAME                     prints the team id
  npm run cli -- create-user --team TEAM_ID --name NAME [--role ${ROLES.join('|')}]
                                                      prints the user id; the role is ${DEFAULT_ROLE} unless given
  npm run cli -- set-role --user USER_ID --role ${ROLES.join('|')}
                                                      takes effect on the next request
  npm run cli -- create-token --user USER_ID          prints the token ONCE; only its hash is kept
  npm run cli -- revoke-token TOKEN_ID|TOKEN          takes effect on the next request
  npm run cli -- list-teams`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      team: { type: 'string' },
      name: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  // Checked before opening the database, so a typo costs nothing.
  const role = values.role === undefined ? undefined : parseRole(values.role);
  const db = await openDb();
  try {
    // Every command migrates first, so a fresh database works with no separate step.
    await migrate(db);
    const print = (human: string, data: unknown) => console.log(values.json ? JSON.stringify(data) : human);
    switch (command) {
      case 'migrate':
        print('schema is up to date', { ok: true });
        return 0;
      case 'create-team': {
        const name = values.name ?? positionals.join(' ');
        const team = await createTeam(db, name);
        print(`team ${team.id} "${team.name}"`, team);
        return 0;
      }
      case 'create-user': {
        if (!values.team || !values.name) throw new Error('create-user needs --team TEAM_ID --name NAME');
        const user = await createUser(db, values.team, values.name, role);
        print(`user ${user.id} "${user.name}" (${user.role}) in team ${user.teamId}`, user);
        return 0;
      }
      case 'set-role': {
        if (!values.user || !role) throw new Error(`set-role needs --user USER_ID --role ${ROLES.join('|')}`);
        const user = await setRole(db, values.user, role);
        print(`user ${user.id} "${user.name}" is now ${user.role}`, user);
        return 0;
      }
      case 'create-token': {
        if (!values.user) throw new Error('create-token needs --user USER_ID');
        const token = await createToken(db, values.user);
        print(`token id ${token.id}\ntoken ${token.secret}\n(shown once: store it now; the server keeps only its hash)`, token);
        return 0;
      }
      case 'revoke-token': {
        const target = positionals[0];
        if (!target) throw new Error('revoke-token needs a token id or the token');
        const revoked = await revokeToken(db, target);
        print(revoked ? 'revoked' : 'no live token matched', { revoked });
        return revoked ? 0 : 1;
      }
      case 'list-teams': {
        const teams = await listTeams(db);
        print(teams.map((team) => `${team.id}  ${team.users} user(s)  ${team.name}`).join('\n') || '(no teams)', teams);
        return 0;
      }
      default:
        console.error(`unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
