// One daemon at a time per schedule or sensor: a Postgres advisory lock held while it is evaluated, so two daemons
// never evaluate the same ticks at once, and a killed daemon's lock goes with its connection.
import type { PrismaClient } from "./generated/prisma/client";

/** Long enough for an evaluation's few launches; the lock is released when this transaction ends. */
const LOCK_TIMEOUT_MS = 5 * 60_000;

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
  const key = `strata.instigator:${codeLocationName}:${name}`;
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
      if (!row?.locked) return { locked: false as const };
      return { locked: true as const, value: await evaluate() };
    },
    { timeout: LOCK_TIMEOUT_MS },
  );
}
