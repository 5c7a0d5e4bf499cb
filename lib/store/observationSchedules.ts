// When the daemon last launched an observation of each observable source asset, and the claim that lets one of
// several daemons launch each interval's observation.
import type { PrismaClient } from "./generated/prisma/client";

export interface ObservationScheduleRecord {
  assetKey: string;
  lastLaunchedAt: Date;
  lastRunId: string | null;
  lastError: string | null;
}

/** Every observable asset's record, by asset key. */
export async function readObservationSchedules(db: PrismaClient): Promise<Map<string, ObservationScheduleRecord>> {
  const rows = await db.assetObservationSchedule.findMany({
    select: { assetKey: true, lastLaunchedAt: true, lastRunId: true, lastError: true },
  });
  return new Map(rows.map((row) => [row.assetKey, row]));
}

/** Prisma keeps DateTime as UTC wall time in a column without a zone; raw SQL must too. */
const utc = (date: Date) => date.toISOString().slice(0, -1);

/**
 * Claims the asset's observation at `now` when none was launched after `dueBefore`: one statement, so of two daemons
 * (or two ticks) the second finds the row already moved on and claims nothing. True when this caller claimed it.
 */
export async function claimObservation(
  db: PrismaClient,
  assetKey: string,
  now: Date,
  dueBefore: Date,
): Promise<boolean> {
  const claimed = await db.$queryRaw<{ assetKey: string }[]>`
    INSERT INTO "AssetObservationSchedule" ("assetKey", "lastLaunchedAt", "updatedAt")
    VALUES (${assetKey}, ${utc(now)}::timestamp, now())
    ON CONFLICT ("assetKey") DO UPDATE SET "lastLaunchedAt" = EXCLUDED."lastLaunchedAt", "updatedAt" = now()
    WHERE "AssetObservationSchedule"."lastLaunchedAt" <= ${utc(dueBefore)}::timestamp
    RETURNING "assetKey"`;
  return claimed.length > 0;
}

/** What the claimed launch came to: its run, or why there is none. */
export async function recordObservationLaunch(
  db: PrismaClient,
  assetKey: string,
  outcome: { runId: string | null; error: string | null },
): Promise<void> {
  await db.assetObservationSchedule.update({
    where: { assetKey },
    data: { lastRunId: outcome.runId, lastError: outcome.error },
  });
}
