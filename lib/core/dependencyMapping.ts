// The partition mapping a downstream asset reads an upstream through: the one it declared, else the default for the
// two definitions. One place, so backfills (which runs wait for which) and automation (which partitions a new
// upstream partition requests) follow the same edge the same way.
import type { AssetNodeSnapshot } from "./definitionsSnapshot";
import { defaultPartitionMapping } from "./partitions";
import type { PartitionMappingSnapshot } from "./partitions/types";

export function dependencyPartitionMapping(
  downstream: AssetNodeSnapshot,
  upstreamKey: string,
  upstream: AssetNodeSnapshot | null,
): PartitionMappingSnapshot {
  return (
    downstream.partitionMappings?.[upstreamKey] ??
    defaultPartitionMapping(upstream?.partitionsDefinition ?? null, downstream.partitionsDefinition ?? null)
  );
}
