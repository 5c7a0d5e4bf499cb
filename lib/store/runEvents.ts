// Appends events to the log and, in the same transaction, updates what is derived from them:
// step status, asset status and partition status. The console reads the derived rows, never scans the log.
import { toAssetKeyString } from "../core/assetKey";
import { upstreamVersion } from "../core/staleness";
import { recordCheckExecution } from "./assetChecks";
import type { Database, Tx } from "./database";
import type { EventInput } from "./eventInput";
import {
  type EventRow,
  insertEventRows,
  insertRunEventRows,
  insertRunEventRowsReading,
  RUN_EVENT_ROW_PARAMETERS,
  type StepRowChange,
} from "./eventLog";
import type { StepStatus } from "./generated/prisma/client";
import { type MaterializationStatus, MaterializationStatusBatch, statusesAlongside } from "./materializationStatus";
import { derivePartitionStatuses, type PartitionEvent, type RunPartitions } from "./partitionStatus";
import { runPartitions } from "./runPartitions";
import { snapshotNodes } from "./snapshotNodes";
import { inSqlTransaction, type SqlTx, type Statement, sqlInPrisma, sqlOf, utcWallTime } from "./sql";

export type { EventError, EventInput, EventLevel } from "./eventInput";

const stepStatusByEvent: Partial<Record<string, StepStatus>> = {
  STEP_START: "RUNNING",
  STEP_SUCCESS: "SUCCESS",
  STEP_SKIPPED: "SKIPPED",
  STEP_CANCELED: "CANCELED",
};

const WRITE_STEP_CHANGES: Statement = {
  name: "strata_write_step_changes",
  text: `
    UPDATE "Step" SET
      "status" = change."status"::"StepStatus",
      "attempt" = COALESCE(change."attempt", "Step"."attempt"),
      "startTime" = COALESCE("Step"."startTime", change."startTime"),
      "endTime" = COALESCE(change."endTime", "Step"."endTime")
    FROM unnest($2::text[], $3::text[], $4::int[], $5::timestamp(3)[], $6::timestamp(3)[])
      AS change("stepKey", "status", "attempt", "startTime", "endTime")
    WHERE "Step"."runId" = $1::uuid AND "Step"."stepKey" = change."stepKey"`,
};

// An asset's latest observation or failed attempt, over whatever else its status row says.
const WRITE_OBSERVATION_STATUS: Statement = {
  name: "strata_write_observation_status",
  text: `
    INSERT INTO "AssetStatus" AS status ("assetKey", "lastObservationAt", "lastObservationDataVersion", "updatedAt")
    VALUES ($1, $2::timestamp(3), $3, $4::timestamp(3))
    ON CONFLICT ("assetKey") DO UPDATE SET
      "lastObservationAt" = EXCLUDED."lastObservationAt",
      "lastObservationDataVersion" = COALESCE(EXCLUDED."lastObservationDataVersion", status."lastObservationDataVersion"),
      "updatedAt" = EXCLUDED."updatedAt"`,
};

const WRITE_FAILURE_STATUS: Statement = {
  name: "strata_write_failure_status",
  text: `
    INSERT INTO "AssetStatus" ("assetKey", "lastFailureAt", "lastFailureRunId", "lastFailureMessage", "updatedAt")
    VALUES ($1, $2::timestamp(3), $3::uuid, $4, $5::timestamp(3))
    ON CONFLICT ("assetKey") DO UPDATE SET
      "lastFailureAt" = EXCLUDED."lastFailureAt",
      "lastFailureRunId" = EXCLUDED."lastFailureRunId",
      "lastFailureMessage" = EXCLUDED."lastFailureMessage",
      "updatedAt" = EXCLUDED."updatedAt"`,
};

const READ_RUN_PARTITIONS: Statement = {
  name: "strata_read_run_partitions",
  text: `
    SELECT "snapshotId", "partitionKey", "partitionRangeStart", "partitionRangeEnd" FROM "Run" WHERE "id" = $1::uuid`,
};

/** A step's row as a batch of events leaves it: the events applied one after another, folded into one change. */
interface StepChange {
  status: StepStatus;
  attempt: number | null;
  /** The first attempt's start, kept only when the row has none yet. */
  startTime: Date | null;
  endTime: Date | null;
}

