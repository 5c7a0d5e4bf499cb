/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssetCheckExecutionResolvedStatus =
  | 'ERRORED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'SKIPPED'
  | 'SUCCEEDED';

export type AssetCheckSeverity =
  | 'ERROR'
  | 'WARN';

export type AssetKeyInput = {
  path: Array<string>;
};

export type AssetMaterializationState =
  | 'FAILED'
  | 'MATERIALIZED'
  | 'NEVER_MATERIALIZED'
  | 'SOURCE';

export type BackfillPartitionState =
  | 'CANCELED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'MATERIALIZED'
  | 'NOT_SUBMITTED'
  | 'QUEUED'
  | 'SKIPPED';

export type BackfillStatus =
  | 'CANCELED'
  | 'CANCELING'
  | 'COMPLETED'
  | 'COMPLETED_WITH_FAILURES'
  | 'FAILED'
  | 'REQUESTED';

/** ONE_RUN_PER_PARTITION, or SINGLE_RUN: one run per contiguous range for assets whose backfill policy is single_run. */
export type BackfillStrategy =
  | 'ONE_RUN_PER_PARTITION'
  | 'SINGLE_RUN';

export type CodeLocationLoadStatus =
  | 'ERROR'
  | 'LOADED'
  | 'LOADING';

/** What a reload changed: the definitions (and so the graph), only the code (a compute body, a helper), or nothing. */
export type CodeLocationReloadChange =
  | 'CODE'
  | 'DEFINITIONS'
  | 'NONE';

export type ComputeLogStream =
  | 'STDERR'
  | 'STDOUT';

export type EventLevel =
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARN';

export type FreshnessStatus =
  | 'FRESH'
  | 'STALE'
  | 'WARN';

export type InstanceProcessHealth =
  | 'HEALTHY'
  | 'NOT_RESPONDING'
  | 'STOPPED';

export type InstanceProcessKind =
  | 'DAEMON'
  | 'WORKER';

/** Whether a schedule or sensor is evaluated (RUNNING) or not (STOPPED). */
export type InstigatorStatus =
  | 'RUNNING'
  | 'STOPPED';

export type LaunchPartitionBackfillInput = {
  assetSelection?: Array<AssetKeyInput> | null | undefined;
  /** A key for this launch, e.g. a UUID per click (1–200 letters, digits and . _ : -). A launch whose key was used already launches nothing and returns the first launch (replayed: true), even when it asks for something else. Ignored by partitionBackfillPreview. */
  idempotencyKey?: string | null | undefined;
  /** Also backfill the missing upstream partitions the chosen partitions read, transitively, upstream first (default false). */
  includeMissingUpstream?: boolean | null | undefined;
  /** Leave out partitions whose latest materialization succeeded (default false). */
  onlyMissingOrFailed?: boolean | null | undefined;
  /** Keep only unsynced partitions: materialized, but their code version or upstream data changed since (default false). */
  onlyUnsynced?: boolean | null | undefined;
  /** e.g. "2026-01-01...2026-01-30, 2026-02-03", multi "2026-01-01|us...2026-01-07|eu"; null for every partition. */
  partitionSelection?: string | null | undefined;
  /** JSON object of asset key → config; each run gets the config of its own assets. */
  runConfig?: string | null | undefined;
  /** Selection syntax, used when assetSelection is not given. */
  selection?: string | null | undefined;
  /** Default ONE_RUN_PER_PARTITION. */
  strategy?: BackfillStrategy | null | undefined;
  tags?: Array<RunTagInput> | null | undefined;
};

export type LaunchRunInput = {
  assetSelection?: Array<AssetKeyInput> | null | undefined;
  /** Run the assets' checks on their stored values instead of materializing them. */
  checksOnly?: boolean | null | undefined;
  /** A key for this launch, e.g. a UUID per click (1–200 letters, digits and . _ : -). A launch whose key was used already launches nothing and returns the first launch (replayed: true), even when it asks for something else. */
  idempotencyKey?: string | null | undefined;
  /** A job to launch instead of assets: its assets, tags and run config. */
  jobName?: string | null | undefined;
  partitionKey?: string | null | undefined;
  /** One of the job's presets: its run config (unless runConfig is given) and tags. */
  presetName?: string | null | undefined;
  /** The run config document as YAML or JSON: ops.<asset key>.config, resources.<name>.config. */
  runConfig?: string | null | undefined;
  /** Selection syntax, used when assetSelection is not given. */
  selection?: string | null | undefined;
  tags?: Array<RunTagInput> | null | undefined;
};

export type PartitionsKind =
  | 'DYNAMIC'
  | 'MULTI'
  | 'STATIC'
  | 'TIME_WINDOW';

export type Permission =
  | 'CANCEL_BACKFILLS'
  | 'EDIT_DYNAMIC_PARTITIONS'
  | 'EDIT_SCHEDULES'
  | 'EDIT_SENSORS'
  | 'EDIT_SENSOR_CURSORS'
  | 'LAUNCH_BACKFILLS'
  | 'LAUNCH_RUNS'
  | 'MANAGE_TOKENS'
  | 'MANAGE_USERS'
  | 'PRUNE_HISTORY'
  | 'READ_METRICS'
  | 'RELOAD_CODE_LOCATIONS'
  | 'REPORT_ASSET_EVENTS'
  | 'TERMINATE_RUNS'
  | 'VIEW_AUDIT_LOG';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'LOCAL'
  | 'TOKEN'
  | 'USER';

export type ReexecutionParams = {
  /** A key for this launch, e.g. a UUID per click (1–200 letters, digits and . _ : -). A launch whose key was used already launches nothing and returns the first launch (replayed: true), even when it asks for something else. */
  idempotencyKey?: string | null | undefined;
  parentRunId: string;
  stepKeys?: Array<string> | null | undefined;
  strategy: ReexecutionStrategy;
};

export type ReexecutionStrategy =
  | 'ALL_STEPS'
  | 'FROM_FAILURE'
  | 'SELECTED_STEPS';

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'LAUNCHER'
  | 'VIEWER';

export type RoleGrantInput = {
  role: Role;
  selection: string;
};

/** What a launch would materialize: asset keys, a selection or a job (one of them). */
export type RunConfigTarget = {
  assetSelection?: Array<AssetKeyInput> | null | undefined;
  jobName?: string | null | undefined;
  selection?: string | null | undefined;
};

/** Which of a run's events to list; every field left out lets every event through. */
export type RunEventFilter = {
  eventType?: string | null | undefined;
  levels?: Array<EventLevel> | null | undefined;
  /** Events of these steps only (at most 1000); run-level events have no step and drop out. */
  stepKeys?: Array<string> | null | undefined;
  /** Case-insensitive text (at most 200 characters) in the message, event type, step key, error message, or a metadata label or value. */
  text?: string | null | undefined;
};

export type RunStatus =
  | 'CANCELED'
  | 'CANCELING'
  | 'FAILURE'
  | 'QUEUED'
  | 'STARTED'
  | 'STARTING'
  | 'SUCCESS';

export type RunTagInput = {
  key: string;
  value: string;
};

export type RunsFilter = {
  assetKey?: string | null | undefined;
  /** Runs submitted by this backfill. */
  backfillId?: string | null | undefined;
  /** Leave out runs a backfill submitted; Runs.backfills then lists the backfills created within the page's span instead. Ignored with backfillId, statuses or jobName. */
  foldBackfills?: boolean | null | undefined;
  /** Runs launched from this job. */
  jobName?: string | null | undefined;
  statuses?: Array<RunStatus> | null | undefined;
  tags?: Array<RunTagInput> | null | undefined;
};

export type RunsTimelineRange =
  | 'LAST_6_HOURS'
  | 'LAST_7_DAYS'
  | 'LAST_24_HOURS'
  | 'LAST_HOUR';

/** CUSTOM sensors run their own evaluate function; ASSET sensors follow an asset's materializations; RUN_STATUS sensors react to runs ending. */
export type SensorType =
  | 'ASSET'
  | 'CUSTOM'
  | 'RUN_STATUS';

export type StaleStatus =
  | 'MISSING'
  | 'STALE'
  | 'UP_TO_DATE';

export type StepStatus =
  | 'CANCELED'
  | 'FAILURE'
  | 'PENDING'
  | 'RUNNING'
  | 'SKIPPED'
  | 'SUCCESS';

/** STARTED while a tick launches its runs; SUCCESS once launched; SKIPPED with a reason; FAILURE with the error. */
export type TickStatus =
  | 'FAILURE'
  | 'SKIPPED'
  | 'STARTED'
  | 'SUCCESS';

export type ApiTokenFieldsFragment = { id: string, name: string, role: Role, createdBy: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokensOrError:
    | { __typename: 'ApiTokenList', tokens: Array<{ id: string, name: string, role: Role, createdBy: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role: Role;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken:
    | { __typename: 'CreateApiTokenSuccess', secret: string, token: { id: string, name: string, role: Role, createdBy: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type RevokeApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken:
    | { __typename: 'ApiToken', id: string, name: string, role: Role, createdBy: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'ApiTokenNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type AuditEventsQueryVariables = Exact<{
  limit?: number | null | undefined;
  before?: string | null | undefined;
  actor?: string | null | undefined;
  actionPrefix?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEventsOrError:
    | { __typename: 'AuditEventList', cursor: string | null, events: Array<{ id: string, timestamp: string, actor: string, action: string, target: string, details: string }> }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type UserFieldsFragment = { id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> };

type UserResultFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', field: string, message: string };

type UserResultFields_UnauthorizedError_Fragment = { __typename: 'UnauthorizedError', message: string, permission: string | null };

type UserResultFields_User_Fragment = { __typename: 'User', id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> };

type UserResultFields_UserNotFoundError_Fragment = { __typename: 'UserNotFoundError', message: string };

export type UserResultFieldsFragment =
  | UserResultFields_InvalidInputError_Fragment
  | UserResultFields_UnauthorizedError_Fragment
  | UserResultFields_User_Fragment
  | UserResultFields_UserNotFoundError_Fragment
;

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { usersOrError:
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
    | { __typename: 'UserList', users: Array<{ id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> }> }
   };

export type CreateUserMutationVariables = Exact<{
  email: string;
  role: Role;
  password?: string | null | undefined;
  displayName?: string | null | undefined;
}>;


export type CreateUserMutation = { createUser:
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
    | { __typename: 'User', id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> }
    | { __typename: 'UserNotFoundError', message: string }
   };

export type UpdateUserMutationVariables = Exact<{
  userId: string;
  role?: Role | null | undefined;
  password?: string | null | undefined;
  disabled?: boolean | null | undefined;
}>;


export type UpdateUserMutation = { updateUser:
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
    | { __typename: 'User', id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> }
    | { __typename: 'UserNotFoundError', message: string }
   };

export type SetUserRoleGrantsMutationVariables = Exact<{
  userId: string;
  grants: Array<RoleGrantInput> | RoleGrantInput;
}>;


export type SetUserRoleGrantsMutation = { setUserRoleGrants:
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
    | { __typename: 'User', id: string, email: string, displayName: string | null, role: Role, disabled: boolean, hasPassword: boolean, signsInWithOidc: boolean, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, selection: string }> }
    | { __typename: 'UserNotFoundError', message: string }
   };

export type DeleteUserMutationVariables = Exact<{
  userId: string;
}>;


export type DeleteUserMutation = { deleteUser:
    | { __typename: 'DeleteUserSuccess', userId: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
    | { __typename: 'UserNotFoundError', message: string }
   };

export type AssetGraphOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetGraphOverviewQuery = { assetGraphOverview: { assetCount: number, overviewFirst: boolean, groups: Array<{ name: string, codeLocationNames: Array<string>, assetCount: number, statusCounts: { materialized: number, failed: number, neverMaterialized: number, source: number, stale: number } }>, groupEdges: Array<{ source: string, target: string, assetEdgeCount: number }> } };

export type AssetGraphGroupsQueryVariables = Exact<{
  groupNames: Array<string> | string;
}>;


export type AssetGraphGroupsQuery = { assetGraphGroups:
    | { __typename: 'AssetGraphGroups', assets: Array<{ id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, staleStatus: StaleStatus, unsyncedPartitionCount: number | null, assetLatestInfo: { state: AssetMaterializationState, lastMaterializationTimestamp: string | null, lastMaterializationRunId: string | null, lastFailureTimestamp: string | null, lastFailureRunId: string | null, lastFailureMessage: string | null }, freshnessInfo: { status: FreshnessStatus, minutesLate: number, reason: string } | null, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }>, staleCauses: Array<{ reason: string }> }>, linkedAssets: Array<{ id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }> }>, edges: Array<{ source: string, target: string }> }
    | { __typename: 'InvalidInputError', field: string, message: string }
   };

export type AssetGroupOfQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetGroupOfQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', groupName: string }
    | { __typename: 'AssetNotFoundError' }
   };

export type AssetGraphStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetGraphStructureQuery = { assetNodes: Array<{ id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }> }> };

export type AssetRunStatesQueryVariables = Exact<{
  filter?: RunsFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type AssetRunStatesQuery = { runsOrError:
    | { __typename: 'InvalidRunsFilterError' }
    | { __typename: 'Runs', results: Array<{ id: string, runId: string, status: RunStatus, assetSelection: Array<{ path: Array<string> }>, steps: Array<{ status: StepStatus, assetKey: { path: Array<string> } | null }> }> }
   };

export type AssetKeyFieldsFragment = { path: Array<string> };

export type AssetExternalLineageQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetExternalLineageQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, externalLineage: { namespace: string | null, name: string | null, producers: Array<{ label: string, parentLabel: string | null, latestRuns: Array<{ runId: string, state: string, startTime: string | null, endTime: string | null, lastEventTime: string, errorMessage: string | null, parentRun: { runId: string, jobLabel: string, state: string, childRuns: Array<{ state: string }> } | null }> }>, consumers: Array<{ label: string, parentLabel: string | null, latestState: string | null }> } | null }
    | { __typename: 'AssetNotFoundError' }
   };

export type AssetLatestInfoFieldsFragment = { state: AssetMaterializationState, lastMaterializationTimestamp: string | null, lastMaterializationRunId: string | null, lastFailureTimestamp: string | null, lastFailureRunId: string | null, lastFailureMessage: string | null };

export type MetadataEntryFieldsFragment = { label: string, type: string, value: string };

export type AssetColumnLinkFieldsFragment = { column: string, assetExists: boolean, isDependency: boolean, columnKnown: boolean | null, assetKey: { path: Array<string> } };

export type AssetColumnsQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetColumnsQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, columns: Array<{ name: string, type: string | null, description: string | null, declared: boolean, upstream: Array<{ column: string, assetExists: boolean, isDependency: boolean, columnKnown: boolean | null, assetKey: { path: Array<string> } }>, downstream: Array<{ column: string, assetExists: boolean, isDependency: boolean, columnKnown: boolean | null, assetKey: { path: Array<string> } }> }> }
    | { __typename: 'AssetNotFoundError' }
   };

