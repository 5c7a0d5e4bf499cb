// Appends events to the log and, in the same transaction, updates what is derived from them:
// step status, asset status and partition status. The console reads the derived rows, never scans the log.
import { toAssetKeyString } from "../core/assetKey";
import { upstreamVersion } from "../core/staleness";
import { recordCheckExecution } from "./assetChecks";
import { type Database, inTransaction, type Tx } from "./database";
import type { EventInput } from "./eventInput";
import type { StepStatus } from "./generated/prisma/client";
import { derivePartitionStatus, type PartitionEvent, type RunPartitions } from "./partitionStatus";
import { snapshotNodes } from "./snapshotNodes";

export type { EventError, EventInput, EventLevel } from "./eventInput";

const stepStatusByEvent: Partial<Record<string, StepStatus>> = {
  STEP_START: "RUNNING",
  STEP_SUCCESS: "SUCCESS",
  STEP_SKIPPED: "SKIPPED",
  STEP_CANCELED: "CANCELED",
};

async function deriveFromEvent(
  tx: Tx,
  runId: string | null,
  event: EventInput,
  timestamp: Date,
  eventId: bigint,
  loadRun: () => Promise<RunPartitions | null>,
  partitionEvents: PartitionEvent[],
): Promise<void> {
  const assetKey = event.assetKey ? toAssetKeyString(event.assetKey) : null;
  const failedForGood =
    (event.eventType === "STEP_FAILURE" && event.extra?.willRetry !== true) ||
    event.eventType === "ASSET_MATERIALIZATION_FAILURE";
  const stepStatus = failedForGood ? "FAILURE" : stepStatusByEvent[event.eventType];
  if (runId && event.stepKey && stepStatus) {
    const attempt = event.attempt ?? null;
    if (stepStatus === "RUNNING") {
      // One statement: the bar in the timeline starts at the first attempt, not at a retry. Prisma keeps DateTime
      // as UTC wall time in a column without a zone, so the time goes in as such, whatever the session's zone.
      const utc = timestamp.toISOString().slice(0, -1);
      await tx.$executeRaw`
        UPDATE "Step" SET "status" = 'RUNNING', "attempt" = COALESCE(${attempt}::int, "attempt"), "startTime" = COALESCE("startTime", ${utc}::timestamp)
        WHERE "runId" = ${runId} AND "stepKey" = ${event.stepKey}`;
    } else {
      await tx.step.updateMany({
        where: { runId, stepKey: event.stepKey },
        data: { status: stepStatus, ...(attempt !== null ? { attempt } : {}), endTime: timestamp },
      });
    }
  }
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
    const inputs = await stalenessInputs(tx, assetKey, loadRun);
    const data = {
      lastMaterializationEventId: eventId,
      lastMaterializationAt: timestamp,
      lastMaterializationRunId: runId,
      lastMaterializationDataVersion: typeof event.extra?.dataVersion === "string" ? event.extra.dataVersion : null,
      ...inputs,
    };
    await tx.assetStatus.upsert({ where: { assetKey }, create: { assetKey, ...data }, update: data });
    if (event.partitionKey != null)
      await recordPartitionMaterialization(
        tx,
        assetKey,
        event.partitionKey,
        eventId,
        inputs.lastCodeVersion,
        timestamp,
      );
  } else if (event.eventType === "ASSET_OBSERVATION") {
    const dataVersion = typeof event.extra?.dataVersion === "string" ? event.extra.dataVersion : null;
    const data = { lastObservationAt: timestamp, ...(dataVersion ? { lastObservationDataVersion: dataVersion } : {}) };
    await tx.assetStatus.upsert({ where: { assetKey }, create: { assetKey, ...data }, update: data });
  } else if (event.eventType === "ASSET_CHECK_EVALUATION") {
    await recordCheckExecution(tx, runId, assetKey, event, timestamp);
  } else if (failedForGood) {
    const data = {
      lastFailureAt: timestamp,
      lastFailureRunId: runId,
      lastFailureMessage: event.error?.message ?? null,
    };
    await tx.assetStatus.upsert({ where: { assetKey }, create: { assetKey, ...data }, update: data });
  }
}

/**
 * The partition's latest materialization, after the asset's status row was written (and so locked to the end of the
 * transaction): the row's new seq then grows in commit order per asset, which lets readers read only what is new.
 * A materialization older than the recorded one (a concurrent run's, committed later) changes nothing.
 */
