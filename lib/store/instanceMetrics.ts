// What the Prometheus endpoint reads at scrape time: counts of runs, freshness states and live processes, active
// backfills' progress, and the run and step ends recorded in the event log past a cursor (for the histograms).
// Each read is one bounded query; nothing here writes.
import type {
  BackfillStatus,
  FreshnessStatus,
  InstanceProcessKind,
  PrismaClient,
  RunStatus,
} from "./generated/prisma/client";

/** Runs per status (every status, zero included). An index-only count over Run(status, createdAt). */
export async function countRunsByStatus(db: PrismaClient): Promise<Record<RunStatus, number>> {
  const rows = await db.run.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<RunStatus, number> = {
    QUEUED: 0,
    STARTING: 0,
    STARTED: 0,
    SUCCESS: 0,
    FAILURE: 0,
    CANCELING: 0,
    CANCELED: 0,
  };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

/** When the longest-waiting queued run was created, or null with an empty queue. */
export async function oldestQueuedRunCreatedAt(db: PrismaClient): Promise<Date | null> {
  const run = await db.run.findFirst({
    where: { status: "QUEUED" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return run?.createdAt ?? null;
}

/** Assets per freshness status, as the freshness daemon last evaluated them (every status, zero included). */
export async function countAssetsByFreshness(db: PrismaClient): Promise<Record<FreshnessStatus, number>> {
  const rows = await db.assetFreshness.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<FreshnessStatus, number> = { FRESH: 0, WARN: 0, STALE: 0 };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

export interface ActiveBackfillProgress {
  id: string;
  status: BackfillStatus;
  /** Runs the plan needs (0 until the daemon has planned it). */
  numRuns: number;
  /** Runs submitted so far. */
  numSubmitted: number;
  /** Of the submitted runs: */
  succeeded: number;
  failed: number;
  canceled: number;
  queued: number;
  inProgress: number;
}

/** Backfills still requested or canceling (a bounded set), with their submitted runs counted by outcome. */
export async function listActiveBackfillProgress(db: PrismaClient): Promise<ActiveBackfillProgress[]> {
  const backfills = await db.backfill.findMany({
    where: { status: { in: ["REQUESTED", "CANCELING"] } },
    select: { id: true, status: true, numRuns: true, numSubmitted: true },
    orderBy: { createdAt: "asc" },
    take: 1_000,
  });
  if (backfills.length === 0) return [];
  const runs = await db.run.groupBy({
    by: ["backfillId", "status"],
    where: { backfillId: { in: backfills.map((b) => b.id) } },
    _count: { _all: true },
  });
  return backfills.map((backfill) => {
    const count = (statuses: RunStatus[]) =>
      runs
        .filter((r) => r.backfillId === backfill.id && statuses.includes(r.status))
        .reduce((sum, r) => sum + r._count._all, 0);
    return {
      ...backfill,
      succeeded: count(["SUCCESS"]),
      failed: count(["FAILURE"]),
      canceled: count(["CANCELED"]),
      queued: count(["QUEUED"]),
      inProgress: count(["STARTING", "STARTED", "CANCELING"]),
    };
  });
}

export interface LiveProcess {
  kind: InstanceProcessKind;
  heartbeatAt: Date;
  info: Record<string, unknown>;
}

/** Daemons and workers that heartbeat since `since` and have not said they stopped. */
export async function listLiveProcesses(db: PrismaClient, since: Date): Promise<LiveProcess[]> {
  const rows = await db.instanceHeartbeat.findMany({
    where: { stoppedAt: null, heartbeatAt: { gte: since } },
    select: { kind: true, heartbeatAt: true, info: true },
  });
  return rows.map((row) => ({ ...row, info: (row.info ?? {}) as Record<string, unknown> }));
}

/** The newest event's id, or 0 with an empty log: where a reader that starts now begins. */
export async function latestEventId(db: PrismaClient): Promise<bigint> {
  const [row] = await db.$queryRaw<{ id: bigint | null }[]>`SELECT max("id") AS "id" FROM "Event"`;
  return row?.id ?? 0n;
}

/** A run started, a run finished or a step finished, with the times the metrics observe. */
export type RecordedEnd =
  | { kind: "runStarted"; id: bigint; queueWaitSeconds: number }
  | { kind: "runFinished"; id: bigint; status: RunStatus; durationSeconds: number | null }
  | { kind: "stepFinished"; id: bigint; status: "SUCCESS" | "FAILURE" | "CANCELED"; durationSeconds: number };

const RUN_END_STATUS: Record<string, RunStatus> = {
  RUN_SUCCESS: "SUCCESS",
  RUN_FAILURE: "FAILURE",
  RUN_CANCELED: "CANCELED",
};
const STEP_END_STATUS: Record<string, "SUCCESS" | "FAILURE" | "CANCELED"> = {
  STEP_SUCCESS: "SUCCESS",
  STEP_FAILURE: "FAILURE",
  STEP_CANCELED: "CANCELED",
};

/**
 * Runs started and runs and steps finished among the events with ids in (after, upTo]: the queue wait (start −
 * creation), the run's duration (end − start) and the step's (end − first attempt's start). A step failure the
 * step retries is not an end; a step that never started (skipped, or canceled before it began) has no duration.
 * Durations are computed in SQL, between columns of one kind, so no time zone enters.
 */
export async function readRecordedEnds(db: PrismaClient, after: bigint, upTo: bigint): Promise<RecordedEnd[]> {
  if (upTo <= after) return [];
  const rows = await db.$queryRaw<
    {
      id: bigint;
      eventType: string;
      queueWait: number | null;
      runDuration: number | null;
      stepDuration: number | null;
    }[]
  >`
    SELECT e."id", e."eventType",
      EXTRACT(EPOCH FROM (e."timestamp" - r."createdAt"))::float8 AS "queueWait",
      EXTRACT(EPOCH FROM (e."timestamp" - r."startTime"))::float8 AS "runDuration",
      EXTRACT(EPOCH FROM (e."timestamp" - s."startTime"))::float8 AS "stepDuration"
    FROM "Event" e
    JOIN "Run" r ON r."id" = e."runId"
    LEFT JOIN "Step" s ON s."runId" = e."runId" AND s."stepKey" = e."stepKey"
    WHERE e."id" > ${after} AND e."id" <= ${upTo}
      AND e."eventType" IN ('RUN_START', 'RUN_SUCCESS', 'RUN_FAILURE', 'RUN_CANCELED',
                            'STEP_SUCCESS', 'STEP_FAILURE', 'STEP_CANCELED')
      AND NOT (e."eventType" = 'STEP_FAILURE' AND COALESCE(e."data"->>'willRetry', '') = 'true')
    ORDER BY e."id"`;
  const ends: RecordedEnd[] = [];
  for (const row of rows) {
    if (row.eventType === "RUN_START") {
      if (row.queueWait !== null)
        ends.push({ kind: "runStarted", id: row.id, queueWaitSeconds: Math.max(0, row.queueWait) });
    } else if (RUN_END_STATUS[row.eventType]) {
      const duration = row.runDuration === null ? null : Math.max(0, row.runDuration);
      ends.push({ kind: "runFinished", id: row.id, status: RUN_END_STATUS[row.eventType]!, durationSeconds: duration });
    } else if (STEP_END_STATUS[row.eventType] && row.stepDuration !== null) {
      ends.push({
        kind: "stepFinished",
        id: row.id,
        status: STEP_END_STATUS[row.eventType]!,
        durationSeconds: Math.max(0, row.stepDuration),
      });
    }
  }
  return ends;
}
