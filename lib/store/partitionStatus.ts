// Partition status of partitioned assets: derived from the event log in the event's transaction, stored as key
// ranges per status (one row per asset however many partitions it has), read back as index ranges of a key space.
import {
  fromKeyRanges,
  partitionKeySelection,
  type RunPartitionSelection,
  rangesFromIndices,
  subtractRanges,
  toKeyRanges,
  unionRanges,
} from "../core/partitions";
import type { IndexRange, KeyRange, PartitionKeySpace } from "../core/partitions/types";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";
import { keySpaceForDefinition, partitionsDefinitionFor } from "./partitionKeySpaces";
import { runPartitions } from "./runPartitions";
import { type SqlTx, type Statement, sqlInPrisma, utcWallTime } from "./sql";

export interface PartitionStatus {
  materialized: IndexRange[];
  failed: IndexRange[];
  inProgress: IndexRange[];
}

/** The stored form: ranges of keys, so a status survives keys being added to (or removed from) the space. */
export interface StoredPartitionStatus {
  materialized: KeyRange[];
  failed: KeyRange[];
  inProgress: KeyRange[];
}

type StatusName = keyof PartitionStatus;
const STATUS_NAMES: readonly StatusName[] = ["materialized", "failed", "inProgress"];

const isKeyRange = (value: unknown): value is KeyRange =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string";

function toKeyRangeList(json: unknown): KeyRange[] {
  return Array.isArray(json) ? json.filter(isKeyRange) : [];
}

function toStored(row: Record<StatusName, unknown>): StoredPartitionStatus {
  return {
    materialized: toKeyRangeList(row.materialized),
    failed: toKeyRangeList(row.failed),
    inProgress: toKeyRangeList(row.inProgress),
  };
}

interface CachedStoredStatus {
  /** The row version it was read from (Postgres's xmin: a committed update always makes a new one). */
  version: string;
  stored: StoredPartitionStatus;
}

// Parsed statuses by database client and asset key. The Partitions tab polls while runs move; between changes its
// 100,000-partition asset's row (a megabyte of key ranges when its statuses are fragmented) is not read again.
const storedByClient = new WeakMap<object, Map<string, CachedStoredStatus>>();

/**
 * Stored statuses of the given assets (key strings); assets never touched by a partitioned run are absent. Rows
 * unchanged since this client last read them come from memory: shared objects, read-only.
 */
export async function readStoredPartitionStatuses(
  db: PrismaClient | Tx,
  assetKeys: readonly string[],
): Promise<Map<string, StoredPartitionStatus>> {
  if (assetKeys.length === 0) return new Map();
  let cache = storedByClient.get(db);
  if (!cache) {
    cache = new Map();
    storedByClient.set(db, cache);
  }
  const keys = [...assetKeys];
  const versions = await db.$queryRaw<{ assetKey: string; version: string }[]>`
    SELECT "assetKey", xmin::text AS "version" FROM "AssetPartitionStatus" WHERE "assetKey" = ANY(${keys})`;
  const changed = versions.filter((v) => cache.get(v.assetKey)?.version !== v.version).map((v) => v.assetKey);
  if (changed.length > 0) {
    const rows = await db.$queryRaw<(Record<StatusName, unknown> & { assetKey: string; version: string })[]>`
      SELECT "assetKey", xmin::text AS "version", "materialized", "failed", "inProgress" FROM "AssetPartitionStatus" WHERE "assetKey" = ANY(${changed})`;
    for (const row of rows) cache.set(row.assetKey, { version: row.version, stored: toStored(row) });
  }
  const statuses = new Map<string, StoredPartitionStatus>();
  for (const { assetKey } of versions) {
    const found = cache.get(assetKey);
    if (found) statuses.set(assetKey, found.stored);
  }
  return statuses;
}

// Positions of a stored status in a space, for as long as both are in use (both are shared, read-only objects).
const inSpaceByStored = new WeakMap<StoredPartitionStatus, WeakMap<PartitionKeySpace, PartitionStatus>>();

