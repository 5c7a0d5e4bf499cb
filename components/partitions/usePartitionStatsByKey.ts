"use client";
// Partition counts of every partitioned asset by asset key string, for the graph's nodes and the catalog's rows.
import { useMemo } from "react";
import { toAssetKeyString } from "../../lib/core/assetKey";
import type { PartitionStats } from "./usePartitions";
import { useAssetPartitionSummaries } from "./usePartitions";

export function usePartitionStatsByKey(): ReadonlyMap<string, PartitionStats> {
  const summaries = useAssetPartitionSummaries();
  return useMemo(() => {
    const stats = new Map<string, PartitionStats>();
    for (const s of summaries.data ?? [])
      if (s.partitionStats) stats.set(toAssetKeyString(s.assetKey.path), s.partitionStats);
    return stats;
  }, [summaries.data]);
}
