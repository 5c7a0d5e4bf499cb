// Asset check reads, live while runs move: an asset's checks, one check's history, and every check's latest status.
import { useQuery } from "@tanstack/react-query";
import {
  ASSET_CHECK_EXECUTIONS_QUERY,
  ASSET_CHECK_LATEST_STATUSES_QUERY,
  ASSET_CHECKS_QUERY,
  type AssetCheckExecutionsQueryData,
  type AssetCheckLatestStatusesQueryData,
  type AssetChecksQueryData,
} from "./assetChecks";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { useLiveRefetchInterval } from "./useLiveRefetchInterval";

const CHECK_VIEWS = [queryKeys.allAssetChecks, queryKeys.allAssetCheckExecutions, queryKeys.assetCheckLatestStatuses];

export function useAssetChecks(path: readonly string[]) {
  const refetchInterval = useLiveRefetchInterval(CHECK_VIEWS);
  return useQuery({
    queryKey: queryKeys.assetChecks(path),
    queryFn: ({ signal }) => fetchGraphQL<AssetChecksQueryData, { assetKey: { path: string[] } }>(ASSET_CHECKS_QUERY, { assetKey: { path: [...path] } }, { signal }).then((d) => d.assetNodeOrError),
    refetchInterval,
  });
}

export function useAssetCheckExecutions(path: readonly string[], checkName: string | null, limit = 25) {
  const refetchInterval = useLiveRefetchInterval(CHECK_VIEWS);
  return useQuery({
    queryKey: queryKeys.assetCheckExecutions(path, checkName ?? ""),
    enabled: checkName !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetCheckExecutionsQueryData, { assetKey: { path: string[] }; checkName: string; limit: number }>(
        ASSET_CHECK_EXECUTIONS_QUERY,
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
    queryFn: ({ signal }) => fetchGraphQL<AssetCheckLatestStatusesQueryData>(ASSET_CHECK_LATEST_STATUSES_QUERY, undefined, { signal }).then((d) => d.assetCheckLatestStatuses),
    refetchInterval,
    retry: false,
  });
}
