// The database handle the rest of the code holds. Outside lib/store it is opaque: it is passed to store functions,
// opened and closed, and never queried directly.
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient, getPrisma } from "./prisma";

/** A connection pool to Strata's Postgres; only lib/store reads or writes through it. */
export type Database = PrismaClient;

/** A Prisma client inside an interactive transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Runs `fn` in a transaction of its own, or in the caller's when given one. (A transaction client has a $transaction
 * too, but it opens a savepoint: two more statements per call on the executor's hot path.)
 */
export function inTransaction<T>(db: Database | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return "$connect" in db ? db.$transaction(fn) : fn(db);
}

/** A new pool for this database URL. */
export function connectDatabase(databaseUrl: string): Database {
  return createPrismaClient(databaseUrl);
}

/** The process-wide pool for DATABASE_URL (the console's). */
export function processDatabase(): Database {
  return getPrisma();
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.$disconnect();
}
