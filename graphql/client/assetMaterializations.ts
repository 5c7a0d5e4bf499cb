// An asset's materialization history (newest first) for its Events tab.
import type { MetadataEntry } from "./types";

export const ASSET_MATERIALIZATIONS_QUERY = /* GraphQL */ `
  query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetMaterializations(limit: $limit) {
          runId
          partitionKey
          timestamp
          metadataEntries { label type value }
        }
      }
      ... on AssetNotFoundError { message }
    }
  }
`;

export interface MaterializationEvent {
  runId: string;
  partitionKey: string | null;
  timestamp: string;
  metadataEntries: MetadataEntry[];
}

export interface AssetMaterializationsQueryData {
  assetNodeOrError:
    | { __typename: "AssetNode"; id: string; assetMaterializations: MaterializationEvent[] }
    | { __typename: "AssetNotFoundError"; message: string };
}

export interface AssetMaterializationsQueryVariables extends Record<string, unknown> {
  assetKey: { path: string[] };
  limit?: number | null;
}
