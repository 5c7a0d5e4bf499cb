"use client";
// The text for "every partition" of the assets being backfilled, e.g. "2026-01-01...2026-04-20", so the launch dialog
// can start from all partitions as editable text. Null while loading, or when the assets are partitioned differently
// (then no one text fits them all and the dialog launches every partition of each).
import { useMemo } from "react";
import { formatPartitionSelection } from "../../lib/core/partitions";
import { clientKeySpace } from "../partitions/clientKeySpace";
import { useAssetPartitions } from "../partitions/usePartitions";
import { type BackfillTarget, sharedPartitionsDefinition } from "./backfillTarget";

export function useAllPartitionsText(
  targets: readonly BackfillTarget[],
  enabled: boolean,
): { text: string | null; shared: boolean; loading: boolean } {
  const shared = useMemo(() => sharedPartitionsDefinition(targets), [targets]);
  const query = useAssetPartitions(enabled && shared ? shared.assetKey.path : []);
  const node = query.data?.__typename === "AssetNode" ? query.data : null;
  const text = useMemo(() => {
    const partitions = node?.assetPartitions;
    if (!partitions || partitions.numPartitions === 0) return null;
    const space = clientKeySpace(partitions.dimensions);
    return formatPartitionSelection(space, [[0, space.size - 1]]);
  }, [node]);
  return { text, shared: shared !== null, loading: enabled && shared !== null && query.isPending };
}
