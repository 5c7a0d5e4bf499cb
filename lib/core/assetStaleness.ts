// Staleness of every asset of a graph, partition by partition for partitioned assets, carried downstream: an asset
// (or a partition) reading an unsynced upstream is unsynced too, with the causes of the asset at the root. Computed in
// dependency order; an asset whose inputs and upstream results did not change keeps its result.
import {
  codeVersionCauses,
  newerUpstreamPartitions,
  type PartitionMaterializationsInSpace,
} from "./partitionStaleness";
import {
  type IndexRange,
  intersectRanges,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  rangesCount,
  unionRanges,
} from "./partitions";
import { downstreamPartitionRanges } from "./partitions/partitionMapping";
import { type StalenessInput, type StaleStatus, staleness } from "./staleness";

export interface AssetStaleCause {
  /** The asset the cause is about: the asset itself, an upstream, or the unsynced asset at the root of a chain. */
  key: string;
  reason: string;
  /** The upstream through which an unsynced upstream's cause reaches this asset; null for the asset's own causes. */
  dependencyKey: string | null;
  /** Partitioned assets: how many of its partitions the cause makes unsynced. */
  partitionCount: number | null;
  /** Partitioned assets: those partitions, as positions in its key space. */
  partitions: IndexRange[] | null;
}

export interface AssetPartitionStaleness {
  /** Materialized partitions that are unsynced, as positions in the asset's key space. */
  unsynced: IndexRange[];
  unsyncedCount: number;
  partitionCount: number;
}

export interface AssetStaleness {
  status: StaleStatus;
  causes: AssetStaleCause[];
  /** Per partition, for partitioned assets; null otherwise. */
  partitions: AssetPartitionStaleness | null;
}

/** What one asset's staleness is computed from; the caller keeps these objects while unchanged (see graphStaleness). */
export interface AssetStalenessInput {
  key: string;
  isSource: boolean;
  codeVersion: string | null;
  /** Current upstream keys (duplicates count once; an asset reading its own earlier partitions is left out). */
  upstreamKeys: readonly string[];
  /** The mapping through which it reads each upstream (ignored for unpartitioned assets). */
  mappingOf(upstreamKey: string): PartitionMappingSnapshot;
  space: PartitionKeySpace | null;
  /** Partitioned assets: each partition's latest materialization in `space`. */
  partitions: PartitionMaterializationsInSpace | null;
  /** Unpartitioned assets: its latest materialization and what it was made from. */
  materialized: boolean;
  lastCodeVersion: string | null;
  recordedUpstream: Readonly<Record<string, string | null>> | null;
  /** The asset's version now as a downstream records it (see upstreamVersion), and its latest event id. */
  version: string | null;
  lastEventId: number | null;
}

/** At most this many causes are listed per asset; the unsynced partitions are exact whatever the list leaves out. */
export const MAX_STALE_CAUSES = 5;

const UP_TO_DATE: AssetStaleness = { status: "UP_TO_DATE", causes: [], partitions: null };

/** One asset's staleness from its input and its upstreams' inputs and results (which must be computed already). */
export function assetStaleness(
  input: AssetStalenessInput,
  upstream: (key: string) => { input: AssetStalenessInput; result: AssetStaleness } | undefined,
): AssetStaleness {
  if (input.isSource) return UP_TO_DATE;
  return input.space && input.partitions
    ? partitionedStaleness(input, input.space, input.partitions, upstream)
    : unpartitionedStaleness(input, upstream);
}

function unpartitionedStaleness(
  input: AssetStalenessInput,
  upstream: (key: string) => { input: AssetStalenessInput; result: AssetStaleness } | undefined,
): AssetStaleness {
  const own: StalenessInput = {
    isSource: false,
    materialized: input.materialized,
    codeVersion: input.codeVersion,
    lastCodeVersion: input.lastCodeVersion,
    recordedUpstream: input.recordedUpstream,
    upstreamKeys: input.upstreamKeys,
    currentVersion: (key) => upstream(key)?.input.version ?? null,
  };
  const result = staleness(input.key, own);
  if (result.status === "MISSING")
    return { status: "MISSING", causes: result.causes.map((c) => ownCause(c, null)), partitions: null };
  const causes = result.causes.map((c) => ownCause(c, null));
  for (const key of input.upstreamKeys) {
    const found = upstream(key);
    if (found?.result.status !== "STALE") continue;
    for (const cause of found.result.causes) addCause(causes, carried(key, cause, null));
  }
  return { status: causes.length > 0 ? "STALE" : "UP_TO_DATE", causes: limited(causes), partitions: null };
}

