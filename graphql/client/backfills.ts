// Backfills: the list and detail documents, the launch preview, and the launch / cancel / retry mutations.
import type { ConfigError, RunStatus, RunTag } from "./runs";
import type { AssetKey } from "./types";
import type { UnauthorizedError } from "./viewer";

export type BackfillStatus = "REQUESTED" | "COMPLETED" | "COMPLETED_WITH_FAILURES" | "FAILED" | "CANCELING" | "CANCELED";
export type BackfillStrategy = "ONE_RUN_PER_PARTITION" | "SINGLE_RUN";
export type BackfillPartitionState = "NOT_SUBMITTED" | "QUEUED" | "IN_PROGRESS" | "MATERIALIZED" | "FAILED" | "SKIPPED" | "CANCELED";

/** Statuses a backfill can still leave; a page showing one keeps polling. */
export const IN_PROGRESS_BACKFILL_STATUSES: readonly BackfillStatus[] = ["REQUESTED", "CANCELING"];

export interface BackfillProgress {
  numRuns: number;
  numQueued: number;
  numInProgress: number;
  numSucceeded: number;
  numFailed: number;
  numCanceled: number;
  numSkipped: number;
  numNotSubmitted: number;
}

/** What a row of the backfills list shows. */
export const BACKFILL_LIST_FIELDS = /* GraphQL */ `
  fragment BackfillListFields on Backfill {
    id
    backfillId
    status
    strategy
    onlyMissingOrFailed
    createdTime
    endTime
    launchedBy
    tags { key value }
    error
    assetSelection { path }
    partitionSelection
    numPartitions
    numRuns
    numSubmitted
    progress { numRuns numQueued numInProgress numSucceeded numFailed numCanceled numSkipped numNotSubmitted }
  }
`;

export interface BackfillListItem {
  id: string;
  backfillId: string;
  status: BackfillStatus;
  strategy: BackfillStrategy;
  onlyMissingOrFailed: boolean;
  createdTime: string;
  endTime: string | null;
  launchedBy: string;
  tags: RunTag[];
  error: string | null;
  assetSelection: AssetKey[];
  partitionSelection: string;
  numPartitions: number;
  numRuns: number;
  numSubmitted: number;
  progress: BackfillProgress;
}

export interface BackfillPartitionStatus {
  partitionKey: string;
  status: BackfillPartitionState;
  runId: string | null;
}

export interface BackfillAssetStatus {
  assetKey: AssetKey;
  numTargeted: number;
  numMaterialized: number;
  numFailed: number;
  numInProgress: number;
  numSkipped: number;
  partitions: BackfillPartitionStatus[];
}

/** A run the backfill launched: for one partition, a range of partitions, or (unpartitioned assets) none. */
export interface BackfillRun {
  id: string;
  runId: string;
  status: RunStatus;
  partitionKey: string | null;
  partitionRangeStart: string | null;
  partitionRangeEnd: string | null;
  assetSelection: AssetKey[];
  creationTime: string;
  startTime: string | null;
  endTime: string | null;
}

export interface BackfillDetail extends BackfillListItem {
  assetStatuses: BackfillAssetStatus[];
  runs: BackfillRun[];
}

export interface BackfillNotFoundError {
  __typename: "BackfillNotFoundError";
  message: string;
}

// ---- backfills ------------------------------------------------------------------------------------------------

export const BACKFILLS_QUERY = /* GraphQL */ `
  query Backfills($limit: Int, $cursor: String) {
    backfills(limit: $limit, cursor: $cursor) {
      results { ...BackfillListFields }
      nextCursor
    }
  }
  ${BACKFILL_LIST_FIELDS}
`;

export interface BackfillConnection {
  results: BackfillListItem[];
  nextCursor: string | null;
}

export interface BackfillsQueryData {
  backfills: BackfillConnection;
}

export interface BackfillsQueryVariables extends Record<string, unknown> {
  limit?: number | null;
  cursor?: string | null;
}

// ---- backfillOrError ------------------------------------------------------------------------------------------

export const BACKFILL_OR_ERROR_QUERY = /* GraphQL */ `
  query BackfillOrError($backfillId: String!, $runsLimit: Int) {
    backfillOrError(backfillId: $backfillId) {
      __typename
      ... on Backfill {
        ...BackfillListFields
        assetStatuses {
          assetKey { path }
          numTargeted
          numMaterialized
          numFailed
          numInProgress
          numSkipped
          partitions { partitionKey status runId }
        }
        runs(limit: $runsLimit) {
          id
          runId
          status
          partitionKey
          partitionRangeStart
          partitionRangeEnd
          assetSelection { path }
          creationTime
          startTime
          endTime
        }
      }
      ... on BackfillNotFoundError { message }
    }
  }
  ${BACKFILL_LIST_FIELDS}
`;

export type BackfillOrError = ({ __typename: "Backfill" } & BackfillDetail) | BackfillNotFoundError;

