// Which chosen partitions read upstream partitions that are neither materialized nor part of the backfill: a run of
// such a partition fails on its missing input. The launch dialog warns with counts before launch, and a backfill may
// take those upstream partitions in (transitively), so the planner orders them first.
import type { BackfillTarget } from "../../core/backfill";
import { dependencyPartitionMapping } from "../../core/dependencyMapping";
import {
  downstreamPartitionRanges,
  intersectRanges,
  rangesCount,
  subtractRanges,
  unionRanges,
  upstreamPartitionRanges,
} from "../../core/partitions";
import type { IndexRange } from "../../core/partitions/types";
import { readAssetStatusesOf } from "../../store/assetStatuses";
import type { Database } from "../../store/database";
import { partitionStatusInSpace, readStoredPartitionStatuses } from "../../store/partitionStatus";
import type { Workspace } from "../workspace/workspace";

export interface UpstreamGaps {
  /** Chosen partitions over every partitioned target (an asset's partition counts once per asset). */
  numPartitions: number;
  /** Of those, the partitions reading at least one missing upstream partition. */
  numWithMissingUpstream: number;
  /** Each upstream with missing partitions: how many chosen partitions read one of them, most first. */
  upstreams: { assetKey: string; numPartitions: number }[];
}

/** What each upstream lacks: positions in its space, or null for an unpartitioned upstream never materialized. */
type Missing = Map<string, IndexRange[] | null>;

interface Availability {
  materialized: (assetKey: string) => IndexRange[];
  everMaterialized: (assetKey: string) => boolean;
}

async function readAvailability(db: Database, definitions: Workspace, assetKeys: readonly string[]) {
  const [stored, statuses] = await Promise.all([
    readStoredPartitionStatuses(db, assetKeys),
    readAssetStatusesOf(db, assetKeys),
  ]);
  return {
    materialized: (assetKey: string) => {
      const space = definitions.keySpaceOf(assetKey);
      return space ? [...partitionStatusInSpace(stored.get(assetKey), space).materialized] : [];
    },
    everMaterialized: (assetKey: string) => Boolean(statuses.get(assetKey)?.lastMaterializationAt),
  } satisfies Availability;
}

/** The non-source upstreams of the partitioned targets. */
function upstreamKeysOf(definitions: Workspace, targets: readonly BackfillTarget[]): string[] {
  const keys = new Set<string>();
  for (const target of targets) {
    if (!target.space) continue;
    for (const upstream of definitions.graph.upstream(target.assetKey))
      if (definitions.byKey.get(upstream)?.node.isSource !== true) keys.add(upstream);
  }
  return [...keys];
}

/** One pass: per upstream what is missing, and per chosen partition whether it reads something missing. */
function findGaps(definitions: Workspace, targets: readonly BackfillTarget[], available: Availability) {
  const targeted = new Map(targets.map((t) => [t.assetKey, t]));
  const missing: Missing = new Map();
  const readers = new Map<string, number>();
  let numPartitions = 0;
  let numWithMissingUpstream = 0;
  for (const target of targets) {
    if (!target.space || target.ranges.length === 0) continue;
    numPartitions += rangesCount(target.ranges);
    let affected: IndexRange[] = [];
    for (const upstream of definitions.graph.upstream(target.assetKey)) {
      const node = definitions.byKey.get(upstream)?.node;
      if (!node || node.isSource) continue;
      const upstreamSpace = definitions.keySpaceOf(upstream);
      const inBackfill = targeted.get(upstream);
      let reached: IndexRange[];
      if (!upstreamSpace) {
        if (inBackfill || available.everMaterialized(upstream)) continue;
        missing.set(upstream, null);
        reached = [...target.ranges];
      } else {
        const mapping = dependencyPartitionMapping(target.node, upstream, node);
        const read = upstreamPartitionRanges(mapping, target.space, target.ranges, upstreamSpace);
        const have = unionRanges(available.materialized(upstream), inBackfill?.ranges ?? []);
        const lacking = subtractRanges(read, have);
        if (lacking.length === 0) continue;
        missing.set(upstream, unionRanges(missing.get(upstream) ?? [], lacking));
        reached = intersectRanges(
          downstreamPartitionRanges(mapping, upstreamSpace, lacking, target.space),
          target.ranges,
        );
      }
      readers.set(upstream, (readers.get(upstream) ?? 0) + rangesCount(reached));
      affected = unionRanges(affected, reached);
    }
    numWithMissingUpstream += rangesCount(affected);
  }
  const upstreams = [...readers]
    .map(([assetKey, count]) => ({ assetKey, numPartitions: count }))
    .sort((a, b) => b.numPartitions - a.numPartitions || a.assetKey.localeCompare(b.assetKey));
  return { gaps: { numPartitions, numWithMissingUpstream, upstreams } satisfies UpstreamGaps, missing };
}

/** The chosen partitions whose upstream partitions are missing, with counts per upstream. */
export async function upstreamGapsOf(
  db: Database,
  definitions: Workspace,
  targets: readonly BackfillTarget[],
): Promise<UpstreamGaps> {
  const available = await readAvailability(db, definitions, upstreamKeysOf(definitions, targets));
  return findGaps(definitions, targets, available).gaps;
}

/**
 * The targets with every missing upstream partition they read taken in, and the upstreams' own missing upstreams in
 * turn, in dependency order so the planner runs upstreams first. Bounded by the graph: each round adds at least one
 * asset or partition, and an asset's ranges only grow within its space.
 */
export async function withMissingUpstreams(
  db: Database,
  definitions: Workspace,
  targets: readonly BackfillTarget[],
): Promise<BackfillTarget[]> {
  const byKey = new Map(targets.map((t) => [t.assetKey, t]));
  const maxRounds = definitions.graph.keys.length + 1;
  for (let round = 0; round < maxRounds; round++) {
    const current = [...byKey.values()];
    const available = await readAvailability(db, definitions, upstreamKeysOf(definitions, current));
    const { missing } = findGaps(definitions, current, available);
    if (missing.size === 0) break;
    for (const [assetKey, lacking] of missing) {
      const found = definitions.byKey.get(assetKey);
      if (!found) continue;
      const space = definitions.keySpaceOf(assetKey);
      const existing = byKey.get(assetKey);
      byKey.set(assetKey, {
        assetKey,
        codeLocationName: found.codeLocationName,
        node: found.node,
        space,
        ranges: space ? unionRanges(existing?.ranges ?? [], lacking ?? []) : [],
      });
    }
  }
  return definitions.graph.topologicalOrder(byKey.keys()).map((key) => byKey.get(key) as BackfillTarget);
}
