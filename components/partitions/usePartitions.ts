// Partitions: an asset's partition keys and statuses for its Partitions tab, one partition's history, and the light
// per-asset summary (definition, counts) that lists, the graph and the Materialize button read; live while runs move.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  AssetPartitionSummariesQuery,
  AssetPartitionsQuery,
  PartitionHistoryQuery,
  PartitionStatsFieldsFragment,
} from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import type { PartitionKeyList } from "../../lib/core/partitions";
import { useLiveRefetchInterval } from "../runs/useRunsInProgress";

export type PartitionStats = PartitionStatsFieldsFragment;
export type AssetPartitionsNode = Extract<AssetPartitionsQuery["assetNodeOrError"], { __typename: "AssetNode" }>;
/** One or two dimensions; the flat index of a 2-D key is i0 * dimensions[1].keys.length + i1. Statuses are inclusive [first, last] flat-index ranges, sorted. */
export type AssetPartitions = NonNullable<AssetPartitionsNode["assetPartitions"]>;
/** A dimension as the API sends it: a time window's keys as runs, other keys listed. */
export type ApiPartitionDimension = AssetPartitions["dimensions"][number];
/** A dimension as the console reads it (clientDimensions): keys by position, whichever way they were sent. */
export interface PartitionDimension {
  name: string;
  kind: ApiPartitionDimension["kind"];
  keys: PartitionKeyList;
}
export type AssetPartitionSummary = AssetPartitionSummariesQuery["assetNodes"][number];
export type PartitionHistoryEvent = PartitionHistoryQuery["partitionHistory"][number];

graphql(`
  fragment PartitionsDefinitionFields on PartitionsDefinition {
    kind
    description
    dimensionNames
    dynamicName
    timezone
  }
`);

graphql(`
  fragment PartitionStatsFields on PartitionStats {
    numPartitions
    numMaterialized
    numFailed
    numInProgress
    numMissing
  }
`);

/**
 * One asset's partitions: keys can number a million, so only the Partitions tab asks, and a time window's keys come
 * as runs (a handful for an hourly asset in UTC). Exported for the benchmarks.
 */
export const AssetPartitionsQueryDocument = graphql(`
  query AssetPartitions($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetKey { path }
        isSource
        acceptsPartitionRange
        partitionsDefinition { ...PartitionsDefinitionFields }
        partitionStats { ...PartitionStatsFields }
        assetPartitions {
          numPartitions
          dimensions { name kind keyRuns { startKey count stepMinutes } listedKeys }
          materialized
          failed
          inProgress
        }
      }
      ... on AssetNotFoundError { message }
    }
  }
`);

/** Kept apart from the hot asset list fragment: only views that care about partitions pay for the counts. */
export const AssetPartitionSummariesQueryDocument = graphql(`
  query AssetPartitionSummaries {
    assetNodes {
      id
      assetKey { path }
      acceptsPartitionRange
      partitionsDefinition { ...PartitionsDefinitionFields }
      partitionStats { ...PartitionStatsFields }
    }
  }
`);

const PartitionHistoryQueryDocument = graphql(`
  query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {
    partitionHistory(assetKey: $assetKey, partitionKey: $partitionKey, limit: $limit) {
      id
      runId
      stepKey
      partitionKey
      eventType
      level
      message
      timestamp
      error { message }
    }
  }
`);

const PARTITION_VIEWS = [
  queryKeys.allAssetPartitions,
  queryKeys.assetPartitionSummaries,
  queryKeys.allPartitionHistory,
];
const useLivePartitionsRefetchInterval = () => useLiveRefetchInterval(PARTITION_VIEWS);

export function useAssetPartitions(path: readonly string[]) {
  const refetchInterval = useLivePartitionsRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetPartitions(path),
    enabled: path.length > 0,
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetPartitionsQueryDocument, { assetKey: { path: [...path] } }, { signal }).then(
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
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetPartitionSummariesQueryDocument, {}, { signal }).then((d) => d.assetNodes),
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
      fetchGraphQL(
        PartitionHistoryQueryDocument,
        { assetKey: { path: [...path] }, partitionKey: partitionKey ?? "", limit },
        { signal },
      ).then((d) => d.partitionHistory),
    refetchInterval,
  });
}
