// Every asset node (optionally narrowed server-side by a selection), cached across pages; live while runs are in progress.
// `enabled: false` holds the request back (the global graph asks for its structure first) but still returns what is cached.
import { useQuery } from "@tanstack/react-query";
import { ASSET_NODES_QUERY, type AssetNodesQueryData, type AssetNodesQueryVariables } from "./assetNodes";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { useLiveAssetRefetchInterval } from "./useRunsInProgress";

export function useAssetNodes(selection: string | null = null, { enabled = true }: { enabled?: boolean } = {}) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetNodes(selection),
    enabled,
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetNodesQueryData, AssetNodesQueryVariables>(ASSET_NODES_QUERY, { selection }, { signal }).then((d) => d.assetNodes),
    refetchInterval,
  });
}