/**
 * The step rows a batch of events changes, written in one statement however many steps the batch touches (a run of a
 * thousand steps writes hundreds of batches, each of several steps' starts and ends).
 */
class StepChanges {
  private readonly changes = new Map<string, StepChange>();

  apply(stepKey: string, status: StepStatus, attempt: number | null, timestamp: Date): void {
    const change = this.changes.get(stepKey) ?? { status, attempt: null, startTime: null, endTime: null };
    change.status = status;
    if (attempt !== null) change.attempt = attempt;
    // The bar in the timeline starts at the first attempt, not at a retry; a step's end is its last end.
    if (status === "RUNNING") change.startTime ??= timestamp;
    else change.endTime = timestamp;
    this.changes.set(stepKey, change);
  }

  /** The changed rows, times as UTC wall time (how Prisma keeps DateTime in a column without a zone). */
  rows(): StepRowChange[] {
    const utc = (time: Date | null) => (time ? time.toISOString().slice(0, -1) : null);
    return [...this.changes.entries()].map(([stepKey, c]) => ({
      stepKey,
      status: c.status,
      attempt: c.attempt,
      startTime: utc(c.startTime),
      endTime: utc(c.endTime),
    }));
  }

  async write(tx: SqlTx, runId: string | null): Promise<void> {
    if (!runId || this.changes.size === 0) return;
    const rows = this.rows();
    await tx.query(WRITE_STEP_CHANGES, [
      runId,
      rows.map((c) => c.stepKey),
      rows.map((c) => c.status),
      rows.map((c) => c.attempt),
      rows.map((c) => c.startTime),
      rows.map((c) => c.endTime),
    ]);
  }
}

/** Whether an event is a step's final failure (a retried attempt's is not), which fails its asset too. */
function failsForGood(event: EventInput): boolean {
  return (
    (event.eventType === "STEP_FAILURE" && event.extra?.willRetry !== true) ||
    event.eventType === "ASSET_MATERIALIZATION_FAILURE"
  );
}

/** The step status an event leaves its step in, if it changes it. */
function stepStatusOf(event: EventInput): StepStatus | undefined {
  return failsForGood(event) ? "FAILURE" : stepStatusByEvent[event.eventType];
}

/** The step rows a batch of events leaves changed, the events applied in order. */
function stepChangesOf(events: readonly EventInput[], timestamps: readonly Date[]): StepChanges {
  const steps = new StepChanges();
  for (const [index, event] of events.entries()) {
    const status = event.stepKey ? stepStatusOf(event) : undefined;
    if (event.stepKey && status) steps.apply(event.stepKey, status, event.attempt ?? null, timestamps[index] as Date);
  }
  return steps;
}

async function deriveFromEvent(
  tx: SqlTx,
  runId: string | null,
  event: EventInput,
  timestamp: Date,
  eventId: bigint,
  loadRun: () => Promise<RunPartitions | null>,
  partitionEvents: PartitionEvent[],
  statuses: MaterializationStatusBatch,
): Promise<void> {
  const assetKey = event.assetKey ? toAssetKeyString(event.assetKey) : null;
  const failedForGood = failsForGood(event);
  if (!assetKey) return;
  partitionEvents.push({
    runId,
    eventType: event.eventType,
    stepKey: event.stepKey ?? null,
    assetKey,
    partitionKey: event.partitionKey ?? null,
    willRetry: event.extra?.willRetry === true,
  });
  if (event.eventType === "ASSET_MATERIALIZATION") {
    const inputs = await stalenessInputs(statuses, assetKey, await loadRun());
    statuses.materialize(
      assetKey,
      {
        eventId,
        at: timestamp,
        runId,
        dataVersion: typeof event.extra?.dataVersion === "string" ? event.extra.dataVersion : null,
        inputs,
      },
      event.partitionKey != null
        ? {
            assetKey,
            partitionKey: event.partitionKey,
            eventId,
            codeVersion: inputs?.codeVersion ?? null,
            at: timestamp,
          }
        : null,
    );
    return;
  }
  const writesStatus =
    event.eventType === "ASSET_OBSERVATION" || event.eventType === "ASSET_CHECK_EVALUATION" || failedForGood;
  if (!writesStatus) return;
  // Every other status write goes after the batch's materializations so far, as it did event by event.
  await statuses.write();
  const now = utcWallTime(new Date());
  if (event.eventType === "ASSET_OBSERVATION") {
    const dataVersion = typeof event.extra?.dataVersion === "string" ? event.extra.dataVersion : null;
    await tx.query(WRITE_OBSERVATION_STATUS, [assetKey, utcWallTime(timestamp), dataVersion, now]);
  } else if (event.eventType === "ASSET_CHECK_EVALUATION") {
    await recordCheckExecution(tx, runId, assetKey, event, timestamp);
  } else if (failedForGood) {
    const message = event.error?.message ?? null;
    await tx.query(WRITE_FAILURE_STATUS, [assetKey, utcWallTime(timestamp), runId, message, now]);
  }
}

