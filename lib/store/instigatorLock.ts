// One daemon at a time per schedule or sensor: a Postgres advisory lock held while it is evaluated, so two daemons
// never evaluate the same ticks at once, and a killed daemon's lock goes with its connection.
import type { Prisma, PrismaClient } from "./generated/prisma/client";

/** Long enough for an evaluation's few launches; the lock is released when this transaction ends. */
const LOCK_TIMEOUT_MS = 5 * 60_000;
/** How long an edit from the console or CLI waits for an evaluation in progress to finish. */
const EDIT_WAIT_MS = 30_000;

const lockKey = (codeLocationName: string, name: string) => `strata.instigator:${codeLocationName}:${name}`;

/**
 * Runs `evaluate` while holding the instigator's lock, or returns `{ locked: false }` at once when another process
 * holds it. `evaluate` writes through `db`, outside the lock's transaction, so each step it takes is committed as it
 * goes and survives the process being killed mid-way.
 */
export async function withInstigatorLock<T>(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  evaluate: () => Promise<T>,
): Promise<{ locked: true; value: T } | { locked: false }> {
  const key = lockKey(codeLocationName, name);
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
      if (!row?.locked) return { locked: false as const };
      return { locked: true as const, value: await evaluate() };
    },
    { timeout: LOCK_TIMEOUT_MS },
  );
}

/**
 * Runs `write` inside a transaction that holds the instigator's lock, waiting for an evaluation in progress to end
 * first, so an edit (a sensor's cursor) is neither read before the evaluation nor overwritten by what it saves.
 */
export async function whileHoldingInstigatorLock<T>(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const key = lockKey(codeLocationName, name);
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('lock_timeout', ${`${EDIT_WAIT_MS}ms`}, true)`;
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`;
      return write(tx);
    },
    { maxWait: EDIT_WAIT_MS, timeout: EDIT_WAIT_MS + 10_000 },
  );
}
