// An asset's materialization history (newest first) for its Events tab; refreshed while runs are in progress so new
// ones appear.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AssetMaterializationsQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { useLiveAssetRefetchInterval } from "../runs/useRunsInProgress";

export type MaterializationEvent = Extract<
  AssetMaterializationsQuery["assetNodeOrError"],
  { __typename: "AssetNode" }
>["assetMaterializations"][number];

const AssetMaterializationsQueryDocument = graphql(`
  query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetMaterializations(limit: $limit) {
          runId
          partitionKey
          timestamp
          metadataEntries { ...MetadataEntryFields }
        }
      }
      ... on AssetNotFoundError { message }
    }
  }
`);

export function useAssetMaterializations(path: readonly string[], limit = 200) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetMaterializations(path),
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetMaterializationsQueryDocument, { assetKey: { path: [...path] }, limit }, { signal }).then(
        (d) => d.assetNodeOrError,
      ),
    refetchInterval,
  });
}
