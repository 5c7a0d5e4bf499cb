// Staleness per partition: which materialized partitions of a partitioned asset were made from other code than the
// asset's now, or before a partition they read upstream (through the partition mapping) was materialized again.
// Pure: the caller reads each partition's latest materialization and hands over the key spaces.
import {
  type IndexRange,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  rangesFromIndices,
} from "./partitions";
import { upstreamPartitionRanges } from "./partitions/partitionMapping";

export interface PartitionMaterialization {
  /** The materialization event's id: ids only grow, so a larger one was materialized later. */
  eventId: number;
  /** The asset's code version it was made with; null when unknown. */
  codeVersion: string | null;
}

/** Every materialized partition's latest materialization, by partition key, as the store reads them. */
export interface PartitionMaterializationRecords {
  byKey: ReadonlyMap<string, PartitionMaterialization>;
  /** The largest event id read so far. */
  lastEventId: number;
}

/** Records by position in a key space: compact arrays a 100,000-partition asset walks in a millisecond. */
export interface PartitionMaterializationsInSpace {
  /** Position → latest materialization's event id; 0 for a partition never materialized. */
  eventIds: Float64Array;
  /** Position → index into codeVersions (meaningful where materialized). */
  codeVersionIds: Uint32Array;
  codeVersions: (string | null)[];
  /** The largest event id of a partition in the space; 0 when none is materialized. */
  maxEventId: number;
  materialized: IndexRange[];
}

const inSpaceByRecords = new WeakMap<
  PartitionMaterializationRecords,
  WeakMap<PartitionKeySpace, PartitionMaterializationsInSpace>
>();

/** The records by position of `space`; keys no longer in the space drop out. Shared while both are: read-only. */
export function materializationsInSpace(
  records: PartitionMaterializationRecords,
  space: PartitionKeySpace,
): PartitionMaterializationsInSpace {
  let bySpace = inSpaceByRecords.get(records);
  if (!bySpace) {
    bySpace = new WeakMap();
    inSpaceByRecords.set(records, bySpace);
  }
  let found = bySpace.get(space);
  if (!found) {
    found = project(records, space);
    bySpace.set(space, found);
  }
  return found;
}

function project(records: PartitionMaterializationRecords, space: PartitionKeySpace): PartitionMaterializationsInSpace {
  const eventIds = new Float64Array(space.size);
  const codeVersionIds = new Uint32Array(space.size);
  const codeVersions: (string | null)[] = [];
  const idOfVersion = new Map<string | null, number>();
  const positions: number[] = [];
  let maxEventId = 0;
  for (const [key, { eventId, codeVersion }] of records.byKey) {
    const index = space.indexOf(key);
    if (index < 0) continue;
    let versionId = idOfVersion.get(codeVersion);
    if (versionId === undefined) {
      versionId = codeVersions.length;
      codeVersions.push(codeVersion);
      idOfVersion.set(codeVersion, versionId);
    }
    eventIds[index] = eventId;
    codeVersionIds[index] = versionId;
    positions.push(index);
    if (eventId > maxEventId) maxEventId = eventId;
  }
  return { eventIds, codeVersionIds, codeVersions, maxEventId, materialized: rangesFromIndices(positions) };
}

/** A reason some partitions are unsynced, with those partitions (positions in the asset's space). */
export interface PartitionCause {
  /** The asset the cause is about: the asset itself for a code change, else the upstream asset. */
  key: string;
  reason: string;
  partitions: IndexRange[];
}

/** Materialized partitions whose code version was recorded and differs from `codeVersion`, one cause per old version. */
export function codeVersionCauses(
  key: string,
  materializations: PartitionMaterializationsInSpace,
  codeVersion: string | null,
): PartitionCause[] {
  const { eventIds, codeVersionIds, codeVersions } = materializations;
  const changed = codeVersions.map((version) => version !== null && version !== codeVersion);
  if (!changed.includes(true)) return [];
  const byVersion = new Map<number, number[]>();
  for (let index = 0; index < eventIds.length; index++) {
    const versionId = codeVersionIds[index] as number;
    if (eventIds[index] === 0 || !changed[versionId]) continue;
    const list = byVersion.get(versionId);
    if (list) list.push(index);
    else byVersion.set(versionId, [index]);
  }
  return [...byVersion].map(([versionId, indices]) => ({
    key,
    reason: `code version changed (${codeVersions[versionId]} → ${codeVersion ?? "none"})`,
    partitions: rangesFromIndices(indices),
  }));
}

/** How a partitioned asset reads one upstream asset. */
export interface PartitionedUpstream {
  key: string;
  space: PartitionKeySpace | null;
  mapping: PartitionMappingSnapshot;
  /** The upstream's partitions (partitioned upstream) … */
  materializations: PartitionMaterializationsInSpace | null;
  /** … or its latest materialization's event id (unpartitioned upstream); null when never materialized. */
  lastEventId: number | null;
}

/**
 * Materialized partitions of the downstream asset made before one of the upstream partitions they read was
 * materialized again (an unpartitioned upstream is read by every partition).
 */
export function newerUpstreamPartitions(
  space: PartitionKeySpace,
  materializations: PartitionMaterializationsInSpace,
  upstream: PartitionedUpstream,
): IndexRange[] {
  const { eventIds } = materializations;
  const up = upstream.materializations;
  const upSpace = upstream.space;
  const newest = up && upSpace ? up.maxEventId : (upstream.lastEventId ?? 0);
  if (newest === 0) return [];
  const stale: number[] = [];
  // A partition materialized after every upstream partition is in sync whatever it reads: the common case, at the
  // cost of one comparison.
  const candidate = (index: number) => eventIds[index] !== 0 && (eventIds[index] as number) < newest;
  const sameSpace = upSpace === space && (upstream.mapping.type === "identity" || isZeroWindow(upstream.mapping));
  for (let index = 0; index < eventIds.length; index++) {
    if (!candidate(index)) continue;
    if (!up || !upSpace || upstream.mapping.type === "all") stale.push(index);
    else if (sameSpace) {
      if ((up.eventIds[index] as number) > (eventIds[index] as number)) stale.push(index);
    } else if (
      readsNewer(
        upstreamPartitionRanges(upstream.mapping, space, [[index, index]], upSpace),
        up,
        eventIds[index] as number,
      )
    )
      stale.push(index);
  }
  return rangesFromIndices(stale);
}

function isZeroWindow(mapping: PartitionMappingSnapshot): boolean {
  return mapping.type === "time_window" && mapping.startOffset === 0 && mapping.endOffset === 0;
}

function readsNewer(ranges: readonly IndexRange[], up: PartitionMaterializationsInSpace, eventId: number): boolean {
  for (const [first, last] of ranges)
    for (let i = first; i <= last; i++) if ((up.eventIds[i] as number) > eventId) return true;
  return false;
}