/** A stored status as positions in `space`; keys no longer in the space drop out. The result is shared: read-only. */
export function partitionStatusInSpace(
  stored: StoredPartitionStatus | null | undefined,
  space: PartitionKeySpace,
): PartitionStatus {
  if (!stored) return { materialized: [], failed: [], inProgress: [] };
  let bySpace = inSpaceByStored.get(stored);
  if (!bySpace) {
    bySpace = new WeakMap();
    inSpaceByStored.set(stored, bySpace);
  }
  let status = bySpace.get(space);
  if (!status) {
    status = {
      materialized: fromKeyRanges(space, stored.materialized),
      failed: fromKeyRanges(space, stored.failed),
      inProgress: fromKeyRanges(space, stored.inProgress),
    };
    bySpace.set(space, status);
  }
  return status;
}

export async function readPartitionStatus(
  db: PrismaClient | Tx,
  assetKey: string,
  space: PartitionKeySpace,
): Promise<PartitionStatus> {
  return partitionStatusInSpace((await readStoredPartitionStatuses(db, [assetKey])).get(assetKey), space);
}

/**
 * What an event does to the partitions it names: a start marks them in progress; a materialization or a final
 * failure is their latest outcome (the other outcome is cleared); any end of a step clears "in progress".
 */
export type PartitionOutcome = "started" | "materialized" | "failed" | "ended";

function applyOutcome(
  status: PartitionStatus,
  outcome: PartitionOutcome,
  ranges: readonly IndexRange[],
): Partial<PartitionStatus> {
  switch (outcome) {
    case "started":
      return { inProgress: unionRanges(status.inProgress, ranges) };
    case "materialized":
      return {
        materialized: unionRanges(status.materialized, ranges),
        failed: subtractRanges(status.failed, ranges),
        inProgress: subtractRanges(status.inProgress, ranges),
      };
    case "failed":
      return {
        failed: unionRanges(status.failed, ranges),
        materialized: subtractRanges(status.materialized, ranges),
        inProgress: subtractRanges(status.inProgress, ranges),
      };
    case "ended":
      return { inProgress: subtractRanges(status.inProgress, ranges) };
  }
}

/** One outcome for positions of a space, as an event leaves it. */
export interface PartitionChange {
  space: PartitionKeySpace;
  outcome: PartitionOutcome;
  ranges: readonly IndexRange[];
}

/**
 * Records an outcome for positions of `space` inside the caller's transaction. The row is locked first (created
 * when missing), so concurrent runs of one asset apply their changes one after another and none is lost.
 */
export function recordPartitionOutcome(
  tx: Tx,
  assetKey: string,
  space: PartitionKeySpace,
  outcome: PartitionOutcome,
  ranges: readonly IndexRange[],
): Promise<void> {
  return recordPartitionChanges(sqlInPrisma(tx), assetKey, [{ space, outcome, ranges }]);
}

const LOCK_STATUS_ROW: Statement = {
  name: "strata_lock_partition_status",
  text: `SELECT "materialized", "failed", "inProgress" FROM "AssetPartitionStatus" WHERE "assetKey" = $1 FOR UPDATE`,
};

const CREATE_STATUS_ROW: Statement = {
  name: "strata_create_partition_status",
  text: `INSERT INTO "AssetPartitionStatus" ("assetKey", "updatedAt") VALUES ($1, now()) ON CONFLICT ("assetKey") DO NOTHING`,
};

/** A partition status row as read, with its version (xmin) for a write only if it is unchanged. */
export type PartitionStatusRow = Record<StatusName, unknown> & { version: string };

const READ_STATUS_ROW: Statement = {
  name: "strata_read_partition_status",
  text: `SELECT "materialized", "failed", "inProgress", xmin::text AS "version" FROM "AssetPartitionStatus" WHERE "assetKey" = $1`,
};

// A status left null keeps the stored one (see recordPartitionChanges).
const WRITE_STATUSES = `
  UPDATE "AssetPartitionStatus" SET
    "materialized" = COALESCE($2::jsonb, "materialized"),
    "failed" = COALESCE($3::jsonb, "failed"),
    "inProgress" = COALESCE($4::jsonb, "inProgress"),
    "updatedAt" = $5::timestamp(3)
  WHERE "assetKey" = $1`;

const WRITE_STATUS_ROW_IF_UNCHANGED: Statement = {
  name: "strata_write_partition_status_if_unchanged",
  text: `${WRITE_STATUSES} AND xmin::text = $6 RETURNING 1`,
};

const WRITE_STATUS_ROW: Statement = { name: "strata_write_partition_status", text: WRITE_STATUSES };

/**
 * Applies a batch's changes of one asset in order, under one lock of its row and with one write: a partition run's
 * start, materialization and end in one batch lock the row once, not three times.
 */