async function recordPartitionMaterialization(
  tx: Tx,
  assetKey: string,
  partitionKey: string,
  eventId: bigint,
  codeVersion: string | null | undefined,
  timestamp: Date,
): Promise<void> {
  // Prisma keeps DateTime as UTC wall time in a column without a zone.
  const utc = timestamp.toISOString().slice(0, -1);
  await tx.$executeRaw`
    INSERT INTO "AssetPartitionMaterialization" ("assetKey", "partitionKey", "eventId", "codeVersion", "materializedAt")
    VALUES (${assetKey}, ${partitionKey}, ${eventId}, ${codeVersion ?? null}, ${utc}::timestamp)
    ON CONFLICT ("assetKey", "partitionKey") DO UPDATE SET
      "eventId" = EXCLUDED."eventId", "codeVersion" = EXCLUDED."codeVersion", "materializedAt" = EXCLUDED."materializedAt",
      "seq" = nextval(pg_get_serial_sequence('"AssetPartitionMaterialization"', 'seq'))
    WHERE "AssetPartitionMaterialization"."eventId" < EXCLUDED."eventId"`;
}

/** What a materialization is made from: the asset's code version and each upstream's version, from the run's snapshot. */
async function stalenessInputs(
  tx: Tx,
  assetKey: string,
  loadRun: () => Promise<RunPartitions | null>,
): Promise<{ lastCodeVersion?: string | null; lastUpstreamVersions?: Record<string, string | null> }> {
  const run = await loadRun();
  const node = run?.snapshotId ? (await snapshotNodes(tx, run.snapshotId)).get(assetKey) : undefined;
  if (!node) return {};
  const upstreamKeys = node.dependencyKeys.map((key) => toAssetKeyString(key));
  const statuses =
    upstreamKeys.length > 0 ? await tx.assetStatus.findMany({ where: { assetKey: { in: upstreamKeys } } }) : [];
  const byKey = new Map(statuses.map((status) => [status.assetKey, status]));
  return {
    lastCodeVersion: node.codeVersion,
    lastUpstreamVersions: Object.fromEntries(upstreamKeys.map((key) => [key, upstreamVersion(byKey.get(key))])),
  };
}

// A run's snapshot and partitions are fixed when it is created: read once per process rather than once per batch of
// its events. The most recent runs only; a run process executes one run at a time, a worker a few.
const runPartitionsById = new Map<string, RunPartitions>();
const KEEP_RUN_PARTITIONS = 256;

async function readRunPartitions(tx: Tx, runId: string): Promise<RunPartitions | null> {
  const known = runPartitionsById.get(runId);
  if (known) return known;
  const run = await tx.run.findUnique({
    where: { id: runId },
    select: { snapshotId: true, partitionKey: true, partitionRangeStart: true, partitionRangeEnd: true },
  });
  if (!run) return null;
  if (runPartitionsById.size >= KEEP_RUN_PARTITIONS) runPartitionsById.delete(runPartitionsById.keys().next().value!);
  runPartitionsById.set(runId, run);
  return run;
}

/** Events in one multi-row INSERT: ten thousand bound parameters, well under Postgres' 65,535. */
const EVENTS_PER_INSERT = 1000;

function eventRow(runId: string | null, event: EventInput, timestamp: Date) {
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
  tx: Tx,
  runId: string | null,
  events: readonly EventInput[],
  runOf: (event: EventInput) => () => Promise<RunPartitions | null>,
): Promise<bigint[]> {
  const ids: bigint[] = [];
  const timestamps = events.map((event) => event.timestamp ?? new Date());
  for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
    const rows = events
      .slice(start, start + EVENTS_PER_INSERT)
      .map((event, index) => eventRow(runId, event, timestamps[start + index] as Date));
    const inserted = await tx.event.createManyAndReturn({ data: rows, select: { id: true } });
    // Ids come from one sequence in row order; sorting them does not depend on the order RETURNING lists them in.
    ids.push(...inserted.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  // Partition status is derived last, in event order: it locks the asset's one status row, which every run of the
  // asset (a backfill's thousands) writes, so the lock is held for the end of the transaction only.
  const partitionEvents: { event: PartitionEvent; loadRun: () => Promise<RunPartitions | null> }[] = [];
  for (const [index, event] of events.entries()) {
    const loadRun = runOf(event);
    const collected: PartitionEvent[] = [];
    await deriveFromEvent(tx, runId, event, timestamps[index] as Date, ids[index] as bigint, loadRun, collected);
    for (const partitionEvent of collected) partitionEvents.push({ event: partitionEvent, loadRun });
  }
  for (const { event, loadRun } of partitionEvents) await derivePartitionStatus(tx, event, loadRun);
  return ids;
}

/**
 * Appends a run's events in order; returns their ids. The rows go in with multi-row inserts (a thousand log lines are
 * one statement, not a thousand), then what derives from them is updated event by event, in the same transaction.
 */
export async function appendRunEvents(db: Database | Tx, runId: string, events: EventInput[]): Promise<bigint[]> {
  return inTransaction(db, (tx) => {
    const loadRun = () => readRunPartitions(tx, runId);
    return appendEvents(tx, runId, events, () => loadRun);
  });
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
  return appendEvents(tx, null, events, (event) => {
    const partitions: RunPartitions = {
      snapshotId: (event as AssetEventInput).snapshotId,
      partitionKey: event.partitionKey ?? null,
      partitionRangeStart: null,
      partitionRangeEnd: null,
    };
    return async () => partitions;
  });
}
