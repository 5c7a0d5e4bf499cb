// The asset list behind the global graph and the catalog: only what a row or a graph node shows.
import { ASSET_LATEST_INFO_FIELDS } from "./assetLatestInfo";
import type { AssetKey, AssetLatestInfo, AssetTag } from "./types";

/** What the graph is drawn from: an asset's identity, grouping and lineage (the global graph asks for these first). */
export const ASSET_NODE_STRUCTURE_FIELDS = /* GraphQL */ `
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
  }
`;

/**
 * Every asset on the page carries this fragment, so it stays small: descriptions, metadata and
 * downstream keys are fetched per asset by `assetNodeOrError` when a panel or page needs them.
 */
export const ASSET_NODE_LIST_FIELDS = /* GraphQL */ `
  fragment AssetNodeListFields on AssetNode {
    ...AssetNodeStructureFields
    assetLatestInfo { ...AssetLatestInfoFields }
    freshnessInfo { status minutesLate reason }
    staleStatus
    staleCauses { key { path } reason }
  }
`;

export const ASSET_NODES_QUERY = /* GraphQL */ `
  query AssetNodes($selection: String) {
    assetNodes(selection: $selection) { ...AssetNodeListFields }
  }
  ${ASSET_NODE_LIST_FIELDS}
  ${ASSET_NODE_STRUCTURE_FIELDS}
  ${ASSET_LATEST_INFO_FIELDS}
`;

export interface AssetNodeListItem {
  id: string;
  assetKey: AssetKey;
  groupName: string;
  kinds: string[];
  owners: string[];
  tags: AssetTag[];
  isSource: boolean;
  codeLocationName: string;
  dependencyKeys: AssetKey[];
  assetLatestInfo: AssetLatestInfo;
  /** Null for assets without a freshness policy. */
  freshnessInfo: FreshnessInfo | null;
  staleStatus: StaleStatus;
  staleCauses: StaleCause[];
}

export type StaleStatus = "UP_TO_DATE" | "STALE" | "MISSING";

export interface StaleCause {
  key: AssetKey;
  reason: string;
}

export interface FreshnessInfo {
  status: "FRESH" | "WARN" | "STALE";
  minutesLate: number;
  reason: string;
}

export interface AssetNodesQueryData {
  assetNodes: AssetNodeListItem[];
}

export interface AssetNodesQueryVariables extends Record<string, unknown> {
  selection?: string | null;
}
