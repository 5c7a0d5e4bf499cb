// An asset's materializations, newest first; refreshed while runs are in progress so new ones appear.
import { useQuery } from "@tanstack/react-query";
import {
  ASSET_MATERIALIZATIONS_QUERY,
  type AssetMaterializationsQueryData,
  type AssetMaterializationsQueryVariables,
} from "./assetMaterializations";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { useLiveAssetRefetchInterval } from "./useRunsInProgress";

export function useAssetMaterializations(path: readonly string[], limit = 200) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetMaterializations(path),
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetMaterializationsQueryData, AssetMaterializationsQueryVariables>(
        ASSET_MATERIALIZATIONS_QUERY,
        { assetKey: { path: [...path] }, limit },
        { signal },
      ).then((d) => d.assetNodeOrError),
    refetchInterval,
  });
}
