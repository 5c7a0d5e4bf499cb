// One asset with everything its page and the graph's side panel show, or a not-found value.
import { ASSET_LATEST_INFO_FIELDS } from "./assetLatestInfo";
import type { FreshnessInfo, StaleCause, StaleStatus } from "./assetNodes";
import type { AssetKey, AssetLatestInfo, AssetTag, MetadataEntry } from "./types";

export const ASSET_NODE_OR_ERROR_QUERY = /* GraphQL */ `
  query AssetNodeOrError($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetKey { path }
        groupName
        description
        owners
        kinds
        tags { key value }
        metadataEntries { label type value }
        codeVersion
        isSource
        codeLocationName
        dependencyKeys { path }
        dependedByKeys { path }
        assetLatestInfo { ...AssetLatestInfoFields }
        freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone }
        freshnessInfo { status minutesLate reason }
        staleStatus
        staleCauses { key { path } reason }
        automationCondition { type label }
        automationEvaluations(limit: 8) { id evaluatedAt requested reasons runId partitionKey error }
      }
      ... on AssetNotFoundError { message }
    }
  }
  ${ASSET_LATEST_INFO_FIELDS}
`;

export interface AssetNodeDetail {
  __typename: "AssetNode";
  id: string;
  assetKey: AssetKey;
  groupName: string;
  description: string | null;
  owners: string[];
  kinds: string[];
  tags: AssetTag[];
  metadataEntries: MetadataEntry[];
  codeVersion: string | null;
  isSource: boolean;
  codeLocationName: string;
  dependencyKeys: AssetKey[];
  dependedByKeys: AssetKey[];
  assetLatestInfo: AssetLatestInfo;
  freshnessPolicy: FreshnessPolicy | null;
  freshnessInfo: FreshnessInfo | null;
  staleStatus: StaleStatus;
  staleCauses: StaleCause[];
  automationCondition: { type: "eager" | "on_cron" | "on_missing"; label: string } | null;
  automationEvaluations: AutomationEvaluation[];
}

export interface AutomationEvaluation {
  id: string;
  evaluatedAt: string;
  requested: boolean;
  reasons: string[];
  runId: string | null;
  partitionKey: string | null;
  error: string | null;
}

export interface FreshnessPolicy {
  maximumLagMinutes: number;
  warnAfterMinutes: number | null;
  cronSchedule: string | null;
  cronScheduleTimezone: string | null;
}

export interface AssetNotFoundError {
  __typename: "AssetNotFoundError";
  message: string;
}

export type AssetNodeOrError = AssetNodeDetail | AssetNotFoundError;

export interface AssetNodeOrErrorQueryData {
  assetNodeOrError: AssetNodeOrError;
}

export interface AssetNodeOrErrorQueryVariables extends Record<string, unknown> {
  assetKey: { path: string[] };
}
