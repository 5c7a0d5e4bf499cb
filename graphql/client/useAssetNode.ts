// One asset's full detail by key; resolves to the AssetNode or the AssetNotFoundError value.
import { useQuery } from "@tanstack/react-query";
import { ASSET_NODE_OR_ERROR_QUERY, type AssetNodeOrErrorQueryData, type AssetNodeOrErrorQueryVariables } from "./assetNode";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { useLiveAssetRefetchInterval } from "./useRunsInProgress";

export function useAssetNode(path: readonly string[] | null) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetNode(path ?? []),
    enabled: path !== null && path.length > 0,
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetNodeOrErrorQueryData, AssetNodeOrErrorQueryVariables>(
        ASSET_NODE_OR_ERROR_QUERY,
        { assetKey: { path: [...(path ?? [])] } },
        { signal },
      ).then((d) => d.assetNodeOrError),
    refetchInterval,
  });
}
