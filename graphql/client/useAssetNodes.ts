// Every asset node (optionally narrowed server-side by a selection), cached across pages.
import { useQuery } from "@tanstack/react-query";
import { ASSET_NODES_QUERY, type AssetNodesQueryData, type AssetNodesQueryVariables } from "./assetNodes";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export function useAssetNodes(selection: string | null = null) {
  return useQuery({
    queryKey: queryKeys.assetNodes(selection),
    queryFn: ({ signal }) =>
      fetchGraphQL<AssetNodesQueryData, AssetNodesQueryVariables>(ASSET_NODES_QUERY, { selection }, { signal }).then((d) => d.assetNodes),
  });
}
