// The one shared Prisma client of a process, over node-postgres; its pool also serves the executor's plain SQL.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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

// Each client's pool: the few statements a run executes many times a second go through it directly (see sql.ts),
// where Prisma's query layer costs several times the round trip.
const poolsByClient = new WeakMap<PrismaClient, pg.Pool>();

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  // Heard from the start: plain SQL may use the pool before Prisma first connects.
  pool.on("error", notePoolError);
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { onConnectionError: notePoolError, disposeExternalPool: true }),
  });
  poolsByClient.set(client, pool);
  return client;
}

/** The connection pool under a client this module created. */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = poolsByClient.get(client);
  if (!pool) throw new Error("This Prisma client was not created by createPrismaClient: it has no pool of its own.");
  return pool;
}

const globalForPrisma = globalThis as unknown as { strataPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL; kept on globalThis so dev reloads reuse it. */
export function getPrisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start` (strata dev), which sets it.");
  globalForPrisma.strataPrisma ??= createPrismaClient(url);
  return globalForPrisma.strataPrisma;
}