export type AssetColumnPathFieldsFragment = { truncated: boolean, steps: Array<{ column: string, depth: number, assetKey: { path: Array<string> }, via: { column: string, assetKey: { path: Array<string> } } }> };

export type AssetColumnPathQueryVariables = Exact<{
  assetKey: AssetKeyInput;
  column: string;
}>;


export type AssetColumnPathQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, column: { name: string, upstreamPath: { truncated: boolean, steps: Array<{ column: string, depth: number, assetKey: { path: Array<string> }, via: { column: string, assetKey: { path: Array<string> } } }> }, downstreamPath: { truncated: boolean, steps: Array<{ column: string, depth: number, assetKey: { path: Array<string> }, via: { column: string, assetKey: { path: Array<string> } } }> } } | null }
    | { __typename: 'AssetNotFoundError' }
   };

export type AssetMaterializationsQueryVariables = Exact<{
  assetKey: AssetKeyInput;
  limit?: number | null | undefined;
}>;


export type AssetMaterializationsQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, assetMaterializations: Array<{ runId: string, partitionKey: string | null, timestamp: string, metadataEntries: Array<{ label: string, type: string, value: string }> }> }
    | { __typename: 'AssetNotFoundError', message: string }
   };

export type AssetNodeOrErrorQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetNodeOrErrorQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, groupName: string, description: string | null, owners: Array<string>, kinds: Array<string>, codeVersion: string | null, isSource: boolean, observeIntervalMinutes: number | null, codeLocationName: string, partitionCount: number | null, staleStatus: StaleStatus, unsyncedPartitionCount: number | null, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, metadataEntries: Array<{ label: string, type: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }>, dependedByKeys: Array<{ path: Array<string> }>, assetLatestInfo: { state: AssetMaterializationState, lastMaterializationTimestamp: string | null, lastMaterializationRunId: string | null, lastFailureTimestamp: string | null, lastFailureRunId: string | null, lastFailureMessage: string | null }, freshnessPolicy: { maximumLagMinutes: number, warnAfterMinutes: number | null, cronSchedule: string | null, cronScheduleTimezone: string | null } | null, freshnessInfo: { status: FreshnessStatus, minutesLate: number, reason: string } | null, unsyncedCauses: Array<{ reason: string, partitionCount: number | null, key: { path: Array<string> }, dependency: { path: Array<string> } | null }>, automationCondition: { type: string, label: string } | null, automationEvaluations: Array<{ id: string, evaluatedAt: string, requested: boolean, reasons: Array<string>, runId: string | null, partitionKey: string | null, error: string | null }>, staleCauses: Array<{ reason: string }> }
    | { __typename: 'AssetNotFoundError', message: string }
   };

export type AssetNodeStructureFieldsFragment = { id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }> };

export type AssetNodeListFieldsFragment = { id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, staleStatus: StaleStatus, unsyncedPartitionCount: number | null, assetLatestInfo: { state: AssetMaterializationState, lastMaterializationTimestamp: string | null, lastMaterializationRunId: string | null, lastFailureTimestamp: string | null, lastFailureRunId: string | null, lastFailureMessage: string | null }, freshnessInfo: { status: FreshnessStatus, minutesLate: number, reason: string } | null, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }>, staleCauses: Array<{ reason: string }> };

export type AssetNodesQueryVariables = Exact<{
  selection?: string | null | undefined;
}>;


export type AssetNodesQuery = { assetNodes: Array<{ id: string, groupName: string, kinds: Array<string>, owners: Array<string>, isSource: boolean, codeLocationName: string, columnNames: Array<string>, staleStatus: StaleStatus, unsyncedPartitionCount: number | null, assetLatestInfo: { state: AssetMaterializationState, lastMaterializationTimestamp: string | null, lastMaterializationRunId: string | null, lastFailureTimestamp: string | null, lastFailureRunId: string | null, lastFailureMessage: string | null }, freshnessInfo: { status: FreshnessStatus, minutesLate: number, reason: string } | null, assetKey: { path: Array<string> }, tags: Array<{ key: string, value: string }>, dependencyKeys: Array<{ path: Array<string> }>, staleCauses: Array<{ reason: string }> }> };

export type ExternalRunsInProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type ExternalRunsInProgressQuery = { externalRunsInProgress: Array<{ runId: string, jobLabel: string, outputKeys: Array<{ path: Array<string> }> }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, kind: PrincipalKind, role: Role | null, permissions: Array<Permission>, signInEnabled: boolean, grants: Array<{ role: Role, selection: string }>, refusals: Array<{ permission: Permission, message: string }> } };

export type AutomatedAssetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomatedAssetsQuery = { automatedAssetNodes: Array<{ id: string, assetKey: { path: Array<string> }, automationCondition: { type: string, label: string } | null, automationEvaluations: Array<{ id: string, evaluatedAt: string, requested: boolean, reasons: Array<string>, runId: string | null, partitionKey: string | null, error: string | null }> }> };

export type TickFieldsFragment = { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> };

export type ScheduleFieldsFragment = { id: string, name: string, codeLocationName: string, description: string | null, cronSchedule: string, cronDescription: string | null, executionTimezone: string, status: InstigatorStatus, defaultStatus: InstigatorStatus, catchup: boolean, maxActiveRuns: number | null, jobName: string | null, selection: string | null, nextTickTimes: Array<string>, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, tags: Array<{ key: string, value: string }>, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null };

export type SchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesQuery = { schedulesOrError:
    | { __typename: 'CodeLocationNotFoundError', message: string }
    | { __typename: 'Schedules', results: Array<{ id: string, name: string, codeLocationName: string, description: string | null, cronSchedule: string, cronDescription: string | null, executionTimezone: string, status: InstigatorStatus, defaultStatus: InstigatorStatus, catchup: boolean, maxActiveRuns: number | null, jobName: string | null, selection: string | null, nextTickTimes: Array<string>, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, tags: Array<{ key: string, value: string }>, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }> }
   };

export type ScheduleOrErrorQueryVariables = Exact<{
  codeLocationName: string;
  scheduleName: string;
}>;


export type ScheduleOrErrorQuery = { scheduleOrError:
    | { __typename: 'Schedule', id: string, name: string, codeLocationName: string, description: string | null, cronSchedule: string, cronDescription: string | null, executionTimezone: string, status: InstigatorStatus, defaultStatus: InstigatorStatus, catchup: boolean, maxActiveRuns: number | null, jobName: string | null, selection: string | null, nextTickTimes: Array<string>, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, tags: Array<{ key: string, value: string }>, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'ScheduleNotFoundError', message: string }
   };

export type ScheduleTicksQueryVariables = Exact<{
  codeLocationName: string;
  scheduleName: string;
  limit: number;
  cursor?: string | null | undefined;
}>;


export type ScheduleTicksQuery = { scheduleOrError:
    | { __typename: 'Schedule', id: string, ticks: Array<{ id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> }> }
    | { __typename: 'ScheduleNotFoundError', message: string }
   };

export type SensorFieldsFragment = { id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null };

export type SensorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SensorsQuery = { sensorsOrError:
    | { __typename: 'CodeLocationNotFoundError', message: string }
    | { __typename: 'Sensors', results: Array<{ id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }> }
   };

export type SensorOrErrorQueryVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
}>;


export type SensorOrErrorQuery = { sensorOrError:
    | { __typename: 'Sensor', id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'SensorNotFoundError', message: string }
   };

export type SensorTicksQueryVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
  limit: number;
  cursor?: string | null | undefined;
}>;


export type SensorTicksQuery = { sensorOrError:
    | { __typename: 'Sensor', id: string, ticks: Array<{ id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> }> }
    | { __typename: 'SensorNotFoundError', message: string }
   };

export type SetSensorCursorMutationVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
  cursor?: string | null | undefined;
}>;


