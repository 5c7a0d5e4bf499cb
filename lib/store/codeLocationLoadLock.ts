// One load of a code location at a time across processes: a Postgres advisory lock held for the load's transaction,
// so a reload asked for while another process loads the same location waits for that load instead of starting one.
import type { PrismaClient } from "./generated/prisma/client";

const lockKey = (name: string) => `strata.reload:${name}`;

/**
 * Runs `load` holding the location's load lock and returns true, or returns false at once when another process holds
 * it. `load` writes through `db`, outside the lock's transaction, so what it stores is seen while it runs.
 */
export async function withCodeLocationLoadLock(
  db: PrismaClient,
  name: string,
  timeoutMs: number,
  load: () => Promise<void>,
): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext(${lockKey(name)})) AS locked`;
      if (!row?.locked) return false;
      await load();
      return true;
    },
    { timeout: timeoutMs },
  );
}

/** Waits until no process holds the location's load lock: the load in progress is stored. */
export async function waitForCodeLocationLoad(db: PrismaClient, name: string, timeoutMs: number): Promise<void> {
  await db.$transaction(
    async (tx) => tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey(name)}))::text AS locked`,
    { maxWait: timeoutMs, timeout: timeoutMs },
  );
}
