// Runs: the run fragment shared by the list and the run page, their queries, and the launch/cancel mutations.
import type { AssetKey, MetadataEntry } from "./types";
import type { UnauthorizedError } from "./viewer";

export type RunStatus = "QUEUED" | "STARTING" | "STARTED" | "SUCCESS" | "FAILURE" | "CANCELING" | "CANCELED";
export type StepStatus = "PENDING" | "RUNNING" | "SUCCESS" | "FAILURE" | "SKIPPED" | "CANCELED";
export type EventLevel = "DEBUG" | "INFO" | "WARN" | "ERROR";
export type ReexecutionStrategy = "ALL_STEPS" | "FROM_FAILURE" | "SELECTED_STEPS";

export const RUN_STATUSES: readonly RunStatus[] = ["QUEUED", "STARTING", "STARTED", "SUCCESS", "FAILURE", "CANCELING", "CANCELED"];
/** Statuses a run can still leave; a page showing one keeps polling. */
export const IN_PROGRESS_RUN_STATUSES: readonly RunStatus[] = ["QUEUED", "STARTING", "STARTED", "CANCELING"];

export interface RunTag {
  key: string;
  value: string;
}

export interface RunStep {
  stepKey: string;
  assetKey: AssetKey | null;
  status: StepStatus;
  attempt: number;
  startTime: string | null;
  endTime: string | null;
}

/** What a row of the runs list shows. */
export const RUN_LIST_FIELDS = /* GraphQL */ `
  fragment RunListFields on Run {
    id
    runId
    status
    assetSelection { path }
    partitionKey
    jobName
    tags { key value }
    launchedBy
    creationTime
    startTime
    endTime
  }
`;

export interface RunListItem {
  id: string;
  runId: string;
  status: RunStatus;
  assetSelection: AssetKey[];
  partitionKey: string | null;
  jobName: string | null;
  tags: RunTag[];
  launchedBy: string;
  creationTime: string;
  startTime: string | null;
  endTime: string | null;
}

/** The run page adds config, lineage of re-executions and the steps. */
export const RUN_DETAIL_FIELDS = /* GraphQL */ `
  fragment RunDetailFields on Run {
    ...RunListFields
    runConfig
    runConfigYaml
    partitionRangeStart
    partitionRangeEnd
    parentRunId
    rootRunId
    codeHash
    canTerminate
    queuedReason
    steps { stepKey assetKey { path } status attempt startTime endTime }
  }
`;

export interface RunDetail extends RunListItem {
  /** The content hash of the code the run executed; null until a run process picked it up. */
  codeHash: string | null;
  runConfig: string;
  /** The run config document as YAML; empty when there is none. */
  runConfigYaml: string;
  partitionRangeStart: string | null;
  partitionRangeEnd: string | null;
  parentRunId: string | null;
  rootRunId: string | null;
  canTerminate: boolean;
  queuedReason: string | null;
  steps: RunStep[];
}

export interface RunNotFoundError {
  __typename: "RunNotFoundError";
  message: string;
}

// ---- runsOrError -------------------------------------------------------------------------------

export const RUNS_OR_ERROR_QUERY = /* GraphQL */ `
  query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {
    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
      __typename
      ... on Runs {
        results { ...RunListFields }
        nextCursor
      }
      ... on InvalidRunsFilterError { message }
    }
  }
  ${RUN_LIST_FIELDS}
`;

export interface RunsFilter {
  statuses?: RunStatus[] | null;
  assetKey?: string | null;
  tags?: RunTag[] | null;
  jobName?: string | null;
}

export type RunsOrError =
  | { __typename: "Runs"; results: RunListItem[]; nextCursor: string | null }
  | { __typename: "InvalidRunsFilterError"; message: string };

export interface RunsOrErrorQueryData {
  runsOrError: RunsOrError;
}

export interface RunsOrErrorQueryVariables extends Record<string, unknown> {
  filter?: RunsFilter | null;
  cursor?: string | null;
  limit?: number | null;
}

/** Is anything queued or running anywhere? One id is enough to know. */
export const RUNS_IN_PROGRESS_QUERY = /* GraphQL */ `
  query RunsInProgress($filter: RunsFilter) {
    runsOrError(filter: $filter, limit: 1) {
      __typename
      ... on Runs { results { id runId status } }
      ... on InvalidRunsFilterError { message }
    }
  }
`;

export interface RunsInProgressQueryData {
  runsOrError:
    | { __typename: "Runs"; results: Array<{ id: string; runId: string; status: RunStatus }> }
    | { __typename: "InvalidRunsFilterError"; message: string };
}

// ---- runOrError --------------------------------------------------------------------------------

export const RUN_OR_ERROR_QUERY = /* GraphQL */ `
  query RunOrError($runId: ID!) {
    runOrError(runId: $runId) {
      __typename
      ... on Run { ...RunDetailFields }
      ... on RunNotFoundError { message }
    }
  }
  ${RUN_DETAIL_FIELDS}
  ${RUN_LIST_FIELDS}
`;

export type RunOrError = ({ __typename: "Run" } & RunDetail) | RunNotFoundError;

export interface RunOrErrorQueryData {
  runOrError: RunOrError;
}

export interface RunOrErrorQueryVariables extends Record<string, unknown> {
  runId: string;
}

// ---- logsForRun --------------------------------------------------------------------------------

export const LOGS_FOR_RUN_QUERY = /* GraphQL */ `
  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int) {
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
      __typename
      ... on EventConnection {
        events {
          id
          runId
          stepKey
          assetKey { path }
          partitionKey
          eventType
          level
          message
          timestamp
          metadataEntries { label type value }
          error { message stack }
        }
        cursor
        hasMore
      }
      ... on RunNotFoundError { message }
    }
  }
`;

