// An asset's columns with where each comes from and goes to, and one column's full path across assets.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../../graphql/client/fetchGraphQL";
import { graphql } from "../../../graphql/client/generated";
import type { AssetColumnPathQuery, AssetColumnsQuery } from "../../../graphql/client/generated/graphql";
import { queryKeys } from "../../../graphql/client/queryKeys";

type AssetNodeOf<T> = Extract<T, { __typename: "AssetNode" }>;
export type AssetColumn = AssetNodeOf<AssetColumnsQuery["assetNodeOrError"]>["columns"][number];
export type AssetColumnLink = AssetColumn["upstream"][number];
export type AssetColumnPaths = NonNullable<AssetNodeOf<AssetColumnPathQuery["assetNodeOrError"]>["column"]>;
export type AssetColumnPathStep = AssetColumnPaths["upstreamPath"]["steps"][number];

graphql(`
  fragment AssetColumnLinkFields on AssetColumnLink {
    assetKey { path }
    column
    assetExists
    isDependency
    columnKnown
  }
`);

const AssetColumnsQueryDocument = graphql(`
  query AssetColumns($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        columns {
          name
          type
          description
          declared
          upstream { ...AssetColumnLinkFields }
          downstream { ...AssetColumnLinkFields }
        }
      }
    }
  }
`);

graphql(`
  fragment AssetColumnPathFields on AssetColumnPath {
    steps { assetKey { path } column depth via { assetKey { path } column } }
    truncated
  }
`);

const AssetColumnPathQueryDocument = graphql(`
  query AssetColumnPath($assetKey: AssetKeyInput!, $column: String!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        column(name: $column) {
          name
          upstreamPath { ...AssetColumnPathFields }
          downstreamPath { ...AssetColumnPathFields }
        }
      }
    }
  }
`);

/** The asset's columns; an empty list when it declares none (or is not found). */
export function useAssetColumns(path: readonly string[]) {
  return useQuery({
    queryKey: queryKeys.assetColumns(path),
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetColumnsQueryDocument, { assetKey: { path: [...path] } }, { signal }).then((d) =>
        d.assetNodeOrError.__typename === "AssetNode" ? d.assetNodeOrError.columns : [],
      ),
  });
}

/** One column's upstream and downstream columns, transitively; null when the asset has no such column. */
export function useAssetColumnPath(path: readonly string[], column: string | null) {
  return useQuery({
    queryKey: queryKeys.assetColumnPath(path, column ?? ""),
    enabled: column !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL(
        AssetColumnPathQueryDocument,
        { assetKey: { path: [...path] }, column: column ?? "" },
        { signal },
      ).then((d) => (d.assetNodeOrError.__typename === "AssetNode" ? d.assetNodeOrError.column : null)),
  });
}
