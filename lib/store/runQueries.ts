// Read models for runs, their event log, compute logs and an asset's materialization history.
import type { MetadataValue } from "../core/definitionsSnapshot";
import type { ComputeLogStream, Event, Prisma, PrismaClient, RunStatus } from "./generated/prisma/client";
import type { EventError } from "./runEvents";
import type { RunWithSteps } from "./runs";

export interface RunsFilter {
  statuses?: RunStatus[];
  /** Runs whose selection contains this asset key string. */
  assetKey?: string;
  tags?: { key: string; value: string }[];
  /** Runs a backfill submitted. */
  backfillId?: string;
  /** Runs launched from this job. */
  jobName?: string;
}

/** Newest first; the cursor is the last run id of the previous page. */
export async function listRuns(db: PrismaClient, filter: RunsFilter, cursor: string | null, limit: number): Promise<{ runs: RunWithSteps[]; nextCursor: string | null }> {
  const where: Prisma.RunWhereInput = {
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.assetKey ? { assetSelection: { has: filter.assetKey } } : {}),
    ...(filter.backfillId ? { backfillId: filter.backfillId } : {}),
    ...(filter.jobName ? { jobName: filter.jobName } : {}),
    ...(filter.tags?.length ? { AND: filter.tags.map((t) => ({ tags: { path: [t.key], equals: t.value } })) } : {}),
  };
  const runs = await db.run.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    include: { steps: { orderBy: { stepKey: "asc" } } },
  });
  const page = runs.slice(0, limit);
  return { runs: page, nextCursor: runs.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/** Run ids are UUIDs; anything else names no run (and would make Postgres refuse the query). */
const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRunId(text: string): boolean {
  return RUN_ID.test(text);
}

/** Whether a run with this id exists (false for text that is not a run id). */
export async function runExists(db: PrismaClient, runId: string): Promise<boolean> {
  return isRunId(runId) && (await db.run.count({ where: { id: runId } })) > 0;
}

export async function getRun(db: PrismaClient, runId: string): Promise<RunWithSteps | null> {
  if (!isRunId(runId)) return null;
  return db.run.findUnique({ where: { id: runId }, include: { steps: true } });
}

export interface StoredEvent {
  id: bigint;
  runId: string | null;
  stepKey: string | null;
  assetKey: string | null;
  partitionKey: string | null;
  eventType: string;
  level: string;
  message: string;
  timestamp: Date;
  metadata: Record<string, MetadataValue>;
  error: EventError | null;
}

function toStoredEvent(row: Event): StoredEvent {
  const data = (row.data ?? {}) as { metadata?: Record<string, MetadataValue>; error?: EventError };
  return { ...row, metadata: data.metadata ?? {}, error: data.error ?? null };
}

/** Events after `afterId`, oldest first: the console polls with the last id it has. */
export async function eventsForRun(db: PrismaClient, runId: string, afterId: bigint | null, limit: number): Promise<{ events: StoredEvent[]; hasMore: boolean }> {
  const rows = await db.event.findMany({
    where: { runId, ...(afterId !== null ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  return { events: rows.slice(0, limit).map(toStoredEvent), hasMore: rows.length > limit };
}

export async function assetMaterializations(db: PrismaClient, assetKey: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db.event.findMany({ where: { assetKey, eventType: "ASSET_MATERIALIZATION" }, orderBy: { id: "desc" }, take: limit });
  return rows.map(toStoredEvent);
}

/** The events that tell one partition's story: starts, failures, materializations. */
export const PARTITION_HISTORY_EVENT_TYPES = ["ASSET_MATERIALIZATION", "STEP_FAILURE", "STEP_START"] as const;

/** One partition's history, newest first (events of range runs' steps name a range, not the key, so only their materializations show). */
export async function partitionHistory(db: PrismaClient, assetKey: string, partitionKey: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db.event.findMany({
    where: { assetKey, partitionKey, eventType: { in: [...PARTITION_HISTORY_EVENT_TYPES] } },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map(toStoredEvent);
}

export async function appendComputeLog(db: PrismaClient, runId: string, stepKey: string, stream: ComputeLogStream, chunk: string): Promise<void> {
  await db.computeLog.create({ data: { runId, stepKey, stream, chunk } });
}

export async function readComputeLogs(db: PrismaClient, runId: string, stepKey: string): Promise<{ stdout: string; stderr: string; cursor: string }> {
  const rows = await db.computeLog.findMany({ where: { runId, stepKey }, orderBy: { id: "asc" } });
  return {
    stdout: rows.filter((r) => r.stream === "STDOUT").map((r) => r.chunk).join(""),
    stderr: rows.filter((r) => r.stream === "STDERR").map((r) => r.chunk).join(""),
    cursor: String(rows.at(-1)?.id ?? 0),
  };
}
