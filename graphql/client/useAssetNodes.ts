// Every asset node (optionally narrowed server-side by a selection), cached across pages; live while runs are in progress.
import { useQuery } from "@tanstack/react-query";
import { ASSET_NODES_QUERY, type AssetNodesQueryData, type AssetNodesQueryVariables } from "./assetNodes";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { useLiveAssetRefetchInterval } from "./useRunsInProgress";

export function useAssetNodes(selection: string | null = null) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetNodes(selection),
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetNodesQueryData, AssetNodesQueryVariables>(ASSET_NODES_QUERY, { selection }, { signal }).then((d) => d.assetNodes),
    refetchInterval,
  });
}