function partitionedStaleness(
  input: AssetStalenessInput,
  space: PartitionKeySpace,
  partitions: PartitionMaterializationsInSpace,
  upstream: (key: string) => { input: AssetStalenessInput; result: AssetStaleness } | undefined,
): AssetStaleness {
  const materialized = partitions.materialized;
  if (materialized.length === 0) {
    const causes = [ownCause({ key: input.key, reason: "never materialized" }, null)];
    return { status: "MISSING", causes, partitions: { unsynced: [], unsyncedCount: 0, partitionCount: space.size } };
  }
  const causes: AssetStaleCause[] = codeVersionCauses(input.key, partitions, input.codeVersion).map((c) =>
    ownCause(c, c.partitions),
  );
  let unsynced: IndexRange[] = [];
  for (const cause of causes) unsynced = unionRanges(unsynced, cause.partitions ?? []);
  for (const key of input.upstreamKeys) {
    const found = upstream(key);
    if (!found || found.input.isSource) continue;
    const mapping = input.mappingOf(key);
    const up = found.input;
    const newer = newerUpstreamPartitions(space, partitions, {
      key,
      space: up.space,
      mapping,
      materializations: up.partitions,
      lastEventId: up.lastEventId,
    });
    if (newer.length > 0) {
      unsynced = unionRanges(unsynced, newer);
      addCause(causes, ownCause({ key, reason: `upstream ${key} updated` }, newer));
    }
    if (found.result.status !== "STALE") continue;
    // The partitions reading an unsynced upstream partition (every partition, for an unpartitioned upstream).
    const reach = (ranges: readonly IndexRange[] | null) =>
      intersectRanges(
        up.space && ranges ? downstreamPartitionRanges(mapping, up.space, ranges, space) : [[0, space.size - 1]],
        materialized,
      );
    const reached = reach(found.result.partitions?.unsynced ?? null);
    if (reached.length === 0) continue;
    unsynced = unionRanges(unsynced, reached);
    for (const cause of found.result.causes) {
      const through = up.space ? reach(cause.partitions) : reached;
      if (through.length > 0) addCause(causes, carried(key, cause, through));
    }
  }
  const unsyncedCount = rangesCount(unsynced);
  return {
    status: unsyncedCount > 0 ? "STALE" : "UP_TO_DATE",
    causes: limited(causes),
    partitions: { unsynced, unsyncedCount, partitionCount: space.size },
  };
}

function ownCause(cause: { key: string; reason: string }, partitions: IndexRange[] | null): AssetStaleCause {
  return {
    key: cause.key,
    reason: cause.reason,
    dependencyKey: null,
    partitionCount: partitions ? rangesCount(partitions) : null,
    partitions,
  };
}

/** An unsynced upstream's cause as this asset sees it: named after the asset at the root of the chain. */
function carried(upstreamKey: string, cause: AssetStaleCause, partitions: IndexRange[] | null): AssetStaleCause {
  const atRoot = cause.dependencyKey === null;
  return {
    key: atRoot ? upstreamKey : cause.key,
    reason: atRoot ? `upstream ${upstreamKey} is unsynced: ${cause.reason}` : cause.reason,
    dependencyKey: upstreamKey,
    partitionCount: partitions ? rangesCount(partitions) : null,
    partitions,
  };
}

/** Adds a cause, merging it into one with the same reason (a root reached through two upstreams counts once). */
function addCause(causes: AssetStaleCause[], cause: AssetStaleCause): void {
  const same = causes.find((c) => c.key === cause.key && c.reason === cause.reason);
  if (!same) {
    causes.push(cause);
    return;
  }
  if (same.partitions && cause.partitions) {
    same.partitions = unionRanges(same.partitions, cause.partitions);
    same.partitionCount = rangesCount(same.partitions);
  }
}

function limited(causes: AssetStaleCause[]): AssetStaleCause[] {
  return causes.length > MAX_STALE_CAUSES ? causes.slice(0, MAX_STALE_CAUSES) : causes;
}

/** An asset's input and result in one computation, kept to compute the next one incrementally. */
export interface StalenessState {
  inputs: ReadonlyMap<string, AssetStalenessInput>;
  results: ReadonlyMap<string, AssetStaleness>;
}

/**
 * Staleness of every asset of `order` (dependency order: upstreams first). An asset whose input object and whose
 * upstreams' results are those of `previous` keeps its previous result; a recomputed result equal to the previous one
 * is replaced by it, so its downstreams keep theirs.
 */
export function graphStaleness(
  order: readonly string[],
  inputOf: (key: string) => AssetStalenessInput | undefined,
  previous: StalenessState | null,
): StalenessState {
  const inputs = new Map<string, AssetStalenessInput>();
  const results = new Map<string, AssetStaleness>();
  const upstream = (key: string) => {
    const input = inputs.get(key);
    const result = results.get(key);
    return input && result ? { input, result } : undefined;
  };
  for (const key of order) {
    const input = inputOf(key);
    if (!input) continue;
    inputs.set(key, input);
    const before = previous?.results.get(key);
    const unchanged =
      before !== undefined &&
      previous?.inputs.get(key) === input &&
      input.upstreamKeys.every(
        (up) => previous.inputs.get(up) === inputs.get(up) && previous.results.get(up) === results.get(up),
      );
    if (unchanged) {
      results.set(key, before);
      continue;
    }
    const result = assetStaleness(input, upstream);
    results.set(key, before && sameStaleness(before, result) ? before : result);
  }
  return { inputs, results };
}

function sameRanges(a: readonly IndexRange[] | null, b: readonly IndexRange[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every(([first, last], i) => first === b[i]?.[0] && last === b[i]?.[1]);
}

function sameStaleness(a: AssetStaleness, b: AssetStaleness): boolean {
  if (a.status !== b.status || a.causes.length !== b.causes.length) return false;
  if ((a.partitions === null) !== (b.partitions === null)) return false;
  if (a.partitions && b.partitions) {
    if (a.partitions.partitionCount !== b.partitions.partitionCount) return false;
    if (!sameRanges(a.partitions.unsynced, b.partitions.unsynced)) return false;
  }
  return a.causes.every((cause, i) => {
    const other = b.causes[i];
    return (
      other !== undefined &&
      cause.key === other.key &&
      cause.reason === other.reason &&
      cause.dependencyKey === other.dependencyKey &&
      sameRanges(cause.partitions, other.partitions)
    );
  });
}