/** What a materialization is made from: the asset's code version and each upstream's version, from the run's snapshot. */
async function stalenessInputs(
  statuses: MaterializationStatusBatch,
  assetKey: string,
  run: RunPartitions | null,
): Promise<MaterializationStatus["inputs"]> {
  const node = run?.snapshotId ? (await snapshotNodes(statuses.tx, run.snapshotId)).get(assetKey) : undefined;
  if (!node) return undefined;
  const upstreamKeys = node.dependencyKeys.map((key) => toAssetKeyString(key));
  const byKey = await statuses.statuses(upstreamKeys);
  return {
    codeVersion: node.codeVersion ?? null,
    upstreamVersions: Object.fromEntries(upstreamKeys.map((key) => [key, upstreamVersion(byKey.get(key))])),
  };
}

/** The upstream assets of the batch's materializations, so their statuses are read in one query. */
async function upstreamsOfMaterializations(
  tx: SqlTx,
  events: readonly EventInput[],
  runOf: (event: EventInput) => () => Promise<RunPartitions | null>,
): Promise<string[]> {
  const keys = new Set<string>();
  for (const event of events) {
    if (event.eventType !== "ASSET_MATERIALIZATION" || !event.assetKey) continue;
    const run = await runOf(event)();
    const node = run?.snapshotId
      ? (await snapshotNodes(tx, run.snapshotId)).get(toAssetKeyString(event.assetKey))
      : undefined;
    for (const key of node?.dependencyKeys ?? []) keys.add(toAssetKeyString(key));
  }
  return [...keys];
}

// A run's snapshot and partitions are fixed when it is created: read once per process rather than once per batch of
// its events. The most recent runs only; a run process executes one run at a time, a worker a few.
const runPartitionsById = new Map<string, RunPartitions>();
const KEEP_RUN_PARTITIONS = 256;

function rememberRun(runId: string, run: RunPartitions): void {
  if (runPartitionsById.size >= KEEP_RUN_PARTITIONS) runPartitionsById.delete(runPartitionsById.keys().next().value!);
  runPartitionsById.set(runId, run);
}

/** What a run process read of the run it is about to execute: its first events need not read the run again. */
export function rememberRunPartitions(run: RunPartitions & { id: string }): void {
  const { snapshotId, partitionKey, partitionRangeStart, partitionRangeEnd } = run;
  rememberRun(run.id, { snapshotId, partitionKey, partitionRangeStart, partitionRangeEnd });
}

async function readRunPartitions(tx: SqlTx, runId: string): Promise<RunPartitions | null> {
  const known = runPartitionsById.get(runId);
  if (known) return known;
  const [run] = await tx.query<RunPartitions>(READ_RUN_PARTITIONS, [runId]);
  if (!run) return null;
  rememberRun(runId, run);
  return run;
}

/** Events in one INSERT (see insertEventRows): a few hundred kilobytes of parameters at most for ordinary events. */
const EVENTS_PER_INSERT = 5000;

function eventRow(runId: string | null, event: EventInput, timestamp: Date): EventRow {
  const data: Record<string, unknown> = { ...event.extra };
  if (event.metadata && Object.keys(event.metadata).length > 0) data.metadata = event.metadata;
  if (event.error) data.error = event.error;
  if (event.attempt !== undefined) data.attempt = event.attempt;
  return {
    runId,
    stepKey: event.stepKey ?? null,
    assetKey: event.assetKey ? toAssetKeyString(event.assetKey) : null,
    partitionKey: event.partitionKey ?? null,
    eventType: event.eventType,
    level: event.level ?? "INFO",
    message: event.message,
    data: Object.keys(data).length > 0 ? (data as object) : undefined,
    timestamp,
  };
}

