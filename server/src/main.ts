import { buildApp, loggerOptions } from './app.ts';
import { readConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';

/** `npm start`: migrate, then serve. PostgreSQL from DATABASE_URL, else embedded PGlite. */
const config = readConfig();
const db = await openDb();
const applied = await migrate(db);
const app = await buildApp({
  db,
  allowedOrigins: config.allowedOrigins,
  rateLimit: config.rateLimit,
  authFailureLimit: config.authFailureLimit,
  bodyLimit: config.bodyLimit,
  trustProxy: config.trustProxy,
  logger: loggerOptions(config.logLevel),
});
app.log.info(
  { database: db.kind, migrationsApplied: applied, allowedOrigins: config.allowedOrigins },
  db.kind === 'pglite' ? 'using embedded PGlite (set DATABASE_URL for PostgreSQL)' : 'using PostgreSQL',
);
if (config.allowedOrigins.length === 0) app.log.warn('ALLOWED_ORIGINS is empty: no browser origin gets CORS headers');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // In-flight requests get a moment to finish; a stuck database connection does not hold us.
  setTimeout(() => process.exit(1), 10_000).unref();
  await app.close();
  await db.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