export interface BackfillOrErrorQueryData {
  backfillOrError: BackfillOrError;
}

export interface BackfillOrErrorQueryVariables extends Record<string, unknown> {
  backfillId: string;
  runsLimit?: number | null;
}

// ---- launch input, preview and launch -------------------------------------------------------------------------

export interface LaunchPartitionBackfillInput {
  assetSelection?: Array<{ path: string[] }> | null;
  selection?: string | null;
  /** null launches every partition. */
  partitionSelection?: string | null;
  onlyMissingOrFailed?: boolean | null;
  strategy?: BackfillStrategy | null;
  tags?: RunTag[] | null;
  runConfig?: string | null;
}

/** The errors launch and preview share; each names what is wrong so the dialog can show it by its field. */
export type PartitionBackfillProblem =
  | { __typename: "AssetNotFoundError"; message: string }
  | { __typename: "InvalidSelectionError"; message: string; position: number }
  | { __typename: "InvalidPartitionSelectionError"; message: string }
  | { __typename: "LaunchRunError"; message: string };

export const PARTITION_BACKFILL_PREVIEW_QUERY = /* GraphQL */ `
  query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {
    partitionBackfillPreview(input: $input) {
      __typename
      ... on PartitionBackfillPreview {
        numPartitions
        numRuns
        assets { assetKey { path } numPartitions }
        limitError
      }
      ... on AssetNotFoundError { message }
      ... on InvalidSelectionError { message position }
      ... on InvalidPartitionSelectionError { message }
      ... on LaunchRunError { message }
    }
  }
`;

export interface PartitionBackfillPreview {
  __typename: "PartitionBackfillPreview";
  numPartitions: number;
  numRuns: number;
  assets: Array<{ assetKey: AssetKey; numPartitions: number }>;
  /** Why the launch would be refused for its size (launchLimits.maxBackfillRuns); null when it fits. */
  limitError: string | null;
}

export type PartitionBackfillPreviewResult = PartitionBackfillPreview | PartitionBackfillProblem;

export interface PartitionBackfillPreviewQueryData {
  partitionBackfillPreview: PartitionBackfillPreviewResult;
}

export interface LaunchPartitionBackfillVariables extends Record<string, unknown> {
  input: LaunchPartitionBackfillInput;
}

const LAUNCH_PARTITION_BACKFILL_RESULT_FIELDS = /* GraphQL */ `
  fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {
    __typename
    ... on LaunchPartitionBackfillSuccess { backfill { id backfillId status } }
    ... on AssetNotFoundError { message }
    ... on InvalidSelectionError { message position }
    ... on InvalidPartitionSelectionError { message }
    ... on RunConfigValidationInvalid { message errors { path message } }
    ... on LaunchRunError { message }
    ... on UnauthorizedError { message permission }
  }
`;

export const LAUNCH_PARTITION_BACKFILL_MUTATION = /* GraphQL */ `
  mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {
    launchPartitionBackfill(input: $input) { ...LaunchPartitionBackfillResultFields }
  }
  ${LAUNCH_PARTITION_BACKFILL_RESULT_FIELDS}
`;

export type LaunchPartitionBackfillResult =
  | { __typename: "LaunchPartitionBackfillSuccess"; backfill: { id: string; backfillId: string; status: BackfillStatus } }
  | PartitionBackfillProblem
  | { __typename: "RunConfigValidationInvalid"; message: string; errors: ConfigError[] }
  | UnauthorizedError;

export type LaunchPartitionBackfillFailure = Exclude<LaunchPartitionBackfillResult, { __typename: "LaunchPartitionBackfillSuccess" }>;

export interface LaunchPartitionBackfillData {
  launchPartitionBackfill: LaunchPartitionBackfillResult;
}

// ---- cancel and retry -----------------------------------------------------------------------------------------

export const CANCEL_BACKFILL_MUTATION = /* GraphQL */ `
  mutation CancelBackfill($backfillId: String!) {
    cancelBackfill(backfillId: $backfillId) {
      __typename
      ... on Backfill { id backfillId status }
      ... on BackfillNotFoundError { message }
      ... on LaunchRunError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`;

export type CancelBackfillResult =
  | { __typename: "Backfill"; id: string; backfillId: string; status: BackfillStatus }
  | BackfillNotFoundError
  | { __typename: "LaunchRunError"; message: string }
  | UnauthorizedError;

export interface CancelBackfillData {
  cancelBackfill: CancelBackfillResult;
}

export const RETRY_BACKFILL_MUTATION = /* GraphQL */ `
  mutation RetryBackfill($backfillId: String!) {
    retryBackfill(backfillId: $backfillId) { ...LaunchPartitionBackfillResultFields }
  }
  ${LAUNCH_PARTITION_BACKFILL_RESULT_FIELDS}
`;

export interface RetryBackfillData {
  retryBackfill: LaunchPartitionBackfillResult;
}

export interface BackfillIdVariables extends Record<string, unknown> {
  backfillId: string;
}
