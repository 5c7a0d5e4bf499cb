// The asset list behind the global graph and the catalog: only what a row or a graph node shows. Every asset node
// (optionally narrowed server-side by a selection), cached across pages; live while runs are in progress.
// `enabled: false` holds the request back (the global graph asks for its structure first) but still returns what is cached.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AssetNodeListFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { useLiveAssetRefetchInterval } from "../runs/useRunsInProgress";

export type AssetNodeListItem = AssetNodeListFieldsFragment;
export type AssetTag = AssetNodeListItem["tags"][number];
/** Null for assets without a freshness policy. */
export type FreshnessInfo = NonNullable<AssetNodeListItem["freshnessInfo"]>;

/** What the graph is drawn from: an asset's identity, grouping and lineage (the global graph asks for these first). */
graphql(`
  fragment AssetNodeStructureFields on AssetNode {
    id
    assetKey { path }
    groupName
    kinds
    owners
    tags { key value }
    isSource
    codeLocationName
    dependencyKeys { path }
    columnNames
  }
`);

/**
 * Every asset on the page carries this fragment, so it stays small: descriptions, metadata and
 * downstream keys are fetched per asset by `assetNodeOrError` when a panel or page needs them.
 */
graphql(`
  fragment AssetNodeListFields on AssetNode {
    ...AssetNodeStructureFields
    assetLatestInfo { ...AssetLatestInfoFields }
    freshnessInfo { status minutesLate reason }
    ...StaleStatusFields
  }
`);

/** The full asset list; exported for the benchmarks, which time the request the catalog sends. */
export const AssetNodesQueryDocument = graphql(`
  query AssetNodes($selection: String) {
    assetNodes(selection: $selection) { ...AssetNodeListFields }
  }
`);

export function useAssetNodes(selection: string | null = null, { enabled = true }: { enabled?: boolean } = {}) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetNodes(selection),
    enabled,
    queryFn: ({ signal }) => fetchGraphQL(AssetNodesQueryDocument, { selection }, { signal }).then((d) => d.assetNodes),
    refetchInterval,
  });
}
