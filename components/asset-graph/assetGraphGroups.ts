// The asset graph by group, for graphs too large to draw whole: the overview (groups, their counts and the edges
// between them) the page opens on, and one group's assets with the assets of other groups they are linked to. The
// documents only (the page's HTML sends the overview early, assetGraphStructure.ts); the hooks: useAssetGraphGroups.
import { graphql } from "../../graphql/client/generated";
import type { AssetGraphGroupsQuery, AssetGraphOverviewQuery } from "../../graphql/client/generated/graphql";

export const AssetGraphOverviewQueryDocument = graphql(`
  query AssetGraphOverview {
    assetGraphOverview {
      assetCount
      overviewFirst
      groups {
        name
        codeLocationNames
        assetCount
        statusCounts { materialized failed neverMaterialized source stale }
      }
      groupEdges { source target assetEdgeCount }
    }
  }
`);

export const AssetGraphGroupsQueryDocument = graphql(`
  query AssetGraphGroups($groupNames: [String!]!) {
    assetGraphGroups(groupNames: $groupNames) {
      __typename
      ... on AssetGraphGroups {
        assets { ...AssetNodeListFields }
        linkedAssets { ...AssetNodeStructureFields }
        edges { source target }
      }
      ... on InvalidInputError { field message }
    }
  }
`);

/** The group of the asset a page was opened on (`?focus=`), so the graph opens that group. */
export const AssetGroupOfQueryDocument = graphql(`
  query AssetGroupOf($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode { groupName }
    }
  }
`);

export type AssetGraphOverview = AssetGraphOverviewQuery["assetGraphOverview"];
export type AssetGroupSummary = AssetGraphOverview["groups"][number];
export type AssetGraphGroupsAnswer = Extract<
  AssetGraphGroupsQuery["assetGraphGroups"],
  { __typename: "AssetGraphGroups" }
>;

/** Where the early request's answer waits for the page's scripts (see earlyAssetGraphStructureScript). */
export const EARLY_OVERVIEW_KEY = "__strataAssetGraphOverview";
