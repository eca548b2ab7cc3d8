/**
 * Which database failures are the database being away (or busy) rather than a bug: the request is
 * answered 503 with Retry-After and the client retries later. Everything else stays a 500.
 */

/** SQLSTATE classes and codes that mean "try again": connection lost, server shutting down or
 * starting, too many connections, a timeout we set, or a concurrency failure after our retries. */
const TRANSIENT_SQLSTATES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend, fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '57014', // query_canceled (statement_timeout)
  '55P03', // lock_not_available (lock_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** Node socket errors meaning the connection is gone or never came. */
const TRANSIENT_ERRNOS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH', 'ECONNABORTED']);

/** Messages `pg` and `pg-pool` use for connections that ended or never came (they carry no code). */
const TRANSIENT_MESSAGE = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end)/;

export function isTransientDbError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof DatabaseUnavailable) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_ERRNOS.has(code)) return true;
  }
  return TRANSIENT_MESSAGE.test(error.message.slice(0, 200));
}

/** SQLSTATEs after which the same transaction, run again, will likely succeed. */
export function isRetryableTxError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** Thrown by the pool wrapper when it cannot get a connection in time. */
export class DatabaseUnavailable extends Error {
  constructor(message = 'database unavailable') {
    super(message);
    this.name = 'DatabaseUnavailable';
  }
}