/** Appends one transaction's events: the rows, then what derives from them, in event order. */
async function appendEvents(
  tx: SqlTx,
  runId: string | null,
  events: readonly EventInput[],
  runOf: (event: EventInput) => () => Promise<RunPartitions | null>,
  /** The run's end, written with the rows before any status (see appendLastRunEvents); told whether it ended. */
  end?: { write: RunEndInBatch; ended: (ended: boolean) => void },
): Promise<bigint[]> {
  const timestamps = events.map((event) => event.timestamp ?? new Date());
  const rows = events.map((event, index) => eventRow(runId, event, timestamps[index] as Date));
  // The rows and the run's own step rows first, in one statement when they fit one: nothing else writes those, so
  // no other transaction waits on them.
  const steps = stepChangesOf(events, timestamps);
  const statuses = new MaterializationStatusBatch(tx);
  // The statuses of the upstreams the batch's materializations record, read in the round trip of the rows when they
  // fit one statement (nothing before them in the transaction writes a status).
  const upstreamKeys = await upstreamsOfMaterializations(tx, events, runOf);
  let ids: bigint[];
  if (runId && rows.length <= EVENTS_PER_INSERT && (upstreamKeys.length > 0 || end)) {
    // The statuses alongside, and the run's end when these are its last events: one round trip for all three.
    const ending = end?.write.alongside(RUN_EVENT_ROW_PARAMETERS + 2);
    const inserted = await insertRunEventRowsReading(tx, runId, rows, steps.rows(), {
      name: ending ? "statuses_and_end" : "statuses",
      ctes: ending?.ctes,
      select: `jsonb_build_object('statuses', (${statusesAlongside(RUN_EVENT_ROW_PARAMETERS + 1)})${
        ending ? `, 'ended', EXISTS (SELECT 1 FROM ended)` : ""
      })`,
      values: [upstreamKeys, ...(ending?.values ?? [])],
    });
    ids = inserted.ids;
    const read = inserted.read as { statuses: unknown; ended?: boolean };
    statuses.seed(upstreamKeys, read.statuses);
    end?.ended(read.ended === true);
  } else {
    if (runId && rows.length <= EVENTS_PER_INSERT) ids = await insertRunEventRows(tx, runId, rows, steps.rows());
    else {
      ids = [];
      for (let start = 0; start < rows.length; start += EVENTS_PER_INSERT)
        ids.push(...(await insertEventRows(tx, rows.slice(start, start + EVENTS_PER_INSERT))));
      await steps.write(tx, runId);
    }
    if (end) end.ended(await end.write.apart(tx));
  }
  // Asset and partition status last: every run of an asset (a backfill's thousands) writes its rows, so their locks
  // are held for the end of the transaction only.
  const partitionEvents: { event: PartitionEvent; loadRun: () => Promise<RunPartitions | null> }[] = [];
  await statuses.read(upstreamKeys);
  for (const [index, event] of events.entries()) {
    const loadRun = runOf(event);
    const collected: PartitionEvent[] = [];
    const [timestamp, id] = [timestamps[index] as Date, ids[index] as bigint];
    await deriveFromEvent(tx, runId, event, timestamp, id, loadRun, collected, statuses);
    for (const partitionEvent of collected) partitionEvents.push({ event: partitionEvent, loadRun });
  }
  // The partition status rows the batch changes are read with the status write, in its round trip.
  const read = await statuses.write([...new Set(partitionEvents.map(({ event }) => event.assetKey))]);
  await derivePartitionStatuses(tx, partitionEvents, read);
  return ids;
}

/**
 * Appends a run's events in order; returns their ids. The rows go in with multi-row inserts (a thousand log lines are
 * one statement, not a thousand), then what derives from them is updated event by event, in the same transaction.
 */
