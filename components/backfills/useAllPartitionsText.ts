"use client";
// The text for "every partition" of the assets being backfilled, e.g. "2026-01-01...2026-04-20", and for the latest
// partition, so the launch dialog can start from either as editable text. Null while loading, or when the assets are
// partitioned differently (then no one text fits them all and the dialog launches every partition of each).
import { useMemo } from "react";
import { formatPartitionSelection } from "../../lib/core/partitions";
import { clientDimensions, clientKeySpace } from "../partitions/clientKeySpace";
import { latestPartitionRanges } from "../partitions/latestPartitions";
import { useAssetPartitions } from "../partitions/usePartitions";
import { type BackfillTarget, sharedPartitionsDefinition } from "./backfillTarget";

export function useAllPartitionsText(
  targets: readonly BackfillTarget[],
  enabled: boolean,
): { text: string | null; latest: string | null; count: number; shared: boolean; loading: boolean } {
  const shared = useMemo(() => sharedPartitionsDefinition(targets), [targets]);
  const query = useAssetPartitions(enabled && shared ? shared.assetKey.path : []);
  const node = query.data?.__typename === "AssetNode" ? query.data : null;
  const texts = useMemo(() => {
    const partitions = node?.assetPartitions;
    if (!partitions || partitions.numPartitions === 0) return { text: null, latest: null, count: 0 };
    const dimensions = clientDimensions(partitions.dimensions);
    const space = clientKeySpace(dimensions);
    return {
      text: formatPartitionSelection(space, [[0, space.size - 1]]),
      latest: formatPartitionSelection(space, latestPartitionRanges(dimensions)),
      count: space.size,
    };
  }, [node]);
  return { ...texts, shared: shared !== null, loading: enabled && shared !== null && query.isPending };
}