export type SetSensorCursorMutation = { setSensorCursor:
    | { __typename: 'InvalidSensorCursorError', message: string }
    | { __typename: 'Sensor', id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'SensorNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type TestRunRequestFieldsFragment = { runKey: string | null, partitionKey: string | null, runConfigYaml: string | null, tags: Array<{ key: string, value: string }> };

export type TestScheduleMutationVariables = Exact<{
  codeLocationName: string;
  scheduleName: string;
  tickTime?: string | null | undefined;
}>;


export type TestScheduleMutation = { testSchedule:
    | { __typename: 'InstigatorNotFoundError', message: string }
    | { __typename: 'InvalidTestInputError', field: string, message: string }
    | { __typename: 'ScheduleTestEvaluation', tickTime: string, skipReason: string | null, error: string | null, runRequests: Array<{ runKey: string | null, partitionKey: string | null, runConfigYaml: string | null, tags: Array<{ key: string, value: string }> }> }
    | { __typename: 'UnauthorizedError', message: string }
   };

export type TestSensorMutationVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
  cursor?: string | null | undefined;
}>;


export type TestSensorMutation = { testSensor:
    | { __typename: 'InstigatorNotFoundError', message: string }
    | { __typename: 'InvalidTestInputError', field: string, message: string }
    | { __typename: 'SensorTestEvaluation', cursor: string | null, skipReason: string | null, error: string | null, logs: Array<string>, runRequests: Array<{ runKey: string | null, partitionKey: string | null, runConfigYaml: string | null, tags: Array<{ key: string, value: string }> }> }
    | { __typename: 'UnauthorizedError', message: string }
   };

export type StartScheduleMutationVariables = Exact<{
  codeLocationName: string;
  scheduleName: string;
}>;


export type StartScheduleMutation = { startSchedule:
    | { __typename: 'Schedule', id: string, name: string, codeLocationName: string, description: string | null, cronSchedule: string, cronDescription: string | null, executionTimezone: string, status: InstigatorStatus, defaultStatus: InstigatorStatus, catchup: boolean, maxActiveRuns: number | null, jobName: string | null, selection: string | null, nextTickTimes: Array<string>, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, tags: Array<{ key: string, value: string }>, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'ScheduleNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type StopRunningScheduleMutationVariables = Exact<{
  codeLocationName: string;
  scheduleName: string;
}>;


export type StopRunningScheduleMutation = { stopRunningSchedule:
    | { __typename: 'Schedule', id: string, name: string, codeLocationName: string, description: string | null, cronSchedule: string, cronDescription: string | null, executionTimezone: string, status: InstigatorStatus, defaultStatus: InstigatorStatus, catchup: boolean, maxActiveRuns: number | null, jobName: string | null, selection: string | null, nextTickTimes: Array<string>, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, tags: Array<{ key: string, value: string }>, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'ScheduleNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type StartSensorMutationVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
}>;


export type StartSensorMutation = { startSensor:
    | { __typename: 'Sensor', id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'SensorNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type StopSensorMutationVariables = Exact<{
  codeLocationName: string;
  sensorName: string;
}>;


export type StopSensorMutation = { stopSensor:
    | { __typename: 'Sensor', id: string, name: string, codeLocationName: string, description: string | null, sensorType: SensorType, status: InstigatorStatus, defaultStatus: InstigatorStatus, minimumIntervalSeconds: number, cursor: string | null, jobName: string | null, selection: string | null, runStatus: RunStatus | null, monitoredJobName: string | null, nextEvaluationAt: string | null, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, monitoredAssetKey: { path: Array<string> } | null, monitoredAssetKeys: Array<{ path: Array<string> }> | null, lastTick: { id: string, tickTime: string, evaluatedAt: string, status: TickStatus, runIds: Array<string>, skipReason: string | null, error: string | null, cursor: string | null, runs: Array<{ runId: string, status: RunStatus, partitionKey: string | null }> } | null }
    | { __typename: 'SensorNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

type LaunchPartitionBackfillResultFields_AssetNotFoundError_Fragment = { __typename: 'AssetNotFoundError', message: string };

type LaunchPartitionBackfillResultFields_InvalidIdempotencyKeyError_Fragment = { __typename: 'InvalidIdempotencyKeyError', message: string };

type LaunchPartitionBackfillResultFields_InvalidPartitionSelectionError_Fragment = { __typename: 'InvalidPartitionSelectionError', message: string };

type LaunchPartitionBackfillResultFields_InvalidSelectionError_Fragment = { __typename: 'InvalidSelectionError', message: string, position: number };

type LaunchPartitionBackfillResultFields_LaunchPartitionBackfillSuccess_Fragment = { __typename: 'LaunchPartitionBackfillSuccess', backfill: { id: string, backfillId: string, status: BackfillStatus } };

type LaunchPartitionBackfillResultFields_LaunchRunError_Fragment = { __typename: 'LaunchRunError', message: string };

type LaunchPartitionBackfillResultFields_RunConfigValidationInvalid_Fragment = { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> };

type LaunchPartitionBackfillResultFields_UnauthorizedError_Fragment = { __typename: 'UnauthorizedError', message: string, permission: string | null };

export type LaunchPartitionBackfillResultFieldsFragment =
  | LaunchPartitionBackfillResultFields_AssetNotFoundError_Fragment
  | LaunchPartitionBackfillResultFields_InvalidIdempotencyKeyError_Fragment
  | LaunchPartitionBackfillResultFields_InvalidPartitionSelectionError_Fragment
  | LaunchPartitionBackfillResultFields_InvalidSelectionError_Fragment
  | LaunchPartitionBackfillResultFields_LaunchPartitionBackfillSuccess_Fragment
  | LaunchPartitionBackfillResultFields_LaunchRunError_Fragment
  | LaunchPartitionBackfillResultFields_RunConfigValidationInvalid_Fragment
  | LaunchPartitionBackfillResultFields_UnauthorizedError_Fragment
;

export type LaunchPartitionBackfillMutationVariables = Exact<{
  input: LaunchPartitionBackfillInput;
}>;


export type LaunchPartitionBackfillMutation = { launchPartitionBackfill:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidIdempotencyKeyError', message: string }
    | { __typename: 'InvalidPartitionSelectionError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'LaunchPartitionBackfillSuccess', backfill: { id: string, backfillId: string, status: BackfillStatus } }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type CancelBackfillMutationVariables = Exact<{
  backfillId: string;
}>;


export type CancelBackfillMutation = { cancelBackfill:
    | { __typename: 'Backfill', id: string, backfillId: string, status: BackfillStatus }
    | { __typename: 'BackfillNotFoundError', message: string }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type RetryBackfillMutationVariables = Exact<{
  backfillId: string;
}>;


export type RetryBackfillMutation = { retryBackfill:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidIdempotencyKeyError', message: string }
    | { __typename: 'InvalidPartitionSelectionError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'LaunchPartitionBackfillSuccess', backfill: { id: string, backfillId: string, status: BackfillStatus } }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type BackfillListFieldsFragment = { id: string, backfillId: string, status: BackfillStatus, strategy: BackfillStrategy, onlyMissingOrFailed: boolean, createdTime: string, endTime: string | null, launchedBy: string, error: string | null, partitionSelection: string, numPartitions: number, numRuns: number, numSubmitted: number, tags: Array<{ key: string, value: string }>, assetSelection: Array<{ path: Array<string> }>, progress: { numRuns: number, numQueued: number, numInProgress: number, numSucceeded: number, numFailed: number, numCanceled: number, numSkipped: number, numNotSubmitted: number } };

export type BackfillsQueryVariables = Exact<{
  limit?: number | null | undefined;
  cursor?: string | null | undefined;
}>;


export type BackfillsQuery = { backfills: { nextCursor: string | null, results: Array<{ id: string, backfillId: string, status: BackfillStatus, strategy: BackfillStrategy, onlyMissingOrFailed: boolean, createdTime: string, endTime: string | null, launchedBy: string, error: string | null, partitionSelection: string, numPartitions: number, numRuns: number, numSubmitted: number, tags: Array<{ key: string, value: string }>, assetSelection: Array<{ path: Array<string> }>, progress: { numRuns: number, numQueued: number, numInProgress: number, numSucceeded: number, numFailed: number, numCanceled: number, numSkipped: number, numNotSubmitted: number } }> } };

export type BackfillOrErrorQueryVariables = Exact<{
  backfillId: string;
  runsLimit?: number | null | undefined;
}>;


export type BackfillOrErrorQuery = { backfillOrError:
    | { __typename: 'Backfill', id: string, backfillId: string, status: BackfillStatus, strategy: BackfillStrategy, onlyMissingOrFailed: boolean, createdTime: string, endTime: string | null, launchedBy: string, error: string | null, partitionSelection: string, numPartitions: number, numRuns: number, numSubmitted: number, assetStatuses: Array<{ numTargeted: number, numMaterialized: number, numFailed: number, numInProgress: number, numSkipped: number, numQueued: number, numCanceled: number, numNotSubmitted: number, assetKey: { path: Array<string> }, partitions: Array<{ partitionKey: string, status: BackfillPartitionState, runId: string | null }> }>, runs: Array<{ id: string, runId: string, status: RunStatus, partitionKey: string | null, partitionRangeStart: string | null, partitionRangeEnd: string | null, creationTime: string, startTime: string | null, endTime: string | null, assetSelection: Array<{ path: Array<string> }> }>, tags: Array<{ key: string, value: string }>, assetSelection: Array<{ path: Array<string> }>, progress: { numRuns: number, numQueued: number, numInProgress: number, numSucceeded: number, numFailed: number, numCanceled: number, numSkipped: number, numNotSubmitted: number } }
    | { __typename: 'BackfillNotFoundError', message: string }
   };

export type PartitionBackfillPreviewQueryVariables = Exact<{
  input: LaunchPartitionBackfillInput;
}>;


export type PartitionBackfillPreviewQuery = { partitionBackfillPreview:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidPartitionSelectionError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'PartitionBackfillPreview', numPartitions: number, numRuns: number, limitError: string | null, assets: Array<{ numPartitions: number, partitionSelection: string | null, assetKey: { path: Array<string> } }>, upstreamGaps: { numPartitions: number, numWithMissingUpstream: number, upstreams: Array<{ numPartitions: number, assetKey: { path: Array<string> } }> } }
   };

export type AssetRunsInProgressQueryVariables = Exact<{
  filter?: RunsFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type AssetRunsInProgressQuery = { runsOrError:
    | { __typename: 'InvalidRunsFilterError', message: string }
    | { __typename: 'Runs', results: Array<{ id: string, runId: string, status: RunStatus, assetSelection: Array<{ path: Array<string> }> }> }
   };

export type AssetCheckNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetCheckNamesQuery = { assetNodes: Array<{ id: string, checkNames: Array<string>, assetKey: { path: Array<string> } }> };

export type AssetCheckExecutionFieldsFragment = { id: string, runId: string | null, partitionKey: string | null, status: AssetCheckExecutionResolvedStatus, severity: AssetCheckSeverity, description: string | null, timestamp: string, metadataEntries: Array<{ label: string, type: string, value: string }> };

export type AssetChecksQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetChecksQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, isSource: boolean, partitionsDefinition: { description: string } | null, assetChecks: Array<{ name: string, description: string | null, severity: AssetCheckSeverity, blocking: boolean, latestExecution: { id: string, runId: string | null, partitionKey: string | null, status: AssetCheckExecutionResolvedStatus, severity: AssetCheckSeverity, description: string | null, timestamp: string, metadataEntries: Array<{ label: string, type: string, value: string }> } | null }> }
    | { __typename: 'AssetNotFoundError', message: string }
   };

export type AssetCheckExecutionsQueryVariables = Exact<{
  assetKey: AssetKeyInput;
  checkName: string;
  limit?: number | null | undefined;
}>;


export type AssetCheckExecutionsQuery = { assetCheckExecutions: Array<{ id: string, runId: string | null, partitionKey: string | null, status: AssetCheckExecutionResolvedStatus, severity: AssetCheckSeverity, description: string | null, timestamp: string, metadataEntries: Array<{ label: string, type: string, value: string }> }> };

export type AssetCheckLatestStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetCheckLatestStatusesQuery = { assetCheckLatestStatuses: Array<{ checkName: string, status: AssetCheckExecutionResolvedStatus, severity: AssetCheckSeverity, assetKey: { path: Array<string> } }> };

export type CodeLocationFieldsFragment = { id: string, name: string, modulePath: string, loadStatus: CodeLocationLoadStatus, updatedTimestamp: string, assetCount: number, codeHash: string | null, loadError: { message: string, stack: string | null } | null };

export type CodeLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CodeLocationsQuery = { codeLocations: Array<{ id: string, name: string, modulePath: string, loadStatus: CodeLocationLoadStatus, updatedTimestamp: string, assetCount: number, codeHash: string | null, loadError: { message: string, stack: string | null } | null }> };

export type ReloadCodeLocationMutationVariables = Exact<{
  name: string;
}>;


export type ReloadCodeLocationMutation = { reloadCodeLocation:
    | { __typename: 'CodeLocation', lastReloadChange: CodeLocationReloadChange | null, id: string, name: string, modulePath: string, loadStatus: CodeLocationLoadStatus, updatedTimestamp: string, assetCount: number, codeHash: string | null, loadError: { message: string, stack: string | null } | null }
    | { __typename: 'CodeLocationNotFoundError', message: string }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type InstanceProcessesQueryVariables = Exact<{ [key: string]: never; }>;


export type InstanceProcessesQuery = { instanceProcesses: Array<{ id: string, kind: InstanceProcessKind, host: string, pid: number, startedAt: string, heartbeatAt: string, health: InstanceProcessHealth, concurrency: number | null, runIds: Array<string>, loops: Array<{ name: string, intervalMs: number, lastTickAt: string | null, lastError: string | null }> }> };

export type LineageExportQueryVariables = Exact<{ [key: string]: never; }>;


export type LineageExportQuery = { lineageExport: { pending: number, sent: number, failed: number, lastFailure: { runId: string, stepKey: string, eventType: string, error: string, at: string } | null } };

export type ExternalJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExternalJobsQuery = { externalJobs: Array<{ label: string, parentLabel: string | null, latestState: string | null, latestEventTime: string | null, outputKeys: Array<{ path: Array<string> }> }> };

export type JobFieldsFragment = { name: string, description: string | null, codeLocationName: string, selection: string, runConfigYaml: string, assetKeys: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, presets: Array<{ name: string, description: string | null, runConfigYaml: string, tags: Array<{ key: string, value: string }> }> };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ name: string, description: string | null, codeLocationName: string, selection: string, runConfigYaml: string, assetKeys: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, presets: Array<{ name: string, description: string | null, runConfigYaml: string, tags: Array<{ key: string, value: string }> }> }> };

export type JobOrErrorQueryVariables = Exact<{
  jobName: string;
}>;


export type JobOrErrorQuery = { jobOrError:
    | { __typename: 'Job', name: string, description: string | null, codeLocationName: string, selection: string, runConfigYaml: string, assetKeys: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, presets: Array<{ name: string, description: string | null, runConfigYaml: string, tags: Array<{ key: string, value: string }> }> }
    | { __typename: 'JobNotFoundError', message: string }
   };

export type RunConfigSchemaQueryVariables = Exact<{
  target: RunConfigTarget;
}>;


export type RunConfigSchemaQuery = { runConfigSchemaOrError:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'JobNotFoundError', message: string }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'RunConfigSchema', jsonSchema: string, codeLocationName: string, defaultRunConfigYaml: string, partitionedAssetCount: number, assetKeys: Array<{ path: Array<string> }>, partitionsDefinition: { kind: PartitionsKind, description: string } | null, job: { name: string, description: string | null, tags: Array<{ key: string, value: string }>, presets: Array<{ name: string, description: string | null, runConfigYaml: string, tags: Array<{ key: string, value: string }> }> } | null }
   };

export type IsRunConfigValidQueryVariables = Exact<{
  target: RunConfigTarget;
  runConfig: string;
}>;


export type IsRunConfigValidQuery = { isRunConfigValid:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidSelectionError', message: string }
    | { __typename: 'JobNotFoundError', message: string }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'RunConfigValid' }
    | { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> }
   };

export type PartitionsDefinitionFieldsFragment = { kind: PartitionsKind, description: string, dimensionNames: Array<string>, dynamicName: string | null, timezone: string | null };

export type PartitionStatsFieldsFragment = { numPartitions: number, numMaterialized: number, numFailed: number, numInProgress: number, numMissing: number };

export type AssetPartitionsQueryVariables = Exact<{
  assetKey: AssetKeyInput;
}>;


export type AssetPartitionsQuery = { assetNodeOrError:
    | { __typename: 'AssetNode', id: string, isSource: boolean, acceptsPartitionRange: boolean, assetKey: { path: Array<string> }, partitionsDefinition: { kind: PartitionsKind, description: string, dimensionNames: Array<string>, dynamicName: string | null, timezone: string | null } | null, partitionStats: { numPartitions: number, numMaterialized: number, numFailed: number, numInProgress: number, numMissing: number } | null, assetPartitions: { numPartitions: number, materialized: Array<Array<number>>, failed: Array<Array<number>>, inProgress: Array<Array<number>>, dimensions: Array<{ name: string, kind: PartitionsKind, listedKeys: Array<string>, keyRuns: Array<{ startKey: string, count: number, stepMinutes: number }> }> } | null }
    | { __typename: 'AssetNotFoundError', message: string }
   };

export type AssetPartitionSummariesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssetPartitionSummariesQuery = { assetNodes: Array<{ id: string, acceptsPartitionRange: boolean, assetKey: { path: Array<string> }, partitionsDefinition: { kind: PartitionsKind, description: string, dimensionNames: Array<string>, dynamicName: string | null, timezone: string | null } | null, partitionStats: { numPartitions: number, numMaterialized: number, numFailed: number, numInProgress: number, numMissing: number } | null }> };

export type PartitionHistoryQueryVariables = Exact<{
  assetKey: AssetKeyInput;
  partitionKey: string;
  limit?: number | null | undefined;
}>;


export type PartitionHistoryQuery = { partitionHistory: Array<{ id: string, runId: string | null, stepKey: string | null, partitionKey: string | null, eventType: string, level: EventLevel, message: string, timestamp: string, error: { message: string } | null }> };

export type ComputeLogsQueryVariables = Exact<{
  runId: string | number;
  stepKey: string;
  stream: ComputeLogStream;
  beforeCursor?: string | null | undefined;
  afterCursor?: string | null | undefined;
}>;


export type ComputeLogsQuery = { computeLogs:
    | { __typename: 'ComputeLogs', stepKey: string, stream: ComputeLogStream, text: string, startCursor: string, endCursor: string, hasEarlier: boolean, hasLater: boolean, streamsWithOutput: Array<ComputeLogStream> }
    | { __typename: 'InvalidCursorError', message: string }
    | { __typename: 'RunNotFoundError', message: string }
   };

type LaunchRunResultFields_AssetNotFoundError_Fragment = { __typename: 'AssetNotFoundError', message: string };

type LaunchRunResultFields_InvalidIdempotencyKeyError_Fragment = { __typename: 'InvalidIdempotencyKeyError', message: string };

type LaunchRunResultFields_InvalidSelectionError_Fragment = { __typename: 'InvalidSelectionError', message: string, position: number };

type LaunchRunResultFields_JobNotFoundError_Fragment = { __typename: 'JobNotFoundError', message: string };

type LaunchRunResultFields_LaunchRunError_Fragment = { __typename: 'LaunchRunError', message: string };

type LaunchRunResultFields_LaunchRunSuccess_Fragment = { __typename: 'LaunchRunSuccess', run: { id: string, runId: string, status: RunStatus } };

type LaunchRunResultFields_RunConfigValidationInvalid_Fragment = { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> };

type LaunchRunResultFields_UnauthorizedError_Fragment = { __typename: 'UnauthorizedError', message: string, permission: string | null };

export type LaunchRunResultFieldsFragment =
  | LaunchRunResultFields_AssetNotFoundError_Fragment
  | LaunchRunResultFields_InvalidIdempotencyKeyError_Fragment
  | LaunchRunResultFields_InvalidSelectionError_Fragment
  | LaunchRunResultFields_JobNotFoundError_Fragment
  | LaunchRunResultFields_LaunchRunError_Fragment
  | LaunchRunResultFields_LaunchRunSuccess_Fragment
  | LaunchRunResultFields_RunConfigValidationInvalid_Fragment
  | LaunchRunResultFields_UnauthorizedError_Fragment
;

export type LaunchRunMutationVariables = Exact<{
  input: LaunchRunInput;
}>;


export type LaunchRunMutation = { launchRun:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidIdempotencyKeyError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'JobNotFoundError', message: string }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'LaunchRunSuccess', run: { id: string, runId: string, status: RunStatus } }
    | { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type LaunchRunReexecutionMutationVariables = Exact<{
  params: ReexecutionParams;
}>;


export type LaunchRunReexecutionMutation = { launchRunReexecution:
    | { __typename: 'AssetNotFoundError', message: string }
    | { __typename: 'InvalidIdempotencyKeyError', message: string }
    | { __typename: 'InvalidSelectionError', message: string, position: number }
    | { __typename: 'JobNotFoundError', message: string }
    | { __typename: 'LaunchRunError', message: string }
    | { __typename: 'LaunchRunSuccess', run: { id: string, runId: string, status: RunStatus } }
    | { __typename: 'RunConfigValidationInvalid', message: string, errors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type RunDetailFieldsFragment = { runConfig: string, runConfigYaml: string, partitionRangeStart: string | null, partitionRangeEnd: string | null, parentRunId: string | null, rootRunId: string | null, codeHash: string | null, canTerminate: boolean, queuedReason: string | null, id: string, runId: string, status: RunStatus, partitionKey: string | null, jobName: string | null, launchedBy: string, creationTime: string, startTime: string | null, endTime: string | null, parentRun: { runId: string, status: RunStatus } | null, reexecutions: { hasMore: boolean, runs: Array<{ runId: string, status: RunStatus, creationTime: string }> }, steps: Array<{ stepKey: string, status: StepStatus, attempt: number, startTime: string | null, endTime: string | null, assetKey: { path: Array<string> } | null }>, assetSelection: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }> };

export type RunOrErrorQueryVariables = Exact<{
  runId: string | number;
}>;


export type RunOrErrorQuery = { runOrError:
    | { __typename: 'Run', runConfig: string, runConfigYaml: string, partitionRangeStart: string | null, partitionRangeEnd: string | null, parentRunId: string | null, rootRunId: string | null, codeHash: string | null, canTerminate: boolean, queuedReason: string | null, id: string, runId: string, status: RunStatus, partitionKey: string | null, jobName: string | null, launchedBy: string, creationTime: string, startTime: string | null, endTime: string | null, parentRun: { runId: string, status: RunStatus } | null, reexecutions: { hasMore: boolean, runs: Array<{ runId: string, status: RunStatus, creationTime: string }> }, steps: Array<{ stepKey: string, status: StepStatus, attempt: number, startTime: string | null, endTime: string | null, assetKey: { path: Array<string> } | null }>, assetSelection: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }> }
    | { __typename: 'RunNotFoundError', message: string }
   };

export type RunEventFieldsFragment = { id: string, runId: string | null, stepKey: string | null, partitionKey: string | null, eventType: string, level: EventLevel, message: string, timestamp: string, assetKey: { path: Array<string> } | null, metadataEntries: Array<{ label: string, type: string, value: string }>, error: { message: string, stack: string | null } | null };

export type LogsForRunQueryVariables = Exact<{
  runId: string | number;
  afterCursor?: string | null | undefined;
  limit?: number | null | undefined;
  filter?: RunEventFilter | null | undefined;
}>;


export type LogsForRunQuery = { logsForRun:
    | { __typename: 'EventConnection', cursor: string, hasMore: boolean, events: Array<{ id: string, runId: string | null, stepKey: string | null, partitionKey: string | null, eventType: string, level: EventLevel, message: string, timestamp: string, assetKey: { path: Array<string> } | null, metadataEntries: Array<{ label: string, type: string, value: string }>, error: { message: string, stack: string | null } | null }> }
    | { __typename: 'InvalidCursorError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'RunNotFoundError', message: string }
   };

export type RunEventTypesQueryVariables = Exact<{
  runId: string | number;
}>;


export type RunEventTypesQuery = { runOrError:
    | { __typename: 'Run', eventTypes: Array<string> }
    | { __typename: 'RunNotFoundError' }
   };

export type RunListFieldsFragment = { id: string, runId: string, status: RunStatus, partitionKey: string | null, jobName: string | null, launchedBy: string, creationTime: string, startTime: string | null, endTime: string | null, assetSelection: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }> };

export type RunsOrErrorQueryVariables = Exact<{
  filter?: RunsFilter | null | undefined;
  cursor?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type RunsOrErrorQuery = { runsOrError:
    | { __typename: 'InvalidRunsFilterError', message: string }
    | { __typename: 'Runs', nextCursor: string | null, results: Array<{ id: string, runId: string, status: RunStatus, partitionKey: string | null, jobName: string | null, launchedBy: string, creationTime: string, startTime: string | null, endTime: string | null, assetSelection: Array<{ path: Array<string> }>, tags: Array<{ key: string, value: string }> }>, backfills: Array<{ id: string, backfillId: string, status: BackfillStatus, strategy: BackfillStrategy, onlyMissingOrFailed: boolean, createdTime: string, endTime: string | null, launchedBy: string, error: string | null, partitionSelection: string, numPartitions: number, numRuns: number, numSubmitted: number, tags: Array<{ key: string, value: string }>, assetSelection: Array<{ path: Array<string> }>, progress: { numRuns: number, numQueued: number, numInProgress: number, numSucceeded: number, numFailed: number, numCanceled: number, numSkipped: number, numNotSubmitted: number } }> }
   };

export type RunsInProgressQueryVariables = Exact<{
  filter?: RunsFilter | null | undefined;
}>;


export type RunsInProgressQuery = { runsOrError:
    | { __typename: 'InvalidRunsFilterError', message: string }
    | { __typename: 'Runs', results: Array<{ id: string, runId: string, status: RunStatus }> }
   };

export type RunsTimelineQueryVariables = Exact<{
  range: RunsTimelineRange;
}>;


export type RunsTimelineQuery = { runsTimeline: { from: string, to: string, capped: boolean, cap: number, runs: Array<{ runId: string, status: RunStatus, jobName: string | null, assetKeys: Array<string>, backfillId: string | null, creationTime: string, startTime: string | null, endTime: string | null }> } };

export type TerminateRunMutationVariables = Exact<{
  runId: string;
}>;


export type TerminateRunMutation = { terminateRun:
    | { __typename: 'RunNotFoundError', message: string }
    | { __typename: 'TerminateRunFailure', message: string }
    | { __typename: 'TerminateRunSuccess', run: { id: string, runId: string, status: RunStatus, canTerminate: boolean } }
    | { __typename: 'UnauthorizedError', message: string, permission: string | null }
   };

export type StaleStatusFieldsFragment = { staleStatus: StaleStatus, unsyncedPartitionCount: number | null, staleCauses: Array<{ reason: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  role
  createdBy
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const UserResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserResultFields on UserResult {
  __typename
  ... on User {
    ...UserFields
  }
  ... on InvalidInputError {
    field
    message
  }
  ... on UserNotFoundError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}`, {"fragmentName":"UserResultFields"}) as unknown as TypedDocumentString<UserResultFieldsFragment, unknown>;
export const AssetKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetKeyFields on AssetKey {
  path
}
    `, {"fragmentName":"AssetKeyFields"}) as unknown as TypedDocumentString<AssetKeyFieldsFragment, unknown>;
export const AssetColumnLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetColumnLinkFields on AssetColumnLink {
  assetKey {
    path
  }
  column
  assetExists
  isDependency
  columnKnown
}
    `, {"fragmentName":"AssetColumnLinkFields"}) as unknown as TypedDocumentString<AssetColumnLinkFieldsFragment, unknown>;
export const AssetColumnPathFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetColumnPathFields on AssetColumnPath {
  steps {
    assetKey {
      path
    }
    column
    depth
    via {
      assetKey {
        path
      }
      column
    }
  }
  truncated
}
    `, {"fragmentName":"AssetColumnPathFields"}) as unknown as TypedDocumentString<AssetColumnPathFieldsFragment, unknown>;
export const AssetNodeStructureFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetNodeStructureFields on AssetNode {
  id
  assetKey {
    path
  }
  groupName
  kinds
  owners
  tags {
    key
    value
  }
  isSource
  codeLocationName
  dependencyKeys {
    path
  }
  columnNames
}
    `, {"fragmentName":"AssetNodeStructureFields"}) as unknown as TypedDocumentString<AssetNodeStructureFieldsFragment, unknown>;
export const AssetLatestInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetLatestInfoFields on AssetLatestInfo {
  state
  lastMaterializationTimestamp
  lastMaterializationRunId
  lastFailureTimestamp
  lastFailureRunId
  lastFailureMessage
}
    `, {"fragmentName":"AssetLatestInfoFields"}) as unknown as TypedDocumentString<AssetLatestInfoFieldsFragment, unknown>;
export const StaleStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaleStatusFields on AssetNode {
  staleStatus
  staleCauses(limit: 1) {
    reason
  }
  unsyncedPartitionCount
}
    `, {"fragmentName":"StaleStatusFields"}) as unknown as TypedDocumentString<StaleStatusFieldsFragment, unknown>;
export const AssetNodeListFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetNodeListFields on AssetNode {
  ...AssetNodeStructureFields
  assetLatestInfo {
    ...AssetLatestInfoFields
  }
  freshnessInfo {
    status
    minutesLate
    reason
  }
  ...StaleStatusFields
}
    fragment AssetLatestInfoFields on AssetLatestInfo {
  state
  lastMaterializationTimestamp
  lastMaterializationRunId
  lastFailureTimestamp
  lastFailureRunId
  lastFailureMessage
}
fragment AssetNodeStructureFields on AssetNode {
  id
  assetKey {
    path
  }
  groupName
  kinds
  owners
  tags {
    key
    value
  }
  isSource
  codeLocationName
  dependencyKeys {
    path
  }
  columnNames
}
fragment StaleStatusFields on AssetNode {
  staleStatus
  staleCauses(limit: 1) {
    reason
  }
  unsyncedPartitionCount
}`, {"fragmentName":"AssetNodeListFields"}) as unknown as TypedDocumentString<AssetNodeListFieldsFragment, unknown>;
export const TickFieldsFragmentDoc = new TypedDocumentString(`
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
    `, {"fragmentName":"TickFields"}) as unknown as TypedDocumentString<TickFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleFields on Schedule {
  id
  name
  codeLocationName
  description
  cronSchedule
  cronDescription
  executionTimezone
  status
  defaultStatus
  catchup
  maxActiveRuns
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  tags {
    key
    value
  }
  nextTickTimes(limit: 5)
  lastTick {
    ...TickFields
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}`, {"fragmentName":"ScheduleFields"}) as unknown as TypedDocumentString<ScheduleFieldsFragment, unknown>;
export const SensorFieldsFragmentDoc = new TypedDocumentString(`
    fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}`, {"fragmentName":"SensorFields"}) as unknown as TypedDocumentString<SensorFieldsFragment, unknown>;
export const TestRunRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestRunRequestFields on TestRunRequest {
  runKey
  partitionKey
  tags {
    key
    value
  }
  runConfigYaml
}
    `, {"fragmentName":"TestRunRequestFields"}) as unknown as TypedDocumentString<TestRunRequestFieldsFragment, unknown>;
export const LaunchPartitionBackfillResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {
  __typename
  ... on LaunchPartitionBackfillSuccess {
    backfill {
      id
      backfillId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on InvalidPartitionSelectionError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}
    `, {"fragmentName":"LaunchPartitionBackfillResultFields"}) as unknown as TypedDocumentString<LaunchPartitionBackfillResultFieldsFragment, unknown>;
export const BackfillListFieldsFragmentDoc = new TypedDocumentString(`
    fragment BackfillListFields on Backfill {
  id
  backfillId
  status
  strategy
  onlyMissingOrFailed
  createdTime
  endTime
  launchedBy
  tags {
    key
    value
  }
  error
  assetSelection {
    path
  }
  partitionSelection
  numPartitions
  numRuns
  numSubmitted
  progress {
    numRuns
    numQueued
    numInProgress
    numSucceeded
    numFailed
    numCanceled
    numSkipped
    numNotSubmitted
  }
}
    `, {"fragmentName":"BackfillListFields"}) as unknown as TypedDocumentString<BackfillListFieldsFragment, unknown>;
export const MetadataEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}
    `, {"fragmentName":"MetadataEntryFields"}) as unknown as TypedDocumentString<MetadataEntryFieldsFragment, unknown>;
export const AssetCheckExecutionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssetCheckExecutionFields on AssetCheckExecution {
  id
  runId
  partitionKey
  status
  severity
  description
  metadataEntries {
    ...MetadataEntryFields
  }
  timestamp
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}`, {"fragmentName":"AssetCheckExecutionFields"}) as unknown as TypedDocumentString<AssetCheckExecutionFieldsFragment, unknown>;
export const CodeLocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CodeLocationFields on CodeLocation {
  id
  name
  modulePath
  loadStatus
  loadError {
    message
    stack
  }
  updatedTimestamp
  assetCount
  codeHash
}
    `, {"fragmentName":"CodeLocationFields"}) as unknown as TypedDocumentString<CodeLocationFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on Job {
  name
  description
  codeLocationName
  selection
  assetKeys {
    path
  }
  tags {
    key
    value
  }
  runConfigYaml
  partitionsDefinition {
    kind
    description
  }
  presets {
    name
    description
    runConfigYaml
    tags {
      key
      value
    }
  }
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const PartitionsDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartitionsDefinitionFields on PartitionsDefinition {
  kind
  description
  dimensionNames
  dynamicName
  timezone
}
    `, {"fragmentName":"PartitionsDefinitionFields"}) as unknown as TypedDocumentString<PartitionsDefinitionFieldsFragment, unknown>;
export const PartitionStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartitionStatsFields on PartitionStats {
  numPartitions
  numMaterialized
  numFailed
  numInProgress
  numMissing
}
    `, {"fragmentName":"PartitionStatsFields"}) as unknown as TypedDocumentString<PartitionStatsFieldsFragment, unknown>;
export const LaunchRunResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment LaunchRunResultFields on LaunchRunResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      id
      runId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on JobNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}
    `, {"fragmentName":"LaunchRunResultFields"}) as unknown as TypedDocumentString<LaunchRunResultFieldsFragment, unknown>;
export const RunListFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunListFields on Run {
  id
  runId
  status
  assetSelection {
    path
  }
  partitionKey
  jobName
  tags {
    key
    value
  }
  launchedBy
  creationTime
  startTime
  endTime
}
    `, {"fragmentName":"RunListFields"}) as unknown as TypedDocumentString<RunListFieldsFragment, unknown>;
