// Asset checks: an asset's checks with their latest execution, a check's history, and every check's latest status.
import type { AssetKey, MetadataEntry } from "./types";

export type AssetCheckSeverity = "WARN" | "ERROR";
export type AssetCheckExecutionStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "ERRORED" | "SKIPPED";

const EXECUTION_FIELDS = /* GraphQL */ `
  fragment AssetCheckExecutionFields on AssetCheckExecution {
    id
    runId
    partitionKey
    status
    severity
    description
    metadataEntries { label type value }
    timestamp
  }
`;

export interface AssetCheckExecution {
  id: string;
  runId: string | null;
  partitionKey: string | null;
  status: AssetCheckExecutionStatus;
  severity: AssetCheckSeverity;
  description: string | null;
  metadataEntries: MetadataEntry[];
  timestamp: string;
}

export const ASSET_CHECKS_QUERY = /* GraphQL */ `
  query AssetChecks($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        partitionsDefinition { description }
        assetChecks { name description severity blocking latestExecution { ...AssetCheckExecutionFields } }
      }
      ... on AssetNotFoundError { message }
    }
  }
  ${EXECUTION_FIELDS}
`;

export interface AssetCheck {
  name: string;
  description: string | null;
  severity: AssetCheckSeverity;
  blocking: boolean;
  latestExecution: AssetCheckExecution | null;
}

export type AssetChecksResult =
  | { __typename: "AssetNode"; id: string; partitionsDefinition: { description: string } | null; assetChecks: AssetCheck[] }
  | { __typename: "AssetNotFoundError"; message: string };

export interface AssetChecksQueryData {
  assetNodeOrError: AssetChecksResult;
}

export const ASSET_CHECK_EXECUTIONS_QUERY = /* GraphQL */ `
  query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {
    assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) { ...AssetCheckExecutionFields }
  }
  ${EXECUTION_FIELDS}
`;

export interface AssetCheckExecutionsQueryData {
  assetCheckExecutions: AssetCheckExecution[];
}

export const ASSET_CHECK_LATEST_STATUSES_QUERY = /* GraphQL */ `
  query AssetCheckLatestStatuses {
    assetCheckLatestStatuses { assetKey { path } checkName status severity }
  }
`;

export interface AssetCheckLatestStatus {
  assetKey: AssetKey;
  checkName: string;
  status: AssetCheckExecutionStatus;
  severity: AssetCheckSeverity;
}

export interface AssetCheckLatestStatusesQueryData {
  assetCheckLatestStatuses: AssetCheckLatestStatus[];
}