export interface RunEvent {
  id: string;
  runId: string;
  stepKey: string | null;
  assetKey: AssetKey | null;
  partitionKey: string | null;
  eventType: string;
  level: EventLevel;
  message: string;
  timestamp: string;
  metadataEntries: MetadataEntry[];
  error: { message: string; stack: string | null } | null;
}

export type EventConnectionOrError = { __typename: "EventConnection"; events: RunEvent[]; cursor: string; hasMore: boolean } | RunNotFoundError;

export interface LogsForRunQueryData {
  logsForRun: EventConnectionOrError;
}

export interface LogsForRunQueryVariables extends Record<string, unknown> {
  runId: string;
  afterCursor?: string | null;
  limit?: number | null;
}

// ---- computeLogs -------------------------------------------------------------------------------

export const COMPUTE_LOGS_QUERY = /* GraphQL */ `
  query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {
    computeLogs(runId: $runId, stepKey: $stepKey, stream: $stream, beforeCursor: $beforeCursor, afterCursor: $afterCursor) {
      __typename
      ... on ComputeLogs { stepKey stream text startCursor endCursor hasEarlier hasLater streamsWithOutput }
      ... on RunNotFoundError { message }
      ... on InvalidCursorError { message }
    }
  }
`;

export type ComputeLogStream = "STDOUT" | "STDERR";

/** One window of a step's stdout or stderr; the console joins windows as it reads earlier or later output. */
export interface ComputeLogs {
  __typename: "ComputeLogs";
  stepKey: string;
  stream: ComputeLogStream;
  text: string;
  startCursor: string;
  endCursor: string;
  hasEarlier: boolean;
  hasLater: boolean;
  streamsWithOutput: ComputeLogStream[];
}

export interface ComputeLogsQueryData {
  computeLogs: ComputeLogs | { __typename: "RunNotFoundError" | "InvalidCursorError"; message: string };
}

export interface ComputeLogsQueryVariables extends Record<string, unknown> {
  runId: string;
  stepKey: string;
  stream: ComputeLogStream;
  beforeCursor?: string | null;
  afterCursor?: string | null;
}

// ---- launchRun / launchRunReexecution ----------------------------------------------------------

const LAUNCH_RUN_RESULT_FIELDS = /* GraphQL */ `
  fragment LaunchRunResultFields on LaunchRunResult {
    __typename
    ... on LaunchRunSuccess { run { id runId status } }
    ... on AssetNotFoundError { message }
    ... on JobNotFoundError { message }
    ... on InvalidSelectionError { message position }
    ... on RunConfigValidationInvalid { message errors { path message } }
    ... on LaunchRunError { message }
    ... on UnauthorizedError { message permission }
  }
`;

export const LAUNCH_RUN_MUTATION = /* GraphQL */ `
  mutation LaunchRun($input: LaunchRunInput!) {
    launchRun(input: $input) { ...LaunchRunResultFields }
  }
  ${LAUNCH_RUN_RESULT_FIELDS}
`;

export const LAUNCH_RUN_REEXECUTION_MUTATION = /* GraphQL */ `
  mutation LaunchRunReexecution($params: ReexecutionParams!) {
    launchRunReexecution(params: $params) { ...LaunchRunResultFields }
  }
  ${LAUNCH_RUN_RESULT_FIELDS}
`;

export interface ConfigError {
  path: string[];
  message: string;
}

export type LaunchRunResult =
  | { __typename: "LaunchRunSuccess"; run: { id: string; runId: string; status: RunStatus } }
  | { __typename: "AssetNotFoundError"; message: string }
  | { __typename: "JobNotFoundError"; message: string }
  | { __typename: "InvalidSelectionError"; message: string; position: number }
  | { __typename: "RunConfigValidationInvalid"; message: string; errors: ConfigError[] }
  | { __typename: "LaunchRunError"; message: string }
  | UnauthorizedError;

export type LaunchRunFailure = Exclude<LaunchRunResult, { __typename: "LaunchRunSuccess" }>;

export interface LaunchRunInput {
  assetSelection?: Array<{ path: string[] }> | null;
  selection?: string | null;
  jobName?: string | null;
  presetName?: string | null;
  checksOnly?: boolean | null;
  runConfig?: string | null;
  tags?: RunTag[] | null;
  partitionKey?: string | null;
}

export interface LaunchRunData {
  launchRun: LaunchRunResult;
}

export interface LaunchRunVariables extends Record<string, unknown> {
  input: LaunchRunInput;
}

export interface ReexecutionParams {
  parentRunId: string;
  strategy: ReexecutionStrategy;
  stepKeys?: string[] | null;
}

export interface LaunchRunReexecutionData {
  launchRunReexecution: LaunchRunResult;
}

export interface LaunchRunReexecutionVariables extends Record<string, unknown> {
  params: ReexecutionParams;
}

// ---- terminateRun ------------------------------------------------------------------------------

export const TERMINATE_RUN_MUTATION = /* GraphQL */ `
  mutation TerminateRun($runId: String!) {
    terminateRun(runId: $runId) {
      __typename
      ... on TerminateRunSuccess { run { id runId status canTerminate } }
      ... on TerminateRunFailure { message }
      ... on RunNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`;

export type TerminateRunResult =
  | { __typename: "TerminateRunSuccess"; run: { id: string; runId: string; status: RunStatus; canTerminate: boolean } }
  | { __typename: "TerminateRunFailure"; message: string }
  | RunNotFoundError
  | UnauthorizedError;

export interface TerminateRunData {
  terminateRun: TerminateRunResult;
}

export interface TerminateRunVariables extends Record<string, unknown> {
  runId: string;
}