async function recordPartitionChanges(
  tx: SqlTx,
  assetKey: string,
  changes: readonly PartitionChange[],
  read?: PartitionStatusRow | null,
): Promise<void> {
  const effective = changes.filter((change) => change.ranges.length > 0);
  if (effective.length === 0) return;
  // The row as last committed (read here unlocked, unless the caller read it in this transaction, locked with the
  // asset's status): written back only if no one changed it since (its xmin), so a row read unlocked stays locked for
  // the end of the transaction alone. A concurrent change, or no row yet, takes the locked way below.
  const seen = read !== undefined ? read : (await tx.query<PartitionStatusRow>(READ_STATUS_ROW, [assetKey]))[0];
  if (seen) {
    const next = applyChanges(toStored(seen), effective);
    if (!next) return;
    if ((await tx.query(WRITE_STATUS_ROW_IF_UNCHANGED, [...writeValues(assetKey, next), seen.version])).length > 0)
      return;
  }
  const lockRow = () => tx.query<Record<StatusName, unknown>>(LOCK_STATUS_ROW, [assetKey]);
  let [row] = await lockRow();
  if (!row) {
    // The asset's first partitioned event: create the row (a concurrent first event may win the race), then lock it.
    await tx.query(CREATE_STATUS_ROW, [assetKey]);
    [row] = await lockRow();
  }
  const next = applyChanges(row ? toStored(row) : null, effective);
  if (next) await tx.query(WRITE_STATUS_ROW, writeValues(assetKey, next));
}

/** A stored status and the names of the statuses rewritten in it. */
interface StatusRewrite {
  stored: StoredPartitionStatus;
  rewritten: ReadonlySet<StatusName>;
}

/** The stored status after the changes, in order; null when they change nothing. */
function applyChanges(from: StoredPartitionStatus | null, changes: readonly PartitionChange[]): StatusRewrite | null {
  let stored = from;
  const rewritten = new Set<StatusName>();
  for (const { space, outcome, ranges } of changes) {
    const current = partitionStatusInSpace(stored, space);
    const changed = applyOutcome(current, outcome, ranges);
    // Only the statuses the outcome changes are rewritten, so keys outside this space survive in the others; an
    // outcome that changes nothing (a step's end after its materialization cleared "in progress") writes nothing.
    const next: StoredPartitionStatus = stored ? { ...stored } : { materialized: [], failed: [], inProgress: [] };
    for (const name of STATUS_NAMES) {
      const ranges = changed[name];
      if (!ranges || sameRanges(ranges, current[name])) continue;
      next[name] = toKeyRanges(space, ranges).map(([first, last]) => [first, last]);
      rewritten.add(name);
    }
    stored = next;
  }
  return rewritten.size > 0 && stored ? { stored, rewritten } : null;
}

/** WRITE_STATUS_ROW's values: a status not rewritten is null, which keeps the stored one. */
function writeValues(assetKey: string, { stored, rewritten }: StatusRewrite): unknown[] {
  const json = (name: StatusName) => (rewritten.has(name) ? JSON.stringify(stored[name]) : null);
  return [assetKey, json("materialized"), json("failed"), json("inProgress"), utcWallTime(new Date())];
}

function sameRanges(a: readonly IndexRange[], b: readonly IndexRange[]): boolean {
  return a.length === b.length && a.every(([first, last], i) => first === b[i]?.[0] && last === b[i]?.[1]);
}

/** What the derivation needs of an appended event. */
export interface PartitionEvent {
  runId: string | null;
  eventType: string;
  stepKey: string | null;
  assetKey: string;
  /** The event's own key; null for the step events of a range run, whose range is the run's. */
  partitionKey: string | null;
  /** STEP_FAILURE that will be retried: not an outcome yet. */
  willRetry: boolean;
}

export interface RunPartitions {
  snapshotId: string | null;
  partitionKey: string | null;
  partitionRangeStart: string | null;
  partitionRangeEnd: string | null;
}

const OUTCOME_BY_EVENT: Partial<Record<string, PartitionOutcome>> = {
  STEP_START: "started",
  ASSET_MATERIALIZATION: "materialized",
  STEP_FAILURE: "failed",
  // Only reported from outside a run (a run's failures are its steps'): the partition's attempt failed.
  ASSET_MATERIALIZATION_FAILURE: "failed",
  STEP_SUCCESS: "ended",
  STEP_SKIPPED: "ended",
  STEP_CANCELED: "ended",
};

