// The event log read in order, past a cursor (an event id): how the daemon's sensors and alerts follow it.
import type { PrismaClient } from "./generated/prisma/client";
import { type SqlTx, type Statement, utcWallTime } from "./sql";

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

const INSERT_EVENT_ROWS: Statement = {
  name: "strata_insert_event_rows",
  text: `
    INSERT INTO "Event" ("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp")
    SELECT "runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp"
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::timestamp(3)[])
      WITH ORDINALITY AS row("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp", "position")
    ORDER BY "position"
    RETURNING "id"`,
};

/**
 * Inserts rows in one statement and returns their ids in row order. The rows travel as nine array parameters that
 * unnest in order, so the statement's text is the same for one row or ten thousand: Postgres plans it once per
 * connection and nothing is compiled per batch, where a VALUES list of a thousand rows is a new statement each time.
 * Ids come from one sequence in the order the rows are inserted.
 */
export async function insertEventRows(tx: SqlTx, rows: readonly EventRow[]): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.query<{ id: bigint }>(INSERT_EVENT_ROWS, [
    rows.map((row) => row.runId),
    ...eventColumns(rows),
  ]);
  return idsInOrder(inserted);
}

/** The rows' columns after the run id, as the insert statements take them: eight arrays in row order. */
function eventColumns(rows: readonly EventRow[]): unknown[][] {
  const column = <T>(pick: (row: EventRow) => T) => rows.map(pick);
  return [
    column((row) => row.stepKey),
    column((row) => row.assetKey),
    column((row) => row.partitionKey),
    column((row) => row.eventType),
    column((row) => row.level),
    column((row) => row.message),
    column((row) => (row.data === undefined ? null : JSON.stringify(row.data))),
    // Prisma keeps DateTime as UTC wall time in a column without a zone.
    column((row) => utcWallTime(row.timestamp)),
  ];
}

const idsInOrder = (rows: readonly { id: bigint }[]) =>
  rows.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A step row as a batch of events leaves it (see appendRunEvents): times as UTC wall time, or null to keep the row's. */
export interface StepRowChange {
  stepKey: string;
  status: string;
  attempt: number | null;
  startTime: string | null;
  endTime: string | null;
}

// A run's rows ("inserted": their ids) and the step rows they change ("changed"), in $1 to $14.
const RUN_EVENT_ROWS = `
    WITH inserted AS (
      INSERT INTO "Event" ("runId", "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp")
      SELECT $1::uuid, "stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp"
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::timestamp(3)[])
        WITH ORDINALITY AS row("stepKey", "assetKey", "partitionKey", "eventType", "level", "message", "data", "timestamp", "position")
      ORDER BY "position"
      RETURNING "id"
    ), changed AS (
      UPDATE "Step" SET
        "status" = change."status"::"StepStatus",
        "attempt" = COALESCE(change."attempt", "Step"."attempt"),
        "startTime" = COALESCE("Step"."startTime", change."startTime"),
        "endTime" = COALESCE(change."endTime", "Step"."endTime")
      FROM unnest($10::text[], $11::text[], $12::int[], $13::timestamp(3)[], $14::timestamp(3)[])
        AS change("stepKey", "status", "attempt", "startTime", "endTime")
      WHERE "Step"."runId" = $1::uuid AND "Step"."stepKey" = change."stepKey"
      RETURNING 1
    )`;

/** How many parameters the run's rows take: a statement that reads alongside them numbers its own from the next. */
export const RUN_EVENT_ROW_PARAMETERS = 14;
/** The parameters of the run's rows a statement alongside may read: the run's id, and the changed steps' keys and statuses. */
export const RUN_EVENT_ROW_PARAMETER = { runId: "$1", stepKeys: "$10", stepStatuses: "$11" } as const;

const INSERT_RUN_EVENT_ROWS: Statement = {
  name: "strata_insert_run_event_rows",
  text: `${RUN_EVENT_ROWS}
    SELECT "id" FROM inserted`,
};

/**
 * A run's rows and the step rows they change, in one statement: a batch that derives nothing else (a step's start, its
 * log lines) commits in one round trip, where a transaction takes four. Ids are returned in row order.
 */
export async function insertRunEventRows(
  tx: SqlTx,
  runId: string,
  rows: readonly EventRow[],
  steps: readonly StepRowChange[],
): Promise<bigint[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.query<{ id: bigint }>(INSERT_RUN_EVENT_ROWS, runEventValues(runId, rows, steps));
  return idsInOrder(inserted);
}

/** A read that rides along with a run's rows: one jsonb value, from parameters numbered after theirs. */
export interface ReadAlongside {
  /** Names the combined prepared statement: one name per `select` and `ctes`. */
  name: string;
  /** More common table expressions after the rows' ("inserted", "changed"), as "name AS (…), …". */
  ctes?: string;
  select: string;
  values: readonly unknown[];
}

/**
 * A run's rows and step rows as insertRunEventRows writes them, and what `read` selects, in one statement: a batch that
 * goes on to derive statuses reads what it needs in the round trip of its rows.
 */
export async function insertRunEventRowsReading(
  tx: SqlTx,
  runId: string,
  rows: readonly EventRow[],
  steps: readonly StepRowChange[],
  read: ReadAlongside,
): Promise<{ ids: bigint[]; read: unknown }> {
  const statement: Statement = {
    name: `${INSERT_RUN_EVENT_ROWS.name}_reading_${read.name}`,
    text: `${RUN_EVENT_ROWS}${read.ctes ? `, ${read.ctes}` : ""}
    SELECT (SELECT array_agg("id"::text ORDER BY "id") FROM inserted) AS "ids", (${read.select}) AS "read"`,
  };
  const [row] = await tx.query<{ ids: string[] | null; read: unknown }>(statement, [
    ...runEventValues(runId, rows, steps),
    ...read.values,
  ]);
  return { ids: (row?.ids ?? []).map((id) => BigInt(id)), read: row?.read ?? null };
}

function runEventValues(runId: string, rows: readonly EventRow[], steps: readonly StepRowChange[]): unknown[] {
  const step = <T>(pick: (change: StepRowChange) => T) => steps.map(pick);
  return [
    runId,
    ...eventColumns(rows),
    step((c) => c.stepKey),
    step((c) => c.status),
    step((c) => c.attempt),
    step((c) => c.startTime),
    step((c) => c.endTime),
  ];
}
