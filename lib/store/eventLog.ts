// The event log read in order, past a cursor (an event id): how the daemon's sensors and alerts follow it.
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

export interface LoggedEvent {
  id: bigint;
  runId: string | null;
  assetKey: string | null;
  partitionKey: string | null;
  eventType: string;
  message: string;
  /** The event's JSON data (metadata, error, extra fields), as stored. */
  data: unknown;
  timestamp: Date;
}

/** The id of the newest event (0 when the log is empty): where a follower that ignores history starts. */
export async function readLatestEventId(db: PrismaClient): Promise<bigint> {
  return (await db.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

/** Events of these types after `afterId`, oldest first, at most `limit`; only one asset's when `assetKey` is given. */
export async function readEventsAfter(
  db: PrismaClient,
  options: { afterId: bigint; eventTypes: readonly string[]; assetKey?: string; limit: number },
): Promise<LoggedEvent[]> {
  const { afterId, eventTypes, assetKey, limit } = options;
  return db.event.findMany({
    where: {
      ...(assetKey !== undefined ? { assetKey } : {}),
      eventType: eventTypes.length === 1 ? eventTypes[0] : { in: [...eventTypes] },
      id: { gt: afterId },
    },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      runId: true,
      assetKey: true,
      partitionKey: true,
      eventType: true,
      message: true,
      data: true,
      timestamp: true,
    },
  });
}

/** One row of the event log as the write path inserts it (see appendRunEvents). */
export interface EventRow {
  runId: string | null;
  stepKey: string | null;
  assetKey: string | null;
  partitionKey: string | null;
  eventType: string;
  level: string;
  message: string;
  /** The JSON kept with the event, or undefined for none. */
  data: object | undefined;
  timestamp: Date;
}

/**
 * Inserts rows in one statement and returns their ids in row order. The rows travel as nine array parameters that
 * unnest in order, so the statement's text is the same for one row or ten thousand: Postgres plans it once per
 * connection and nothing is compiled per batch, where a VALUES list of a thousand rows is a new statement each time.
 * Ids come from one sequence in the order the rows are inserted.
 */
export async function insertEventRows(db: PrismaClient | Tx, rows: readonly EventRow[]): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: EventRow) => T) => rows.map(pick);
  // Prisma keeps DateTime as UTC wall time in a column without a zone.
  const timestamps = column((row) => row.timestamp.toISOString().slice(0, -1));
  const inserted = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "Event" ("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp")
    SELECT "runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp"
    FROM unnest(
      ${column((row) => row.runId)}::uuid[], ${column((row) => row.stepKey)}::text[],
      ${column((row) => row.assetKey)}::text[], ${column((row) => row.partitionKey)}::text[],
      ${column((row) => row.eventType)}::text[], ${column((row) => row.level)}::text[],
      ${column((row) => row.message)}::text[],
      ${column((row) => (row.data === undefined ? null : JSON.stringify(row.data)))}::jsonb[],
      ${timestamps}::timestamp(3)[]
    ) WITH ORDINALITY AS row("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp", "position")
    ORDER BY "position"
    RETURNING "id"`;
  return inserted.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A step row as a batch of events leaves it (see appendRunEvents): times as UTC wall time, or null to keep the row's. */
export interface StepRowChange {
  stepKey: string;
  status: string;
  attempt: number | null;
  startTime: string | null;
  endTime: string | null;
}

/**
 * A run's rows and the step rows they change, in one statement: a batch that derives nothing else (a step's start, its
 * log lines) commits in one round trip, where a transaction takes four. Ids are returned in row order.
 */
export async function insertRunEventRows(
  db: PrismaClient | Tx,
  runId: string,
  rows: readonly EventRow[],
  steps: readonly StepRowChange[],
): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: EventRow) => T) => rows.map(pick);
  const step = <T>(pick: (change: StepRowChange) => T) => steps.map(pick);
  const inserted = await db.$queryRaw<{ id: bigint }[]>`
    WITH inserted AS (
      INSERT INTO "Event" ("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp")
      SELECT ${runId}::uuid, "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp"
      FROM unnest(
        ${column((row) => row.stepKey)}::text[], ${column((row) => row.assetKey)}::text[],
        ${column((row) => row.partitionKey)}::text[], ${column((row) => row.eventType)}::text[],
        ${column((row) => row.level)}::text[], ${column((row) => row.message)}::text[],
        ${column((row) => (row.data === undefined ? null : JSON.stringify(row.data)))}::jsonb[],
        ${column((row) => row.timestamp.toISOString().slice(0, -1))}::timestamp(3)[]
      ) WITH ORDINALITY AS row("stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp", "position")
      ORDER BY "position"
      RETURNING "id"
    ), changed AS (
      UPDATE "Step" SET
        "status" = change."status"::"StepStatus",
        "attempt" = COALESCE(change."attempt", "Step"."attempt"),
        "startTime" = COALESCE("Step"."startTime", change."startTime"),
        "endTime" = COALESCE(change."endTime", "Step"."endTime")
      FROM unnest(
        ${step((c) => c.stepKey)}::text[], ${step((c) => c.status)}::text[], ${step((c) => c.attempt)}::int[],
        ${step((c) => c.startTime)}::timestamp(3)[], ${step((c) => c.endTime)}::timestamp(3)[]
      ) AS change("stepKey", "status", "attempt", "startTime", "endTime")
      WHERE "Step"."runId" = ${runId}::uuid AND "Step"."stepKey" = change."stepKey"
      RETURNING 1
    )
    SELECT "id" FROM inserted`;
  return inserted.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