export async function appendRunEvents(db: Database | Tx, runId: string, events: EventInput[]): Promise<bigint[]> {
  if (await derivesStepsOnly(db, runId, events)) {
    const timestamps = events.map((event) => event.timestamp ?? new Date());
    const rows = events.map((event, index) => eventRow(runId, event, timestamps[index] as Date));
    return insertRunEventRows(sqlOf(db), runId, rows, stepChangesOf(events, timestamps).rows());
  }
  // The run process's batches (given the client) take a connection of their own, past Prisma's query layer.
  const append = (tx: SqlTx) => {
    const loadRun = () => readRunPartitions(tx, runId);
    return appendEvents(tx, runId, events, () => loadRun);
  };
  return "$connect" in db ? inSqlTransaction(db, append) : append(sqlInPrisma(db));
}

/** A run's end written with its last events (see appendLastRunEvents). */
export interface RunEndInBatch {
  /**
   * The end as common table expressions alongside the statement of the rows, its parameters numbered from `first`:
   * "ended" holds the run if it ended. The steps the rows close count as closed, which the statement's own snapshot
   * cannot see, and the end's event is inserted after the rows, so its id follows theirs.
   */
  alongside(first: number): { ctes: string; values: unknown[] };
  /** The end as its own statement, after rows written apart; false if the run had ended or has open steps. */
  apart(tx: SqlTx): Promise<boolean>;
}

/**
 * Appends a run's last events and ends the run in the same transaction: the end is written with the rows (which close
 * the run's steps), before the statuses they change, so the run's row is locked before any asset's status, as when a
 * run ends the long way (finishRun); its backfill's counts only gain rows. Returns whether the run ended (false: it
 * had ended, or has open steps); nothing is written if anything fails.
 */
export async function appendLastRunEvents(
  db: Database,
  runId: string,
  events: EventInput[],
  end: RunEndInBatch,
): Promise<boolean> {
  return inSqlTransaction(db, async (tx) => {
    const loadRun = () => readRunPartitions(tx, runId);
    let ended = false;
    await appendEvents(tx, runId, events, () => loadRun, {
      write: end,
      ended: (value) => {
        ended = value;
      },
    });
    return ended;
  });
}

/** Events that change an asset's or a check's status. */
const STATUS_EVENTS = new Set([
  "ASSET_MATERIALIZATION",
  "ASSET_OBSERVATION",
  "ASSET_CHECK_EVALUATION",
  "ASSET_MATERIALIZATION_FAILURE",
]);

/**
 * Whether a run's events change nothing but step rows: no asset status (no materialization, observation, check or
 * final failure), and no partition status (no event of an asset names a partition, nor is the run partitioned).
 * Most batches of a run are such (its steps' starts, log lines), and are written in one statement.
 */
async function derivesStepsOnly(db: Database | Tx, runId: string, events: readonly EventInput[]): Promise<boolean> {
  if (events.length === 0 || events.length > EVENTS_PER_INSERT) return false;
  let ofAsset = false;
  for (const event of events) {
    if (STATUS_EVENTS.has(event.eventType) || failsForGood(event)) return false;
    if (!event.assetKey) continue;
    if (event.partitionKey != null) return false;
    ofAsset = true;
  }
  if (!ofAsset) return true;
  const run = await readRunPartitions(sqlOf(db), runId);
  return run !== null && runPartitions(run) === null;
}

/** An asset event that happened outside any Strata run: reported, or received as OpenLineage. */
export interface AssetEventInput extends EventInput {
  assetKey: string[];
  /** The snapshot defining the asset now, whose partitions and code version the event is read against; null if none. */
  snapshotId: string | null;
}

/**
 * Appends asset events of no Strata run (materializations, observations, check evaluations, failed attempts) and
 * updates asset, partition and check status from them, in the caller's transaction; returns their ids.
 */
export async function appendAssetEvents(tx: Tx, events: readonly AssetEventInput[]): Promise<bigint[]> {
  return appendEvents(sqlInPrisma(tx), null, events, (event) => {
    const partitions: RunPartitions = {
      snapshotId: (event as AssetEventInput).snapshotId,
      partitionKey: event.partitionKey ?? null,
      partitionRangeStart: null,
      partitionRangeEnd: null,
    };
    return async () => partitions;
  });
}
