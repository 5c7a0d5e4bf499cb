// Asset checks, live while runs move: an asset's checks with their latest execution, one check's history, and every
// check's latest status.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AssetChecksQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { useLiveRefetchInterval } from "../runs/useRunsInProgress";

export type AssetCheck = Extract<
  AssetChecksQuery["assetNodeOrError"],
  { __typename: "AssetNode" }
>["assetChecks"][number];

graphql(`
  fragment AssetCheckExecutionFields on AssetCheckExecution {
    id
    runId
    partitionKey
    status
    severity
    description
    metadataEntries { ...MetadataEntryFields }
    timestamp
  }
`);

const AssetChecksQueryDocument = graphql(`
  query AssetChecks($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        isSource
        partitionsDefinition { description }
        assetChecks { name description severity blocking latestExecution { ...AssetCheckExecutionFields } }
      }
      ... on AssetNotFoundError { message }
    }
  }
`);

const AssetCheckExecutionsQueryDocument = graphql(`
  query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {
    assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) { ...AssetCheckExecutionFields }
  }
`);

/** Every check's latest status; exported for the benchmarks. */
export const AssetCheckLatestStatusesQueryDocument = graphql(`
  query AssetCheckLatestStatuses {
    assetCheckLatestStatuses { assetKey { path } checkName status severity }
  }
`);

const CHECK_VIEWS = [queryKeys.allAssetChecks, queryKeys.allAssetCheckExecutions, queryKeys.assetCheckLatestStatuses];

export function useAssetChecks(path: readonly string[]) {
  const refetchInterval = useLiveRefetchInterval(CHECK_VIEWS);
  return useQuery({
    queryKey: queryKeys.assetChecks(path),
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetChecksQueryDocument, { assetKey: { path: [...path] } }, { signal }).then(
        (d) => d.assetNodeOrError,
      ),
    refetchInterval,
  });
}

export function useAssetCheckExecutions(path: readonly string[], checkName: string | null, limit = 25) {
  const refetchInterval = useLiveRefetchInterval(CHECK_VIEWS);
  return useQuery({
    queryKey: queryKeys.assetCheckExecutions(path, checkName ?? ""),
    enabled: checkName !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL(
        AssetCheckExecutionsQueryDocument,
        { assetKey: { path: [...path] }, checkName: checkName ?? "", limit },
        { signal },
      ).then((d) => d.assetCheckExecutions),
    refetchInterval,
  });
}

/** Every check's latest status: shared by the graph, the catalog and asset headers. */
export function useAssetCheckLatestStatuses() {
  const refetchInterval = useLiveRefetchInterval(CHECK_VIEWS);
  return useQuery({
    queryKey: queryKeys.assetCheckLatestStatuses,
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetCheckLatestStatusesQueryDocument, {}, { signal }).then((d) => d.assetCheckLatestStatuses),
    refetchInterval,
    retry: false,
  });
}
