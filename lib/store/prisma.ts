// The one shared Prisma client of a process, over node-postgres.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/**
 * An idle pooled connection that the server ends (a restart, a failover, the embedded server stopping) emits an error
 * on the pool; unheard, it would crash the process. The pool drops that connection and opens a new one when needed,
 * and the next query reports any real outage, so the error is only noted here.
 */
function notePoolError(error: Error): void {
  if (process.env.STRATA_LOG_POOL_ERRORS)
    console.warn(`[strata] Postgres connection closed by the server: ${error.message}`);
}

/**
 * pg waits for a connection forever by default: with a server that accepts but does not answer (restarting, a dropped
 * network), every query and every console request would hang. Bounded, it fails and the caller's retry or error applies.
 */
const CONNECTION_TIMEOUT_MS = 5_000;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: databaseUrl, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS },
      { onPoolError: notePoolError, onConnectionError: notePoolError },
    ),
  });
}

const globalForPrisma = globalThis as unknown as { strataPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL; kept on globalThis so dev reloads reuse it. */
export function getPrisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start` (strata dev), which sets it.");
  globalForPrisma.strataPrisma ??= createPrismaClient(url);
  return globalForPrisma.strataPrisma;
}
