// Partition reads: one asset's keys and statuses, every asset's summary, and one partition's history; live while runs move.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import {
  ASSET_PARTITION_SUMMARIES_QUERY,
  ASSET_PARTITIONS_QUERY,
  PARTITION_HISTORY_QUERY,
  type AssetPartitionSummariesQueryData,
  type AssetPartitionsQueryData,
  type AssetPartitionsQueryVariables,
  type PartitionHistoryQueryData,
  type PartitionHistoryQueryVariables,
} from "./partitions";
import { queryKeys } from "./queryKeys";
import { useLiveRefetchInterval } from "./useLiveRefetchInterval";

const PARTITION_VIEWS = [queryKeys.allAssetPartitions, queryKeys.assetPartitionSummaries, queryKeys.allPartitionHistory];
const useLivePartitionsRefetchInterval = () => useLiveRefetchInterval(PARTITION_VIEWS);

export function useAssetPartitions(path: readonly string[]) {
  const refetchInterval = useLivePartitionsRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetPartitions(path),
    enabled: path.length > 0,
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetPartitionsQueryData, AssetPartitionsQueryVariables>(ASSET_PARTITIONS_QUERY, { assetKey: { path: [...path] } }, { signal }).then(
        (d) => d.assetNodeOrError,
      ),
    staleTime: 0,
    refetchInterval,
  });
}

/** Every asset's partitions definition and counts, keyed by nothing: shared by the catalog, graph and launch buttons. */
export function useAssetPartitionSummaries() {
  const refetchInterval = useLivePartitionsRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetPartitionSummaries,
    queryFn: ({ signal }) => fetchGraphQL<AssetPartitionSummariesQueryData>(ASSET_PARTITION_SUMMARIES_QUERY, undefined, { signal }).then((d) => d.assetNodes),
    refetchInterval,
    // Before the partitions API exists every view must keep working unpartitioned: fail fast, no retries.
    retry: false,
  });
}

export function usePartitionHistory(path: readonly string[], partitionKey: string | null, limit = 50) {
  const refetchInterval = useLivePartitionsRefetchInterval();
  return useQuery({
    queryKey: queryKeys.partitionHistory(path, partitionKey ?? ""),
    enabled: partitionKey !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL<PartitionHistoryQueryData, PartitionHistoryQueryVariables>(
        PARTITION_HISTORY_QUERY,
        { assetKey: { path: [...path] }, partitionKey: partitionKey ?? "", limit },
        { signal },
      ).then((d) => d.partitionHistory),
    refetchInterval,
  });
}