/** The partition key or range an event is about: its own key, else its run's partitions (a range run's step events). */
function eventPartitions(event: PartitionEvent, run: RunPartitions): RunPartitionSelection | null {
  if (event.partitionKey !== null) return partitionKeySelection(event.partitionKey);
  const partitions = runPartitions(run);
  // One materialization names one partition; a range run's materialization without a key says nothing.
  if (partitions?.kind === "range" && event.eventType === "ASSET_MATERIALIZATION") return null;
  return partitions;
}

function positions(space: PartitionKeySpace, partitions: RunPartitionSelection): IndexRange[] {
  if (partitions.kind === "key") {
    const index = space.indexOf(partitions.key);
    return index < 0 ? [] : [[index, index]];
  }
  const first = space.indexOf(partitions.start);
  const last = space.indexOf(partitions.end);
  return first < 0 || last < first ? [] : [[first, last]];
}

/** Partitions of the step that its current attempt already materialized: a later failure does not undo them. */
const STEP_ATTEMPT_EVENTS: Statement = {
  name: "strata_step_attempt_events",
  text: `
    SELECT "eventType", "partitionKey", "assetKey" FROM "Event"
    WHERE "runId" = $1::uuid AND "stepKey" = $2 AND "eventType" IN ('STEP_START', 'ASSET_MATERIALIZATION')
    ORDER BY "id"`,
};

async function materializedSinceStart(
  tx: SqlTx,
  event: PartitionEvent,
  space: PartitionKeySpace,
): Promise<IndexRange[]> {
  if (!event.stepKey) return [];
  const rows = await tx.query<{ eventType: string; partitionKey: string | null; assetKey: string | null }>(
    STEP_ATTEMPT_EVENTS,
    [event.runId, event.stepKey],
  );
  let indices: number[] = [];
  for (const row of rows) {
    if (row.eventType === "STEP_START") indices = [];
    else if (row.assetKey === event.assetKey && row.partitionKey !== null)
      indices.push(space.indexOf(row.partitionKey));
  }
  return rangesFromIndices(indices.filter((i) => i >= 0));
}

/**
 * What one appended event does to its asset's partition status: null for events of runs without a snapshot or a
 * partition, and of unpartitioned assets.
 */
async function partitionChange(
  tx: SqlTx,
  event: PartitionEvent,
  loadRun: () => Promise<RunPartitions | null>,
): Promise<PartitionChange | null> {
  const outcome = OUTCOME_BY_EVENT[event.eventType];
  if (!outcome || (event.eventType === "STEP_FAILURE" && event.willRetry)) return null;
  const run = await loadRun();
  if (!run?.snapshotId) return null;
  const partitions = eventPartitions(event, run);
  if (!partitions) return null;
  const definition = await partitionsDefinitionFor(tx, run.snapshotId, event.assetKey);
  if (!definition) return null;
  const space = await keySpaceForDefinition(tx, definition, new Date());
  let ranges = positions(space, partitions);
  if (outcome === "failed" && ranges.length > 0)
    ranges = subtractRanges(ranges, await materializedSinceStart(tx, event, space));
  return { space, outcome, ranges };
}

/**
 * Updates partition status for a batch of appended events, in their transaction: each asset's changes in event order,
 * under one lock of its row, the assets in key order (so two batches never wait on each other's rows in a cycle).
 */
export async function derivePartitionStatuses(
  tx: SqlTx,
  events: readonly { event: PartitionEvent; loadRun: () => Promise<RunPartitions | null> }[],
  /** Status rows the caller read earlier in the transaction, by asset (null: no row). */
  read: ReadonlyMap<string, PartitionStatusRow | null> = new Map(),
): Promise<void> {
  const byAsset = new Map<string, PartitionChange[]>();
  for (const { event, loadRun } of events) {
    const change = await partitionChange(tx, event, loadRun);
    if (!change) continue;
    const changes = byAsset.get(event.assetKey) ?? [];
    changes.push(change);
    byAsset.set(event.assetKey, changes);
  }
  const assetKeys = [...byAsset.keys()].sort();
  for (const assetKey of assetKeys)
    await recordPartitionChanges(tx, assetKey, byAsset.get(assetKey) ?? [], read.get(assetKey));
}