export const RunDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunDetailFields on Run {
  ...RunListFields
  runConfig
  runConfigYaml
  partitionRangeStart
  partitionRangeEnd
  parentRunId
  rootRunId
  parentRun {
    runId
    status
  }
  reexecutions {
    runs {
      runId
      status
      creationTime
    }
    hasMore
  }
  codeHash
  canTerminate
  queuedReason
  steps {
    stepKey
    assetKey {
      path
    }
    status
    attempt
    startTime
    endTime
  }
}
    fragment RunListFields on Run {
  id
  runId
  status
  assetSelection {
    path
  }
  partitionKey
  jobName
  tags {
    key
    value
  }
  launchedBy
  creationTime
  startTime
  endTime
}`, {"fragmentName":"RunDetailFields"}) as unknown as TypedDocumentString<RunDetailFieldsFragment, unknown>;
export const RunEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunEventFields on RunEvent {
  id
  runId
  stepKey
  assetKey {
    path
  }
  partitionKey
  eventType
  level
  message
  timestamp
  metadataEntries {
    ...MetadataEntryFields
  }
  error {
    message
    stack
  }
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}`, {"fragmentName":"RunEventFields"}) as unknown as TypedDocumentString<RunEventFieldsFragment, unknown>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokensOrError {
    __typename
    ... on ApiTokenList {
      tokens {
        ...ApiTokenFields
      }
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  role
  createdBy
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {
  createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {
    __typename
    ... on CreateApiTokenSuccess {
      secret
      token {
        ...ApiTokenFields
      }
    }
    ... on InvalidInputError {
      field
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  role
  createdBy
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($name: String!) {
  revokeApiToken(name: $name) {
    __typename
    ... on ApiToken {
      ...ApiTokenFields
    }
    ... on ApiTokenNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  role
  createdBy
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {
  auditEventsOrError(
    limit: $limit
    before: $before
    actor: $actor
    actionPrefix: $actionPrefix
  ) {
    __typename
    ... on AuditEventList {
      cursor
      events {
        id
        timestamp
        actor
        action
        target
        details
      }
    }
    ... on InvalidInputError {
      field
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  usersOrError {
    __typename
    ... on UserList {
      users {
        ...UserFields
      }
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {
  createUser(
    email: $email
    role: $role
    password: $password
    displayName: $displayName
  ) {
    ...UserResultFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}
fragment UserResultFields on UserResult {
  __typename
  ... on User {
    ...UserFields
  }
  ... on InvalidInputError {
    field
    message
  }
  ... on UserNotFoundError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {
  updateUser(
    userId: $userId
    role: $role
    password: $password
    disabled: $disabled
  ) {
    ...UserResultFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}
fragment UserResultFields on UserResult {
  __typename
  ... on User {
    ...UserFields
  }
  ... on InvalidInputError {
    field
    message
  }
  ... on UserNotFoundError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserRoleGrantsDocument = new TypedDocumentString(`
    mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {
  setUserRoleGrants(userId: $userId, grants: $grants) {
    ...UserResultFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  grants {
    role
    selection
  }
  disabled
  hasPassword
  signsInWithOidc
  createdAt
  lastSignInAt
}
fragment UserResultFields on UserResult {
  __typename
  ... on User {
    ...UserFields
  }
  ... on InvalidInputError {
    field
    message
  }
  ... on UserNotFoundError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<SetUserRoleGrantsMutation, SetUserRoleGrantsMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($userId: String!) {
  deleteUser(userId: $userId) {
    __typename
    ... on DeleteUserSuccess {
      userId
    }
    ... on InvalidInputError {
      field
      message
    }
    ... on UserNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;
export const AssetGraphOverviewDocument = new TypedDocumentString(`
    query AssetGraphOverview {
  assetGraphOverview {
    assetCount
    overviewFirst
    groups {
      name
      codeLocationNames
      assetCount
      statusCounts {
        materialized
        failed
        neverMaterialized
        source
        stale
      }
    }
    groupEdges {
      source
      target
      assetEdgeCount
    }
  }
}
    `) as unknown as TypedDocumentString<AssetGraphOverviewQuery, AssetGraphOverviewQueryVariables>;
export const AssetGraphGroupsDocument = new TypedDocumentString(`
    query AssetGraphGroups($groupNames: [String!]!) {
  assetGraphGroups(groupNames: $groupNames) {
    __typename
    ... on AssetGraphGroups {
      assets {
        ...AssetNodeListFields
      }
      linkedAssets {
        ...AssetNodeStructureFields
      }
      edges {
        source
        target
      }
    }
    ... on InvalidInputError {
      field
      message
    }
  }
}
    fragment AssetLatestInfoFields on AssetLatestInfo {
  state
  lastMaterializationTimestamp
  lastMaterializationRunId
  lastFailureTimestamp
  lastFailureRunId
  lastFailureMessage
}
fragment AssetNodeStructureFields on AssetNode {
  id
  assetKey {
    path
  }
  groupName
  kinds
  owners
  tags {
    key
    value
  }
  isSource
  codeLocationName
  dependencyKeys {
    path
  }
  columnNames
}
fragment AssetNodeListFields on AssetNode {
  ...AssetNodeStructureFields
  assetLatestInfo {
    ...AssetLatestInfoFields
  }
  freshnessInfo {
    status
    minutesLate
    reason
  }
  ...StaleStatusFields
}
fragment StaleStatusFields on AssetNode {
  staleStatus
  staleCauses(limit: 1) {
    reason
  }
  unsyncedPartitionCount
}`) as unknown as TypedDocumentString<AssetGraphGroupsQuery, AssetGraphGroupsQueryVariables>;
export const AssetGroupOfDocument = new TypedDocumentString(`
    query AssetGroupOf($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<AssetGroupOfQuery, AssetGroupOfQueryVariables>;
export const AssetGraphStructureDocument = new TypedDocumentString(`
    query AssetGraphStructure {
  assetNodes {
    ...AssetNodeStructureFields
  }
}
    fragment AssetNodeStructureFields on AssetNode {
  id
  assetKey {
    path
  }
  groupName
  kinds
  owners
  tags {
    key
    value
  }
  isSource
  codeLocationName
  dependencyKeys {
    path
  }
  columnNames
}`) as unknown as TypedDocumentString<AssetGraphStructureQuery, AssetGraphStructureQueryVariables>;
export const AssetRunStatesDocument = new TypedDocumentString(`
    query AssetRunStates($filter: RunsFilter, $limit: Int) {
  runsOrError(filter: $filter, limit: $limit) {
    __typename
    ... on Runs {
      results {
        id
        runId
        status
        assetSelection {
          path
        }
        steps {
          assetKey {
            path
          }
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssetRunStatesQuery, AssetRunStatesQueryVariables>;
export const AssetExternalLineageDocument = new TypedDocumentString(`
    query AssetExternalLineage($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      externalLineage {
        namespace
        name
        producers {
          label
          parentLabel
          latestRuns(limit: 5) {
            runId
            state
            startTime
            endTime
            lastEventTime
            errorMessage
            parentRun {
              runId
              jobLabel
              state
              childRuns(limit: 500) {
                state
              }
            }
          }
        }
        consumers {
          label
          parentLabel
          latestState
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssetExternalLineageQuery, AssetExternalLineageQueryVariables>;
export const AssetColumnsDocument = new TypedDocumentString(`
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
        upstream {
          ...AssetColumnLinkFields
        }
        downstream {
          ...AssetColumnLinkFields
        }
      }
    }
  }
}
    fragment AssetColumnLinkFields on AssetColumnLink {
  assetKey {
    path
  }
  column
  assetExists
  isDependency
  columnKnown
}`) as unknown as TypedDocumentString<AssetColumnsQuery, AssetColumnsQueryVariables>;
export const AssetColumnPathDocument = new TypedDocumentString(`
    query AssetColumnPath($assetKey: AssetKeyInput!, $column: String!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      column(name: $column) {
        name
        upstreamPath {
          ...AssetColumnPathFields
        }
        downstreamPath {
          ...AssetColumnPathFields
        }
      }
    }
  }
}
    fragment AssetColumnPathFields on AssetColumnPath {
  steps {
    assetKey {
      path
    }
    column
    depth
    via {
      assetKey {
        path
      }
      column
    }
  }
  truncated
}`) as unknown as TypedDocumentString<AssetColumnPathQuery, AssetColumnPathQueryVariables>;
export const AssetMaterializationsDocument = new TypedDocumentString(`
    query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      assetMaterializations(limit: $limit) {
        runId
        partitionKey
        timestamp
        metadataEntries {
          ...MetadataEntryFields
        }
      }
    }
    ... on AssetNotFoundError {
      message
    }
  }
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}`) as unknown as TypedDocumentString<AssetMaterializationsQuery, AssetMaterializationsQueryVariables>;
export const AssetNodeOrErrorDocument = new TypedDocumentString(`
    query AssetNodeOrError($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      assetKey {
        path
      }
      groupName
      description
      owners
      kinds
      tags {
        key
        value
      }
      metadataEntries {
        ...MetadataEntryFields
      }
      codeVersion
      isSource
      observeIntervalMinutes
      codeLocationName
      dependencyKeys {
        path
      }
      dependedByKeys {
        path
      }
      assetLatestInfo {
        ...AssetLatestInfoFields
      }
      freshnessPolicy {
        maximumLagMinutes
        warnAfterMinutes
        cronSchedule
        cronScheduleTimezone
      }
      freshnessInfo {
        status
        minutesLate
        reason
      }
      ...StaleStatusFields
      partitionCount
      unsyncedCauses: staleCauses {
        key {
          path
        }
        reason
        dependency {
          path
        }
        partitionCount
      }
      automationCondition {
        type
        label
      }
      automationEvaluations(limit: 8) {
        id
        evaluatedAt
        requested
        reasons
        runId
        partitionKey
        error
      }
    }
    ... on AssetNotFoundError {
      message
    }
  }
}
    fragment AssetLatestInfoFields on AssetLatestInfo {
  state
  lastMaterializationTimestamp
  lastMaterializationRunId
  lastFailureTimestamp
  lastFailureRunId
  lastFailureMessage
}
fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}
fragment StaleStatusFields on AssetNode {
  staleStatus
  staleCauses(limit: 1) {
    reason
  }
  unsyncedPartitionCount
}`) as unknown as TypedDocumentString<AssetNodeOrErrorQuery, AssetNodeOrErrorQueryVariables>;
export const AssetNodesDocument = new TypedDocumentString(`
    query AssetNodes($selection: String) {
  assetNodes(selection: $selection) {
    ...AssetNodeListFields
  }
}
    fragment AssetLatestInfoFields on AssetLatestInfo {
  state
  lastMaterializationTimestamp
  lastMaterializationRunId
  lastFailureTimestamp
  lastFailureRunId
  lastFailureMessage
}
fragment AssetNodeStructureFields on AssetNode {
  id
  assetKey {
    path
  }
  groupName
  kinds
  owners
  tags {
    key
    value
  }
  isSource
  codeLocationName
  dependencyKeys {
    path
  }
  columnNames
}
fragment AssetNodeListFields on AssetNode {
  ...AssetNodeStructureFields
  assetLatestInfo {
    ...AssetLatestInfoFields
  }
  freshnessInfo {
    status
    minutesLate
    reason
  }
  ...StaleStatusFields
}
fragment StaleStatusFields on AssetNode {
  staleStatus
  staleCauses(limit: 1) {
    reason
  }
  unsyncedPartitionCount
}`) as unknown as TypedDocumentString<AssetNodesQuery, AssetNodesQueryVariables>;
export const ExternalRunsInProgressDocument = new TypedDocumentString(`
    query ExternalRunsInProgress {
  externalRunsInProgress {
    runId
    jobLabel
    outputKeys {
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ExternalRunsInProgressQuery, ExternalRunsInProgressQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    kind
    role
    grants {
      role
      selection
    }
    permissions
    refusals {
      permission
      message
    }
    signInEnabled
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AutomatedAssetsDocument = new TypedDocumentString(`
    query AutomatedAssets {
  automatedAssetNodes {
    id
    assetKey {
      path
    }
    automationCondition {
      type
      label
    }
    automationEvaluations(limit: 1) {
      id
      evaluatedAt
      requested
      reasons
      runId
      partitionKey
      error
    }
  }
}
    `) as unknown as TypedDocumentString<AutomatedAssetsQuery, AutomatedAssetsQueryVariables>;
export const SchedulesDocument = new TypedDocumentString(`
    query Schedules {
  schedulesOrError {
    __typename
    ... on Schedules {
      results {
        ...ScheduleFields
      }
    }
    ... on CodeLocationNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment ScheduleFields on Schedule {
  id
  name
  codeLocationName
  description
  cronSchedule
  cronDescription
  executionTimezone
  status
  defaultStatus
  catchup
  maxActiveRuns
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  tags {
    key
    value
  }
  nextTickTimes(limit: 5)
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<SchedulesQuery, SchedulesQueryVariables>;
export const ScheduleOrErrorDocument = new TypedDocumentString(`
    query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {
  scheduleOrError(
    codeLocationName: $codeLocationName
    scheduleName: $scheduleName
  ) {
    __typename
    ... on Schedule {
      ...ScheduleFields
    }
    ... on ScheduleNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment ScheduleFields on Schedule {
  id
  name
  codeLocationName
  description
  cronSchedule
  cronDescription
  executionTimezone
  status
  defaultStatus
  catchup
  maxActiveRuns
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  tags {
    key
    value
  }
  nextTickTimes(limit: 5)
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<ScheduleOrErrorQuery, ScheduleOrErrorQueryVariables>;
export const ScheduleTicksDocument = new TypedDocumentString(`
    query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {
  scheduleOrError(
    codeLocationName: $codeLocationName
    scheduleName: $scheduleName
  ) {
    __typename
    ... on Schedule {
      id
      ticks(limit: $limit, cursor: $cursor) {
        ...TickFields
      }
    }
    ... on ScheduleNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}`) as unknown as TypedDocumentString<ScheduleTicksQuery, ScheduleTicksQueryVariables>;
export const SensorsDocument = new TypedDocumentString(`
    query Sensors {
  sensorsOrError {
    __typename
    ... on Sensors {
      results {
        ...SensorFields
      }
    }
    ... on CodeLocationNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<SensorsQuery, SensorsQueryVariables>;
export const SensorOrErrorDocument = new TypedDocumentString(`
    query SensorOrError($codeLocationName: String!, $sensorName: String!) {
  sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor {
      ...SensorFields
    }
    ... on SensorNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<SensorOrErrorQuery, SensorOrErrorQueryVariables>;
export const SensorTicksDocument = new TypedDocumentString(`
    query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {
  sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor {
      id
      ticks(limit: $limit, cursor: $cursor) {
        ...TickFields
      }
    }
    ... on SensorNotFoundError {
      message
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}`) as unknown as TypedDocumentString<SensorTicksQuery, SensorTicksQueryVariables>;
export const SetSensorCursorDocument = new TypedDocumentString(`
    mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {
  setSensorCursor(
    codeLocationName: $codeLocationName
    sensorName: $sensorName
    cursor: $cursor
  ) {
    __typename
    ... on Sensor {
      ...SensorFields
    }
    ... on SensorNotFoundError {
      message
    }
    ... on InvalidSensorCursorError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<SetSensorCursorMutation, SetSensorCursorMutationVariables>;
export const TestScheduleDocument = new TypedDocumentString(`
    mutation TestSchedule($codeLocationName: String!, $scheduleName: String!, $tickTime: String) {
  testSchedule(
    codeLocationName: $codeLocationName
    scheduleName: $scheduleName
    tickTime: $tickTime
  ) {
    __typename
    ... on ScheduleTestEvaluation {
      tickTime
      skipReason
      error
      runRequests {
        ...TestRunRequestFields
      }
    }
    ... on InstigatorNotFoundError {
      message
    }
    ... on InvalidTestInputError {
      field
      message
    }
    ... on UnauthorizedError {
      message
    }
  }
}
    fragment TestRunRequestFields on TestRunRequest {
  runKey
  partitionKey
  tags {
    key
    value
  }
  runConfigYaml
}`) as unknown as TypedDocumentString<TestScheduleMutation, TestScheduleMutationVariables>;
export const TestSensorDocument = new TypedDocumentString(`
    mutation TestSensor($codeLocationName: String!, $sensorName: String!, $cursor: String) {
  testSensor(
    codeLocationName: $codeLocationName
    sensorName: $sensorName
    cursor: $cursor
  ) {
    __typename
    ... on SensorTestEvaluation {
      cursor
      skipReason
      error
      logs
      runRequests {
        ...TestRunRequestFields
      }
    }
    ... on InstigatorNotFoundError {
      message
    }
    ... on InvalidTestInputError {
      field
      message
    }
    ... on UnauthorizedError {
      message
    }
  }
}
    fragment TestRunRequestFields on TestRunRequest {
  runKey
  partitionKey
  tags {
    key
    value
  }
  runConfigYaml
}`) as unknown as TypedDocumentString<TestSensorMutation, TestSensorMutationVariables>;
export const StartScheduleDocument = new TypedDocumentString(`
    mutation StartSchedule($codeLocationName: String!, $scheduleName: String!) {
  startSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
    __typename
    ... on Schedule {
      ...ScheduleFields
    }
    ... on ScheduleNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment ScheduleFields on Schedule {
  id
  name
  codeLocationName
  description
  cronSchedule
  cronDescription
  executionTimezone
  status
  defaultStatus
  catchup
  maxActiveRuns
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  tags {
    key
    value
  }
  nextTickTimes(limit: 5)
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<StartScheduleMutation, StartScheduleMutationVariables>;
export const StopRunningScheduleDocument = new TypedDocumentString(`
    mutation StopRunningSchedule($codeLocationName: String!, $scheduleName: String!) {
  stopRunningSchedule(
    codeLocationName: $codeLocationName
    scheduleName: $scheduleName
  ) {
    __typename
    ... on Schedule {
      ...ScheduleFields
    }
    ... on ScheduleNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment ScheduleFields on Schedule {
  id
  name
  codeLocationName
  description
  cronSchedule
  cronDescription
  executionTimezone
  status
  defaultStatus
  catchup
  maxActiveRuns
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  tags {
    key
    value
  }
  nextTickTimes(limit: 5)
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<StopRunningScheduleMutation, StopRunningScheduleMutationVariables>;
export const StartSensorDocument = new TypedDocumentString(`
    mutation StartSensor($codeLocationName: String!, $sensorName: String!) {
  startSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor {
      ...SensorFields
    }
    ... on SensorNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<StartSensorMutation, StartSensorMutationVariables>;
export const StopSensorDocument = new TypedDocumentString(`
    mutation StopSensor($codeLocationName: String!, $sensorName: String!) {
  stopSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor {
      ...SensorFields
    }
    ... on SensorNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment TickFields on Tick {
  id
  tickTime
  evaluatedAt
  status
  runIds
  runs {
    runId
    status
    partitionKey
  }
  skipReason
  error
  cursor
}
fragment SensorFields on Sensor {
  id
  name
  codeLocationName
  description
  sensorType
  status
  defaultStatus
  minimumIntervalSeconds
  cursor
  jobName
  selection
  assetKeys {
    path
  }
  partitionsDefinition {
    kind
    description
  }
  monitoredAssetKey {
    path
  }
  runStatus
  monitoredJobName
  monitoredAssetKeys {
    path
  }
  nextEvaluationAt
  lastTick {
    ...TickFields
  }
}`) as unknown as TypedDocumentString<StopSensorMutation, StopSensorMutationVariables>;
export const LaunchPartitionBackfillDocument = new TypedDocumentString(`
    mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {
  launchPartitionBackfill(input: $input) {
    ...LaunchPartitionBackfillResultFields
  }
}
    fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {
  __typename
  ... on LaunchPartitionBackfillSuccess {
    backfill {
      id
      backfillId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on InvalidPartitionSelectionError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<LaunchPartitionBackfillMutation, LaunchPartitionBackfillMutationVariables>;
export const CancelBackfillDocument = new TypedDocumentString(`
    mutation CancelBackfill($backfillId: String!) {
  cancelBackfill(backfillId: $backfillId) {
    __typename
    ... on Backfill {
      id
      backfillId
      status
    }
    ... on BackfillNotFoundError {
      message
    }
    ... on LaunchRunError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    `) as unknown as TypedDocumentString<CancelBackfillMutation, CancelBackfillMutationVariables>;
export const RetryBackfillDocument = new TypedDocumentString(`
    mutation RetryBackfill($backfillId: String!) {
  retryBackfill(backfillId: $backfillId) {
    ...LaunchPartitionBackfillResultFields
  }
}
    fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {
  __typename
  ... on LaunchPartitionBackfillSuccess {
    backfill {
      id
      backfillId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on InvalidPartitionSelectionError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<RetryBackfillMutation, RetryBackfillMutationVariables>;
export const BackfillsDocument = new TypedDocumentString(`
    query Backfills($limit: Int, $cursor: String) {
  backfills(limit: $limit, cursor: $cursor) {
    results {
      ...BackfillListFields
    }
    nextCursor
  }
}
    fragment BackfillListFields on Backfill {
  id
  backfillId
  status
  strategy
  onlyMissingOrFailed
  createdTime
  endTime
  launchedBy
  tags {
    key
    value
  }
  error
  assetSelection {
    path
  }
  partitionSelection
  numPartitions
  numRuns
  numSubmitted
  progress {
    numRuns
    numQueued
    numInProgress
    numSucceeded
    numFailed
    numCanceled
    numSkipped
    numNotSubmitted
  }
}`) as unknown as TypedDocumentString<BackfillsQuery, BackfillsQueryVariables>;
export const BackfillOrErrorDocument = new TypedDocumentString(`
    query BackfillOrError($backfillId: String!, $runsLimit: Int) {
  backfillOrError(backfillId: $backfillId) {
    __typename
    ... on Backfill {
      ...BackfillListFields
      assetStatuses {
        assetKey {
          path
        }
        numTargeted
        numMaterialized
        numFailed
        numInProgress
        numSkipped
        numQueued
        numCanceled
        numNotSubmitted
        partitions {
          partitionKey
          status
          runId
        }
      }
      runs(limit: $runsLimit) {
        id
        runId
        status
        partitionKey
        partitionRangeStart
        partitionRangeEnd
        assetSelection {
          path
        }
        creationTime
        startTime
        endTime
      }
    }
    ... on BackfillNotFoundError {
      message
    }
  }
}
    fragment BackfillListFields on Backfill {
  id
  backfillId
  status
  strategy
  onlyMissingOrFailed
  createdTime
  endTime
  launchedBy
  tags {
    key
    value
  }
  error
  assetSelection {
    path
  }
  partitionSelection
  numPartitions
  numRuns
  numSubmitted
  progress {
    numRuns
    numQueued
    numInProgress
    numSucceeded
    numFailed
    numCanceled
    numSkipped
    numNotSubmitted
  }
}`) as unknown as TypedDocumentString<BackfillOrErrorQuery, BackfillOrErrorQueryVariables>;
export const PartitionBackfillPreviewDocument = new TypedDocumentString(`
    query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {
  partitionBackfillPreview(input: $input) {
    __typename
    ... on PartitionBackfillPreview {
      numPartitions
      numRuns
      assets {
        assetKey {
          path
        }
        numPartitions
        partitionSelection
      }
      limitError
      upstreamGaps {
        numPartitions
        numWithMissingUpstream
        upstreams {
          assetKey {
            path
          }
          numPartitions
        }
      }
    }
    ... on AssetNotFoundError {
      message
    }
    ... on InvalidSelectionError {
      message
      position
    }
    ... on InvalidPartitionSelectionError {
      message
    }
    ... on LaunchRunError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartitionBackfillPreviewQuery, PartitionBackfillPreviewQueryVariables>;
export const AssetRunsInProgressDocument = new TypedDocumentString(`
    query AssetRunsInProgress($filter: RunsFilter, $limit: Int) {
  runsOrError(filter: $filter, limit: $limit) {
    __typename
    ... on Runs {
      results {
        id
        runId
        status
        assetSelection {
          path
        }
      }
    }
    ... on InvalidRunsFilterError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AssetRunsInProgressQuery, AssetRunsInProgressQueryVariables>;
export const AssetCheckNamesDocument = new TypedDocumentString(`
    query AssetCheckNames {
  assetNodes {
    id
    assetKey {
      path
    }
    checkNames
  }
}
    `) as unknown as TypedDocumentString<AssetCheckNamesQuery, AssetCheckNamesQueryVariables>;
export const AssetChecksDocument = new TypedDocumentString(`
    query AssetChecks($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      isSource
      partitionsDefinition {
        description
      }
      assetChecks {
        name
        description
        severity
        blocking
        latestExecution {
          ...AssetCheckExecutionFields
        }
      }
    }
    ... on AssetNotFoundError {
      message
    }
  }
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}
fragment AssetCheckExecutionFields on AssetCheckExecution {
  id
  runId
  partitionKey
  status
  severity
  description
  metadataEntries {
    ...MetadataEntryFields
  }
  timestamp
}`) as unknown as TypedDocumentString<AssetChecksQuery, AssetChecksQueryVariables>;
export const AssetCheckExecutionsDocument = new TypedDocumentString(`
    query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {
  assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) {
    ...AssetCheckExecutionFields
  }
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}
fragment AssetCheckExecutionFields on AssetCheckExecution {
  id
  runId
  partitionKey
  status
  severity
  description
  metadataEntries {
    ...MetadataEntryFields
  }
  timestamp
}`) as unknown as TypedDocumentString<AssetCheckExecutionsQuery, AssetCheckExecutionsQueryVariables>;
export const AssetCheckLatestStatusesDocument = new TypedDocumentString(`
    query AssetCheckLatestStatuses {
  assetCheckLatestStatuses {
    assetKey {
      path
    }
    checkName
    status
    severity
  }
}
    `) as unknown as TypedDocumentString<AssetCheckLatestStatusesQuery, AssetCheckLatestStatusesQueryVariables>;
export const CodeLocationsDocument = new TypedDocumentString(`
    query CodeLocations {
  codeLocations {
    ...CodeLocationFields
  }
}
    fragment CodeLocationFields on CodeLocation {
  id
  name
  modulePath
  loadStatus
  loadError {
    message
    stack
  }
  updatedTimestamp
  assetCount
  codeHash
}`) as unknown as TypedDocumentString<CodeLocationsQuery, CodeLocationsQueryVariables>;
export const ReloadCodeLocationDocument = new TypedDocumentString(`
    mutation ReloadCodeLocation($name: String!) {
  reloadCodeLocation(name: $name) {
    __typename
    ... on CodeLocation {
      ...CodeLocationFields
      lastReloadChange
    }
    ... on CodeLocationNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    fragment CodeLocationFields on CodeLocation {
  id
  name
  modulePath
  loadStatus
  loadError {
    message
    stack
  }
  updatedTimestamp
  assetCount
  codeHash
}`) as unknown as TypedDocumentString<ReloadCodeLocationMutation, ReloadCodeLocationMutationVariables>;
export const InstanceProcessesDocument = new TypedDocumentString(`
    query InstanceProcesses {
  instanceProcesses {
    id
    kind
    host
    pid
    startedAt
    heartbeatAt
    health
    loops {
      name
      intervalMs
      lastTickAt
      lastError
    }
    concurrency
    runIds
  }
}
    `) as unknown as TypedDocumentString<InstanceProcessesQuery, InstanceProcessesQueryVariables>;
export const LineageExportDocument = new TypedDocumentString(`
    query LineageExport {
  lineageExport {
    pending
    sent
    failed
    lastFailure {
      runId
      stepKey
      eventType
      error
      at
    }
  }
}
    `) as unknown as TypedDocumentString<LineageExportQuery, LineageExportQueryVariables>;
export const ExternalJobsDocument = new TypedDocumentString(`
    query ExternalJobs {
  externalJobs {
    label
    parentLabel
    latestState
    latestEventTime
    outputKeys {
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ExternalJobsQuery, ExternalJobsQueryVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs {
  jobs {
    ...JobFields
  }
}
    fragment JobFields on Job {
  name
  description
  codeLocationName
  selection
  assetKeys {
    path
  }
  tags {
    key
    value
  }
  runConfigYaml
  partitionsDefinition {
    kind
    description
  }
  presets {
    name
    description
    runConfigYaml
    tags {
      key
      value
    }
  }
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JobOrErrorDocument = new TypedDocumentString(`
    query JobOrError($jobName: String!) {
  jobOrError(jobName: $jobName) {
    __typename
    ... on Job {
      ...JobFields
    }
    ... on JobNotFoundError {
      message
    }
  }
}
    fragment JobFields on Job {
  name
  description
  codeLocationName
  selection
  assetKeys {
    path
  }
  tags {
    key
    value
  }
  runConfigYaml
  partitionsDefinition {
    kind
    description
  }
  presets {
    name
    description
    runConfigYaml
    tags {
      key
      value
    }
  }
}`) as unknown as TypedDocumentString<JobOrErrorQuery, JobOrErrorQueryVariables>;
export const RunConfigSchemaDocument = new TypedDocumentString(`
    query RunConfigSchema($target: RunConfigTarget!) {
  runConfigSchemaOrError(target: $target) {
    __typename
    ... on RunConfigSchema {
      jsonSchema
      assetKeys {
        path
      }
      codeLocationName
      defaultRunConfigYaml
      partitionedAssetCount
      partitionsDefinition {
        kind
        description
      }
      job {
        name
        description
        tags {
          key
          value
        }
        presets {
          name
          description
          runConfigYaml
          tags {
            key
            value
          }
        }
      }
    }
    ... on AssetNotFoundError {
      message
    }
    ... on JobNotFoundError {
      message
    }
    ... on InvalidSelectionError {
      message
      position
    }
    ... on LaunchRunError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RunConfigSchemaQuery, RunConfigSchemaQueryVariables>;
export const IsRunConfigValidDocument = new TypedDocumentString(`
    query IsRunConfigValid($target: RunConfigTarget!, $runConfig: String!) {
  isRunConfigValid(target: $target, runConfig: $runConfig) {
    __typename
    ... on RunConfigValidationInvalid {
      message
      errors {
        path
        message
      }
    }
    ... on AssetNotFoundError {
      message
    }
    ... on JobNotFoundError {
      message
    }
    ... on InvalidSelectionError {
      message
    }
    ... on LaunchRunError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IsRunConfigValidQuery, IsRunConfigValidQueryVariables>;
export const AssetPartitionsDocument = new TypedDocumentString(`
    query AssetPartitions($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id
      assetKey {
        path
      }
      isSource
      acceptsPartitionRange
      partitionsDefinition {
        ...PartitionsDefinitionFields
      }
      partitionStats {
        ...PartitionStatsFields
      }
      assetPartitions {
        numPartitions
        dimensions {
          name
          kind
          keyRuns {
            startKey
            count
            stepMinutes
          }
          listedKeys
        }
        materialized
        failed
        inProgress
      }
    }
    ... on AssetNotFoundError {
      message
    }
  }
}
    fragment PartitionsDefinitionFields on PartitionsDefinition {
  kind
  description
  dimensionNames
  dynamicName
  timezone
}
fragment PartitionStatsFields on PartitionStats {
  numPartitions
  numMaterialized
  numFailed
  numInProgress
  numMissing
}`) as unknown as TypedDocumentString<AssetPartitionsQuery, AssetPartitionsQueryVariables>;
export const AssetPartitionSummariesDocument = new TypedDocumentString(`
    query AssetPartitionSummaries {
  assetNodes {
    id
    assetKey {
      path
    }
    acceptsPartitionRange
    partitionsDefinition {
      ...PartitionsDefinitionFields
    }
    partitionStats {
      ...PartitionStatsFields
    }
  }
}
    fragment PartitionsDefinitionFields on PartitionsDefinition {
  kind
  description
  dimensionNames
  dynamicName
  timezone
}
fragment PartitionStatsFields on PartitionStats {
  numPartitions
  numMaterialized
  numFailed
  numInProgress
  numMissing
}`) as unknown as TypedDocumentString<AssetPartitionSummariesQuery, AssetPartitionSummariesQueryVariables>;
export const PartitionHistoryDocument = new TypedDocumentString(`
    query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {
  partitionHistory(
    assetKey: $assetKey
    partitionKey: $partitionKey
    limit: $limit
  ) {
    id
    runId
    stepKey
    partitionKey
    eventType
    level
    message
    timestamp
    error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartitionHistoryQuery, PartitionHistoryQueryVariables>;
export const ComputeLogsDocument = new TypedDocumentString(`
    query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {
  computeLogs(
    runId: $runId
    stepKey: $stepKey
    stream: $stream
    beforeCursor: $beforeCursor
    afterCursor: $afterCursor
  ) {
    __typename
    ... on ComputeLogs {
      stepKey
      stream
      text
      startCursor
      endCursor
      hasEarlier
      hasLater
      streamsWithOutput
    }
    ... on RunNotFoundError {
      message
    }
    ... on InvalidCursorError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ComputeLogsQuery, ComputeLogsQueryVariables>;
export const LaunchRunDocument = new TypedDocumentString(`
    mutation LaunchRun($input: LaunchRunInput!) {
  launchRun(input: $input) {
    ...LaunchRunResultFields
  }
}
    fragment LaunchRunResultFields on LaunchRunResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      id
      runId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on JobNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<LaunchRunMutation, LaunchRunMutationVariables>;
export const LaunchRunReexecutionDocument = new TypedDocumentString(`
    mutation LaunchRunReexecution($params: ReexecutionParams!) {
  launchRunReexecution(params: $params) {
    ...LaunchRunResultFields
  }
}
    fragment LaunchRunResultFields on LaunchRunResult {
  __typename
  ... on LaunchRunSuccess {
    run {
      id
      runId
      status
    }
  }
  ... on AssetNotFoundError {
    message
  }
  ... on JobNotFoundError {
    message
  }
  ... on InvalidSelectionError {
    message
    position
  }
  ... on InvalidIdempotencyKeyError {
    message
  }
  ... on RunConfigValidationInvalid {
    message
    errors {
      path
      message
    }
  }
  ... on LaunchRunError {
    message
  }
  ... on UnauthorizedError {
    message
    permission
  }
}`) as unknown as TypedDocumentString<LaunchRunReexecutionMutation, LaunchRunReexecutionMutationVariables>;
export const RunOrErrorDocument = new TypedDocumentString(`
    query RunOrError($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      ...RunDetailFields
    }
    ... on RunNotFoundError {
      message
    }
  }
}
    fragment RunDetailFields on Run {
  ...RunListFields
  runConfig
  runConfigYaml
  partitionRangeStart
  partitionRangeEnd
  parentRunId
  rootRunId
  parentRun {
    runId
    status
  }
  reexecutions {
    runs {
      runId
      status
      creationTime
    }
    hasMore
  }
  codeHash
  canTerminate
  queuedReason
  steps {
    stepKey
    assetKey {
      path
    }
    status
    attempt
    startTime
    endTime
  }
}
fragment RunListFields on Run {
  id
  runId
  status
  assetSelection {
    path
  }
  partitionKey
  jobName
  tags {
    key
    value
  }
  launchedBy
  creationTime
  startTime
  endTime
}`) as unknown as TypedDocumentString<RunOrErrorQuery, RunOrErrorQueryVariables>;
export const LogsForRunDocument = new TypedDocumentString(`
    query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int, $filter: RunEventFilter) {
  logsForRun(
    runId: $runId
    afterCursor: $afterCursor
    limit: $limit
    filter: $filter
  ) {
    __typename
    ... on EventConnection {
      events {
        ...RunEventFields
      }
      cursor
      hasMore
    }
    ... on RunNotFoundError {
      message
    }
    ... on InvalidCursorError {
      message
    }
    ... on InvalidInputError {
      field
      message
    }
  }
}
    fragment MetadataEntryFields on MetadataEntry {
  label
  type
  value
}
fragment RunEventFields on RunEvent {
  id
  runId
  stepKey
  assetKey {
    path
  }
  partitionKey
  eventType
  level
  message
  timestamp
  metadataEntries {
    ...MetadataEntryFields
  }
  error {
    message
    stack
  }
}`) as unknown as TypedDocumentString<LogsForRunQuery, LogsForRunQueryVariables>;
export const RunEventTypesDocument = new TypedDocumentString(`
    query RunEventTypes($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      eventTypes
    }
  }
}
    `) as unknown as TypedDocumentString<RunEventTypesQuery, RunEventTypesQueryVariables>;
export const RunsOrErrorDocument = new TypedDocumentString(`
    query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {
  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
    __typename
    ... on Runs {
      results {
        ...RunListFields
      }
      nextCursor
      backfills {
        ...BackfillListFields
      }
    }
    ... on InvalidRunsFilterError {
      message
    }
  }
}
    fragment BackfillListFields on Backfill {
  id
  backfillId
  status
  strategy
  onlyMissingOrFailed
  createdTime
  endTime
  launchedBy
  tags {
    key
    value
  }
  error
  assetSelection {
    path
  }
  partitionSelection
  numPartitions
  numRuns
  numSubmitted
  progress {
    numRuns
    numQueued
    numInProgress
    numSucceeded
    numFailed
    numCanceled
    numSkipped
    numNotSubmitted
  }
}
fragment RunListFields on Run {
  id
  runId
  status
  assetSelection {
    path
  }
  partitionKey
  jobName
  tags {
    key
    value
  }
  launchedBy
  creationTime
  startTime
  endTime
}`) as unknown as TypedDocumentString<RunsOrErrorQuery, RunsOrErrorQueryVariables>;
export const RunsInProgressDocument = new TypedDocumentString(`
    query RunsInProgress($filter: RunsFilter) {
  runsOrError(filter: $filter, limit: 1) {
    __typename
    ... on Runs {
      results {
        id
        runId
        status
      }
    }
    ... on InvalidRunsFilterError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RunsInProgressQuery, RunsInProgressQueryVariables>;
export const RunsTimelineDocument = new TypedDocumentString(`
    query RunsTimeline($range: RunsTimelineRange!) {
  runsTimeline(range: $range) {
    from
    to
    capped
    cap
    runs {
      runId
      status
      jobName
      assetKeys
      backfillId
      creationTime
      startTime
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<RunsTimelineQuery, RunsTimelineQueryVariables>;
export const TerminateRunDocument = new TypedDocumentString(`
    mutation TerminateRun($runId: String!) {
  terminateRun(runId: $runId) {
    __typename
    ... on TerminateRunSuccess {
      run {
        id
        runId
        status
        canTerminate
      }
    }
    ... on TerminateRunFailure {
      message
    }
    ... on RunNotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
      permission
    }
  }
}
    `) as unknown as TypedDocumentString<TerminateRunMutation, TerminateRunMutationVariables>;