// Retention: deletes finished runs (with their steps and events) and compute logs older than the configured ages, a
// bounded batch per statement, never touching a run that holds the latest materialization of an asset or of one of
// its partitions, nor a run of a backfill still in progress (its runs are the backfill's record of what it submitted).
import type { PrismaClient } from "./prisma";

export interface RetentionPolicy {
  /** Days to keep finished runs, their steps and events; null keeps them all. */
  runsDays: number | null;
  /** Days to keep finished runs' compute logs (stdout/stderr); null keeps them all. */
  computeLogsDays: number | null;
}

export interface PruneOptions {
  now?: Date;
  /** Count what would go, delete nothing. */
  dryRun?: boolean;
  /** Runs deleted per statement (each takes its steps and events along). */
  runBatch?: number;
  /** Compute log chunks deleted per statement. */
  logBatch?: number;
  /** Statements per call at most, so one daemon tick stays short; the next tick goes on. */
  maxBatches?: number;
}

export interface PruneResult {
  runs: number;
  computeLogChunks: number;
  /** Old runs kept because they hold the latest materialization of an asset or partition. */
  keptForLatestMaterialization: number;
  /** False when maxBatches stopped the pass before everything due was deleted. */
  complete: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Runs that hold a latest materialization: of an asset (its status row), or of one of its partitions (its summary row,
 * written with the event). Summary rows, not the event log: over millions of events, scanning every materialization
 * for each partition's latest cost a pass seconds per statement.
 */
const KEPT_RUNS = `
  SELECT "lastMaterializationRunId" AS id FROM "AssetStatus" WHERE "lastMaterializationRunId" IS NOT NULL
  UNION
  SELECT e."runId" FROM "AssetPartitionMaterialization" m JOIN "Event" e ON e.id = m."eventId" WHERE e."runId" IS NOT NULL`;

/** Runs picked per round: the kept runs are read once a round, then its runs go `runBatch` per statement. */
const CANDIDATES_PER_ROUND = 5_000;

/** Finished runs that ended before the cutoff and belong to no backfill still in progress. */
const OLD_RUNS = `
  FROM "Run" r
  WHERE r.status IN ('SUCCESS', 'FAILURE', 'CANCELED') AND r."endTime" < $1
    AND (r."backfillId" IS NULL OR r."backfillId" IN (SELECT id FROM "Backfill" WHERE status NOT IN ('REQUESTED', 'CANCELING')))`;

export async function pruneHistory(
  db: PrismaClient,
  policy: RetentionPolicy,
  options: PruneOptions = {},
): Promise<PruneResult> {
  const now = options.now ?? new Date();
  const runBatch = options.runBatch ?? 50;
  const logBatch = options.logBatch ?? 5_000;
  let batches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  const result: PruneResult = { runs: 0, computeLogChunks: 0, keptForLatestMaterialization: 0, complete: true };

  if (policy.runsDays !== null) {
    const cutoff = new Date(now.getTime() - policy.runsDays * DAY_MS);
    const [kept] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count ${OLD_RUNS} AND r.id IN (${KEPT_RUNS})`,
      cutoff,
    );
    result.keptForLatestMaterialization = Number(kept?.count ?? 0);
    if (options.dryRun) {
      const [due] = await db.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count ${OLD_RUNS} AND r.id NOT IN (${KEPT_RUNS})`,
        cutoff,
      );
      result.runs = Number(due?.count ?? 0);
    } else {
      // Each statement is a short transaction of `runBatch` runs (their steps and events cascade), so a run writing
      // events meanwhile waits on no lock of ours: its own run row is never among them.
      for (;;) {
        if (batches <= 0) return { ...result, complete: false };
        const limit = Math.min(CANDIDATES_PER_ROUND, batches * runBatch);
        const candidates = await db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT r.id ${OLD_RUNS} AND r.id NOT IN (${KEPT_RUNS}) LIMIT ${limit}`,
          cutoff,
        );
        for (let i = 0; i < candidates.length; i += runBatch) {
          batches--;
          // The run's age and backfill are checked again: a backfill may have been resumed since the round began.
          // A picked run cannot have come to hold a latest materialization: only newer runs take that over.
          result.runs += await db.$executeRawUnsafe(
            `DELETE FROM "Run" WHERE id IN (SELECT r.id ${OLD_RUNS} AND r.id = ANY($2::uuid[]))`,
            cutoff,
            candidates.slice(i, i + runBatch).map((candidate) => candidate.id),
          );
        }
        if (candidates.length < limit) break;
      }
    }
  }

  if (policy.computeLogsDays !== null) {
    const cutoff = new Date(now.getTime() - policy.computeLogsDays * DAY_MS);
    const oldLogs = `FROM "ComputeLog" c WHERE c."runId" IN (SELECT r.id ${OLD_RUNS})`;
    if (options.dryRun) {
      const [due] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count ${oldLogs}`, cutoff);
      result.computeLogChunks = Number(due?.count ?? 0);
    } else {
      for (;;) {
        if (batches-- <= 0) return { ...result, complete: false };
        const deleted = await db.$executeRawUnsafe(
          `DELETE FROM "ComputeLog" WHERE id IN (SELECT c.id ${oldLogs} LIMIT ${logBatch})`,
          cutoff,
        );
        result.computeLogChunks += deleted;
        if (deleted < logBatch) break;
      }
    }
  }
  return result;
}
