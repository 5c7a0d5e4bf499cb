// Partitions: an asset's partition keys and statuses for its Partitions tab, one partition's history, and the
// light per-asset summary (definition, counts) that lists, the graph and the Materialize button read.
import type { AssetKey } from "./types";

export type PartitionsKind = "TIME_WINDOW" | "STATIC" | "DYNAMIC" | "MULTI";

export interface PartitionsDefinitionInfo {
  kind: PartitionsKind;
  /** e.g. "Daily from 2026-01-01 (UTC)", "Static: us, eu, apac", "date × region". */
  description: string;
  dimensionNames: string[];
  dynamicName: string | null;
  timezone: string | null;
}

export interface PartitionStats {
  numPartitions: number;
  numMaterialized: number;
  numFailed: number;
  numInProgress: number;
  numMissing: number;
}

export interface PartitionDimension {
  name: string;
  kind: PartitionsKind;
  keys: string[];
}

/** Inclusive [first, last] flat-index ranges, sorted. */
export type FlatIndexRanges = Array<[number, number]>;

export interface AssetPartitions {
  numPartitions: number;
  /** One or two; the flat index of a 2-D key is i0 * dimensions[1].keys.length + i1. */
  dimensions: PartitionDimension[];
  materialized: FlatIndexRanges;
  failed: FlatIndexRanges;
  inProgress: FlatIndexRanges;
}

const PARTITIONS_DEFINITION_FIELDS = /* GraphQL */ `
  fragment PartitionsDefinitionFields on PartitionsDefinition {
    kind
    description
    dimensionNames
    dynamicName
    timezone
  }
`;

const PARTITION_STATS_FIELDS = /* GraphQL */ `
  fragment PartitionStatsFields on PartitionStats {
    numPartitions
    numMaterialized
    numFailed
    numInProgress
    numMissing
  }
`;

// ---- one asset's partitions (keys can number tens of thousands: only the Partitions tab asks) ---------------

export const ASSET_PARTITIONS_QUERY = /* GraphQL */ `
  query AssetPartitions($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetKey { path }
        isSource
        acceptsPartitionRange
        partitionsDefinition { ...PartitionsDefinitionFields }
        partitionStats { ...PartitionStatsFields }
        assetPartitions {
          numPartitions
          dimensions { name kind keys }
          materialized
          failed
          inProgress
        }
      }
      ... on AssetNotFoundError { message }
    }
  }
  ${PARTITIONS_DEFINITION_FIELDS}
  ${PARTITION_STATS_FIELDS}
`;

export interface AssetPartitionsNode {
  __typename: "AssetNode";
  id: string;
  assetKey: AssetKey;
  isSource: boolean;
  acceptsPartitionRange: boolean;
  partitionsDefinition: PartitionsDefinitionInfo | null;
  partitionStats: PartitionStats | null;
  assetPartitions: AssetPartitions | null;
}

export interface AssetPartitionsQueryData {
  assetNodeOrError: AssetPartitionsNode | { __typename: "AssetNotFoundError"; message: string };
}

export interface AssetPartitionsQueryVariables extends Record<string, unknown> {
  assetKey: { path: string[] };
}

// ---- every asset's partitions summary -------------------------------------------------------------------------

/** Kept apart from the hot asset list fragment: only views that care about partitions pay for the counts. */
export const ASSET_PARTITION_SUMMARIES_QUERY = /* GraphQL */ `
  query AssetPartitionSummaries {
    assetNodes {
      id
      assetKey { path }
      acceptsPartitionRange
      partitionsDefinition { ...PartitionsDefinitionFields }
      partitionStats { ...PartitionStatsFields }
    }
  }
  ${PARTITIONS_DEFINITION_FIELDS}
  ${PARTITION_STATS_FIELDS}
`;

export interface AssetPartitionSummary {
  id: string;
  assetKey: AssetKey;
  acceptsPartitionRange: boolean;
  partitionsDefinition: PartitionsDefinitionInfo | null;
  partitionStats: PartitionStats | null;
}

export interface AssetPartitionSummariesQueryData {
  assetNodes: AssetPartitionSummary[];
}

// ---- one partition's history ----------------------------------------------------------------------------------

export const PARTITION_HISTORY_QUERY = /* GraphQL */ `
  query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {
    partitionHistory(assetKey: $assetKey, partitionKey: $partitionKey, limit: $limit) {
      id
      runId
      stepKey
      partitionKey
      eventType
      level
      message
      timestamp
      error { message }
    }
  }
`;

export interface PartitionHistoryEvent {
  id: string;
  runId: string;
  stepKey: string | null;
  partitionKey: string | null;
  /** ASSET_MATERIALIZATION, STEP_FAILURE or STEP_START. */
  eventType: string;
  level: string;
  message: string;
  timestamp: string;
  error: { message: string } | null;
}

export interface PartitionHistoryQueryData {
  partitionHistory: PartitionHistoryEvent[];
}

export interface PartitionHistoryQueryVariables extends Record<string, unknown> {
  assetKey: { path: string[] };
  partitionKey: string;
  limit?: number | null;
}
