// Read models for runs, their event log, compute logs and an asset's materialization history.
import type { MetadataValue } from "../core/definitionsSnapshot";
import type { RunPartitionSelection } from "../core/partitions";
import type { EventError } from "./eventInput";
import {
  type ComputeLogStream,
  type Event,
  Prisma,
  type PrismaClient,
  type RunStatus,
} from "./generated/prisma/client";
import { isRunId } from "./runId";
import { IN_PROGRESS_STATUSES, type RunWithSteps } from "./runs";

export { isRunId } from "./runId";

import { partitionTagFilter, runPartitions } from "./runPartitions";

export interface RunsFilter {
  statuses?: RunStatus[];
  /** Runs whose selection contains this asset key string. */
  assetKey?: string;
  tags?: { key: string; value: string }[];
  /** Runs a backfill submitted. */
  backfillId?: string;
  /** Runs launched from this job. */
  jobName?: string;
  /** Leave out runs a backfill submitted (the runs list shows each backfill as one row instead). */
  withoutBackfillRuns?: boolean;
}

/** Newest first; the cursor is the last run id of the previous page. */
export async function listRuns(
  db: PrismaClient,
  filter: RunsFilter,
  cursor: string | null,
  limit: number,
): Promise<{ runs: RunWithSteps[]; nextCursor: string | null }> {
  const where: Prisma.RunWhereInput = {
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.assetKey ? { assetSelection: { has: filter.assetKey } } : {}),
    ...(filter.backfillId ? { backfillId: filter.backfillId } : filter.withoutBackfillRuns ? { backfillId: null } : {}),
    ...(filter.jobName ? { jobName: filter.jobName } : {}),
    // A run's partition tags are shown from its partition columns, so a filter on one reads the columns.
    ...(filter.tags?.length
      ? {
          AND: filter.tags.map(
            (t) => partitionTagFilter(t.key, t.value) ?? { tags: { path: [t.key], equals: t.value } },
          ),
        }
      : {}),
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

/** Whether a run with this id exists (false for text that is not a run id). */
export async function runExists(db: PrismaClient, runId: string): Promise<boolean> {
  return isRunId(runId) && (await db.run.count({ where: { id: runId } })) > 0;
}

/** The asset keys a run materializes, or null when no run has this id: what a permission check on the run reads. */
export async function runAssetSelection(db: PrismaClient, runId: string): Promise<string[] | null> {
  if (!isRunId(runId)) return null;
  return (await db.run.findUnique({ where: { id: runId }, select: { assetSelection: true } }))?.assetSelection ?? null;
}

/** The runs with these ids, oldest first (a tick's runs). */
export async function getRuns(db: PrismaClient, runIds: readonly string[]): Promise<RunWithSteps[]> {
  const ids = runIds.filter(isRunId);
  if (ids.length === 0) return [];
  return db.run.findMany({ where: { id: { in: ids } }, include: { steps: true }, orderBy: { createdAt: "asc" } });
}

export async function getRun(db: PrismaClient, runId: string): Promise<RunWithSteps | null> {
  if (!isRunId(runId)) return null;
  return db.run.findUnique({ where: { id: runId }, include: { steps: true } });
}

/** The run's status now, or null when no run has this id. */
export async function readRunStatus(db: PrismaClient, runId: string): Promise<RunStatus | null> {
  if (!isRunId(runId)) return null;
  return (await db.run.findUnique({ where: { id: runId }, select: { status: true } }))?.status ?? null;
}

/** The run a launch with this idempotency key created, or null. */
export async function findRunByIdempotencyKey(db: PrismaClient, idempotencyKey: string): Promise<RunWithSteps | null> {
  return db.run.findUnique({ where: { idempotencyKey }, include: { steps: true } });
}

/** The id of a run carrying every one of these tags, or null when there is none. */
export async function findRunIdWithTags(
  db: PrismaClient,
  tags: Readonly<Record<string, string>>,
): Promise<string | null> {
  const run = await db.run.findFirst({
    where: { AND: Object.entries(tags).map(([key, value]) => ({ tags: { path: [key], equals: value } })) },
    select: { id: true },
  });
  return run?.id ?? null;
}

/** What a queued or running run will write: its assets and its partitions (null when it names none). */
export interface ActiveRunTarget {
  assetSelection: string[];
  partitions: RunPartitionSelection | null;
}

/** Every queued or running run's assets and partitions. */
export async function readActiveRunTargets(db: PrismaClient): Promise<ActiveRunTarget[]> {
  const runs = await db.run.findMany({
    where: { status: { in: ["QUEUED", ...IN_PROGRESS_STATUSES] } },
    select: { assetSelection: true, partitionKey: true, partitionRangeStart: true, partitionRangeEnd: true },
  });
  return runs.map((run) => ({ assetSelection: run.assetSelection, partitions: runPartitions(run) }));
}

export interface RunSummary {
  id: string;
  codeLocationName: string;
  jobName: string | null;
  assetSelection: string[];
  partitionKey: string | null;
  tags: Record<string, string>;
}

/** What notices about runs say of them (their location, job, assets, partition and tags), by run id. */
export async function readRunSummaries(db: PrismaClient, runIds: readonly string[]): Promise<Map<string, RunSummary>> {
  const ids = runIds.filter(isRunId);
  if (ids.length === 0) return new Map();
  const rows = await db.run.findMany({
    where: { id: { in: ids } },
    select: { id: true, codeLocationName: true, jobName: true, assetSelection: true, partitionKey: true, tags: true },
  });
  return new Map(rows.map((row) => [row.id, { ...row, tags: row.tags as Record<string, string> }]));
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

/** Which of a run's events to read; every part left out (or empty) lets every event through. */
export interface RunEventFilter {
  /** Events of these steps only (run-level events have none, so they drop out). */
  stepKeys?: readonly string[];
  levels?: readonly string[];
  eventType?: string | null;
  /** Case-insensitive text in the message, event type, step key, error message, or a metadata label or value. */
  text?: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(filter: RunEventFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.stepKeys?.length) conditions.push(Prisma.sql`"stepKey" IN (${Prisma.join(filter.stepKeys)})`);
  if (filter.levels?.length) conditions.push(Prisma.sql`"level" IN (${Prisma.join(filter.levels)})`);
  if (filter.eventType) conditions.push(Prisma.sql`"eventType" = ${filter.eventType}`);
  const text = filter.text?.trim();
  if (text) {
    const pattern = likePattern(text);
    // "data" IS NOT NULL first: for the many events without data the metadata test is then false, not null, and the
    // subquery over the metadata is not run for them at all.
    conditions.push(Prisma.sql`("message" ILIKE ${pattern} OR "eventType" ILIKE ${pattern} OR "stepKey" ILIKE ${pattern}
      OR ("data" -> 'error' ->> 'message') ILIKE ${pattern}
      OR ("data" IS NOT NULL AND jsonb_typeof("data" -> 'metadata') = 'object' AND EXISTS (
        SELECT 1 FROM jsonb_each("data" -> 'metadata') AS entry
        WHERE entry.key ILIKE ${pattern} OR (entry.value ->> 'value') ILIKE ${pattern})))`);
  }
  return conditions;
}

/**
 * Events after `afterId`, oldest first, optionally only those a filter lets through: the console polls with the last
 * id it has. A filter is answered here, from the run's indexes, so the console never needs the whole log to show one.
 */
export async function eventsForRun(
  db: PrismaClient,
  runId: string,
  afterId: bigint | null,
  limit: number,
  filter: RunEventFilter = {},
): Promise<{ events: StoredEvent[]; hasMore: boolean }> {
  const conditions = filterConditions(filter);
  const rows =
    conditions.length === 0
      ? await db.event.findMany({
          where: { runId, ...(afterId !== null ? { id: { gt: afterId } } : {}) },
          orderBy: { id: "asc" },
          take: limit + 1,
        })
      : await db.$queryRaw<Event[]>`
          SELECT * FROM "Event"
          WHERE "runId" = ${runId}::uuid AND "id" > ${afterId ?? 0n} AND ${Prisma.join(conditions, " AND ")}
          ORDER BY "id" LIMIT ${limit + 1}`;
  return { events: rows.slice(0, limit).map(toStoredEvent), hasMore: rows.length > limit };
}

/** The distinct event types of a run, alphabetically: one index probe per type rather than a scan of the run's log. */
export async function runEventTypes(db: PrismaClient, runId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ eventType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "eventType" FROM "Event" WHERE "runId" = ${runId}::uuid ORDER BY "eventType" LIMIT 1)
      UNION ALL
      SELECT (SELECT "eventType" FROM "Event" WHERE "runId" = ${runId}::uuid AND "eventType" > types."eventType"
              ORDER BY "eventType" LIMIT 1)
      FROM types WHERE types."eventType" IS NOT NULL
    )
    SELECT "eventType" FROM types WHERE "eventType" IS NOT NULL`;
  return rows.map((row) => row.eventType);
}

export async function assetMaterializations(db: PrismaClient, assetKey: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db.event.findMany({
    where: { assetKey, eventType: "ASSET_MATERIALIZATION" },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map(toStoredEvent);
}

/** The events that tell one partition's story: starts, failures, materializations. */
export const PARTITION_HISTORY_EVENT_TYPES = ["ASSET_MATERIALIZATION", "STEP_FAILURE", "STEP_START"] as const;

/** One partition's history, newest first (events of range runs' steps name a range, not the key, so only their materializations show). */
export async function partitionHistory(
  db: PrismaClient,
  assetKey: string,
  partitionKey: string,
  limit: number,
): Promise<StoredEvent[]> {
  const rows = await db.event.findMany({
    where: { assetKey, partitionKey, eventType: { in: [...PARTITION_HISTORY_EVENT_TYPES] } },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map(toStoredEvent);
}

/** The most characters one compute log row holds, so a page of the log is a few rows and never one huge one. */
export const COMPUTE_LOG_ROW_CHARS = 16 * 1024;
/** Rows per insert: a few MB per statement at most. */
const COMPUTE_LOG_ROWS_PER_INSERT = 200;

/** Splits text into rows of at most COMPUTE_LOG_ROW_CHARS, never between the two halves of a surrogate pair. */
export function splitComputeLogText(text: string): string[] {
  const rows: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + COMPUTE_LOG_ROW_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    rows.push(text.slice(start, end));
    start = end;
  }
  return rows;
}

export async function appendComputeLog(
  db: PrismaClient,
  runId: string,
  stepKey: string,
  stream: ComputeLogStream,
  text: string,
): Promise<void> {
  const rows = splitComputeLogText(text).map((chunk) => ({ runId, stepKey, stream, chunk }));
  for (let start = 0; start < rows.length; start += COMPUTE_LOG_ROWS_PER_INSERT) {
    await db.computeLog.createMany({ data: rows.slice(start, start + COMPUTE_LOG_ROWS_PER_INSERT) });
  }
}

/** A window of one stream of a step's compute log. Cursors are row ids: pass startCursor to read earlier output. */
export interface ComputeLogPage {
  text: string;
  /** The first row of this page (or where the page would start when it is empty). */
  startCursor: bigint;
  /** The last row of this page: poll after it for new output. */
  endCursor: bigint;
  hasEarlier: boolean;
  hasLater: boolean;
}

export interface ComputeLogWindow {
  /** Rows before this one, newest last: reading towards the start. */
  before?: bigint | null;
  /** Rows after this one: reading towards the end (new output while the step runs). */
  after?: bigint | null;
  /** The most bytes the page's text may take as a JSON string; a single row beyond it is still returned whole. */
  maxBytes: number;
}

const ROWS_PER_READ = 32;
const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify(text)) - 2;

/**
 * Reads a bounded window of a step's stdout or stderr: the end of it (no cursor), the rows before a cursor, or the rows
 * after one. Rows are at most COMPUTE_LOG_ROW_CHARS long, so a page is a few dozen rows and a 50 MB log is never sent
 * or read at once.
 */
export async function readComputeLogPage(
  db: PrismaClient,
  runId: string,
  stepKey: string,
  stream: ComputeLogStream,
  window: ComputeLogWindow,
): Promise<ComputeLogPage> {
  const forward = window.after !== undefined && window.after !== null;
  const from = forward ? window.after! : (window.before ?? null);
  const rows: { id: bigint; chunk: string }[] = [];
  let bytes = 0;
  let more = false;
  let cursor = from;
  read: for (;;) {
    const batch = await db.computeLog.findMany({
      where: { runId, stepKey, stream, ...(cursor === null ? {} : { id: forward ? { gt: cursor } : { lt: cursor } }) },
      orderBy: { id: forward ? "asc" : "desc" },
      take: ROWS_PER_READ,
      select: { id: true, chunk: true },
    });
    for (const row of batch) {
      const size = jsonBytes(row.chunk);
      if (rows.length > 0 && bytes + size > window.maxBytes) {
        more = true;
        break read;
      }
      rows.push(row);
      bytes += size;
    }
    if (batch.length < ROWS_PER_READ) break;
    cursor = (batch.at(-1) as { id: bigint }).id;
  }
  if (!forward) rows.reverse();
  const text = rows.map((row) => row.chunk).join("");
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  if (forward)
    return {
      text,
      startCursor: first ?? from!,
      endCursor: last ?? from!,
      hasEarlier: first !== undefined || from! > 0n,
      hasLater: more,
    };
  // Reading backwards from the end: the page ends at the newest row; from a cursor, it ends just before it.
  const end = last ?? (from === null ? 0n : from);
  return { text, startCursor: first ?? end, endCursor: end, hasEarlier: more, hasLater: from !== null };
}

/** Which streams a step wrote to: one indexed probe per stream. */
export async function computeLogStreamsWithOutput(
  db: PrismaClient,
  runId: string,
  stepKey: string,
): Promise<ComputeLogStream[]> {
  const streams = ["STDOUT", "STDERR"] as const;
  const found = await Promise.all(
    streams.map((stream) => db.computeLog.findFirst({ where: { runId, stepKey, stream }, select: { id: true } })),
  );
  return streams.filter((_stream, index) => found[index] !== null);
}

export async function readComputeLogs(
  db: PrismaClient,
  runId: string,
  stepKey: string,
): Promise<{ stdout: string; stderr: string; cursor: string }> {
  const rows = await db.computeLog.findMany({ where: { runId, stepKey }, orderBy: { id: "asc" } });
  return {
    stdout: rows
      .filter((r) => r.stream === "STDOUT")
      .map((r) => r.chunk)
      .join(""),
    stderr: rows
      .filter((r) => r.stream === "STDERR")
      .map((r) => r.chunk)
      .join(""),
    cursor: String(rows.at(-1)?.id ?? 0),
  };
}
