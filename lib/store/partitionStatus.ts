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
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { keySpaceForDefinition, partitionsDefinitionFor } from "./partitionKeySpaces";
import { runPartitions } from "./runPartitions";

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

/**
 * Records an outcome for positions of `space` inside the caller's transaction. The row is locked first (created
 * when missing), so concurrent runs of one asset apply their changes one after another and none is lost.
 */
export async function recordPartitionOutcome(
  tx: Tx,
  assetKey: string,
  space: PartitionKeySpace,
  outcome: PartitionOutcome,
  ranges: readonly IndexRange[],
): Promise<void> {
  if (ranges.length === 0) return;
  const lockRow = () => tx.$queryRaw<Record<StatusName, unknown>[]>`
    SELECT "materialized", "failed", "inProgress" FROM "AssetPartitionStatus" WHERE "assetKey" = ${assetKey} FOR UPDATE`;
  let [row] = await lockRow();
  if (!row) {
    // The asset's first partitioned event: create the row (a concurrent first event may win the race), then lock it.
    await tx.$executeRaw`INSERT INTO "AssetPartitionStatus" ("assetKey", "updatedAt") VALUES (${assetKey}, now()) ON CONFLICT ("assetKey") DO NOTHING`;
    [row] = await lockRow();
  }
  const current = partitionStatusInSpace(row ? toStored(row) : null, space);
  const changed = applyOutcome(current, outcome, ranges);
  // Only the statuses the outcome changes are rewritten, so keys outside this space survive in the others; an outcome
  // that changes nothing (a step's end after its materialization cleared "in progress") writes nothing.
  const data: Prisma.AssetPartitionStatusUpdateInput = {};
  for (const name of STATUS_NAMES) {
    const next = changed[name];
    if (next && !sameRanges(next, current[name]))
      data[name] = toKeyRanges(space, next).map(([first, last]) => [first, last]);
  }
  if (Object.keys(data).length > 0) await tx.assetPartitionStatus.update({ where: { assetKey }, data });
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
async function materializedSinceStart(tx: Tx, event: PartitionEvent, space: PartitionKeySpace): Promise<IndexRange[]> {
  if (!event.stepKey) return [];
  const rows = await tx.event.findMany({
    where: { runId: event.runId, stepKey: event.stepKey, eventType: { in: ["STEP_START", "ASSET_MATERIALIZATION"] } },
    orderBy: { id: "asc" },
    select: { eventType: true, partitionKey: true, assetKey: true },
  });
  let indices: number[] = [];
  for (const row of rows) {
    if (row.eventType === "STEP_START") indices = [];
    else if (row.assetKey === event.assetKey && row.partitionKey !== null)
      indices.push(space.indexOf(row.partitionKey));
  }
  return rangesFromIndices(indices.filter((i) => i >= 0));
}

/**
 * Updates the asset's partition status for one appended event, in the event's transaction. Events of runs
 * without a snapshot or a partition, and of unpartitioned assets, change nothing.
 */
export async function derivePartitionStatus(
  tx: Tx,
  event: PartitionEvent,
  loadRun: () => Promise<RunPartitions | null>,
): Promise<void> {
  const outcome = OUTCOME_BY_EVENT[event.eventType];
  if (!outcome || (event.eventType === "STEP_FAILURE" && event.willRetry)) return;
  const run = await loadRun();
  if (!run?.snapshotId) return;
  const partitions = eventPartitions(event, run);
  if (!partitions) return;
  const definition = await partitionsDefinitionFor(tx, run.snapshotId, event.assetKey);
  if (!definition) return;
  const space = await keySpaceForDefinition(tx, definition, new Date());
  let ranges = positions(space, partitions);
  if (outcome === "failed" && ranges.length > 0)
    ranges = subtractRanges(ranges, await materializedSinceStart(tx, event, space));
  await recordPartitionOutcome(tx, event.assetKey, space, outcome, ranges);
}
