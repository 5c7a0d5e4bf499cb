// Tells a lost Postgres connection from any other error, and logs an outage once when it begins and once when it ends,
// so a worker or daemon rides out a database restart quietly instead of exiting or logging every failed tick.

/** SQLSTATEs and socket codes of a server that is gone, restarting or not accepting connections yet. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown: the server is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the server is starting or shutting down
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001", // Prisma: can't reach database server
  "P1002", // Prisma: the database server timed out
  "P1017", // Prisma: server has closed the connection
]);

const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /connection refused/i,
  /can't reach database server/i,
  /server closed the connection/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection is closed/i,
  /ECONNREFUSED|ECONNRESET/,
];

/** Whether `error` (or anything it wraps: an AggregateError's errors, a cause) says Postgres cannot be reached. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object")
    return typeof error === "string" && CONNECTION_MESSAGES.some((re) => re.test(error));
  const { code, message, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.some((re) => re.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return cause !== undefined && isConnectionError(cause, depth + 1);
}

export interface OutageLog {
  /** Notes a failure; true when it was a lost connection (and so is logged here, once per outage). */
  failed(error: unknown): boolean;
  /** Notes that the database answered; ends the outage, if any, saying how long it lasted. */
  succeeded(): void;
  /** When the current outage began, or null while the database answers. */
  readonly unreachableSince: Date | null;
}

/** The line of an error that says what happened (Prisma's messages open with a blank line and the failed call). */
function reasonOf(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => CONNECTION_MESSAGES.some((re) => re.test(line))) ?? lines[0] ?? "no message";
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1_000).toFixed(1)} s` : `${Math.round(ms / 1_000)} s`;
}

export function createOutageLog(log: (line: string) => void, now: () => Date = () => new Date()): OutageLog {
  let since: Date | null = null;
  return {
    failed(error) {
      if (!isConnectionError(error)) return false;
      if (since === null) {
        since = now();
        log(`Postgres unreachable since ${since.toISOString()} (${reasonOf(error)}); retrying`);
      }
      return true;
    },
    succeeded() {
      if (since === null) return;
      log(`Postgres reachable again after ${seconds(now().getTime() - since.getTime())}`);
      since = null;
    },
    get unreachableSince() {
      return since;
    },
  };
}

let guarded: OutageLog | null = null;

/**
 * A queue library that loses its connection mid-shutdown can leave a rejected promise nobody awaits, and Node ends the
 * process for it. A lost connection is an outage this process recovers from, so such a rejection is only noted; any
 * other one still ends the process, as it would without this listener (unless someone else, a test runner, listens).
 */
export function surviveConnectionRejections(outage: OutageLog): void {
  if (guarded) return;
  guarded = outage;
  process.on("unhandledRejection", (reason) => {
    if (guarded?.failed(reason)) return;
    if (process.listenerCount("unhandledRejection") === 1) throw reason;
  });
}
