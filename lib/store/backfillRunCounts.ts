// How many of a backfill's runs are in each status: the rows the daemon last folded (BackfillRunCount) plus the
// changes a trigger on Run has added since (BackfillRunCountChange). Changes are only ever inserted, so runs of one
// backfill changing status at once never wait on each other; folding them keeps the sum a few rows long.
import type { PrismaClient, RunStatus } from "./generated/prisma/client";

/** How many of the backfill's runs are in each status (statuses no run ever had are absent); never a count of runs. */
export async function backfillRunCounts(db: PrismaClient, backfillId: string): Promise<Map<RunStatus, number>> {
  const rows = await db.$queryRaw<{ status: RunStatus; count: number }[]>`
    SELECT "status"::text AS "status", sum("count")::int AS "count" FROM (
      SELECT "status", "count" FROM "BackfillRunCount" WHERE "backfillId" = ${backfillId}
      UNION ALL
      SELECT "status", "delta" FROM "BackfillRunCountChange" WHERE "backfillId" = ${backfillId}
    ) counts GROUP BY "status"`;
  return new Map(rows.map((row) => [row.status, row.count]));
}

/**
 * Moves the backfill's changes into its count rows in one transaction, so every reader sees either the changes or
 * their sum, never both or neither. One folder at a time per backfill (another daemon skips); the count rows are
 * written in status order. Returns how many changes were folded.
 */
export async function foldBackfillRunCounts(db: PrismaClient, backfillId: string): Promise<number> {
  const [folded] = await db.$queryRaw<{ changes: number }[]>`
    WITH folding AS (
      SELECT pg_try_advisory_xact_lock(hashtext('strata.backfill_run_counts'), hashtext(${backfillId})) AS "ours"
    ), moved AS (
      DELETE FROM "BackfillRunCountChange"
      WHERE "backfillId" = ${backfillId} AND (SELECT "ours" FROM folding)
      RETURNING "status", "delta"
    ), sums AS (
      SELECT "status", sum("delta")::int AS "delta" FROM moved GROUP BY "status"
    ), stored AS (
      INSERT INTO "BackfillRunCount" AS c ("backfillId", "status", "count")
      SELECT ${backfillId}, "status", "delta" FROM sums ORDER BY "status"
      ON CONFLICT ("backfillId", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
    )
    SELECT count(*)::int AS "changes" FROM moved`;
  return folded?.changes ?? 0;
}
