/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    createdBy\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokenList { tokens { ...ApiTokenFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {\n      __typename\n      ... on CreateApiTokenSuccess { secret token { ...ApiTokenFields } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($name: String!) {\n    revokeApiToken(name: $name) {\n      __typename\n      ... on ApiToken { ...ApiTokenFields }\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {\n    auditEventsOrError(limit: $limit, before: $before, actor: $actor, actionPrefix: $actionPrefix) {\n      __typename\n      ... on AuditEventList { cursor events { id timestamp actor action target details } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    grants { role selection }\n    disabled\n    hasPassword\n    signsInWithOidc\n    createdAt\n    lastSignInAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment UserResultFields on UserResult {\n    __typename\n    ... on User { ...UserFields }\n    ... on InvalidInputError { field message }\n    ... on UserNotFoundError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": typeof types.UserResultFieldsFragmentDoc,
    "\n  query Users {\n    usersOrError {\n      __typename\n      ... on UserList { users { ...UserFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {\n    createUser(email: $email, role: $role, password: $password, displayName: $displayName) { ...UserResultFields }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {\n    updateUser(userId: $userId, role: $role, password: $password, disabled: $disabled) { ...UserResultFields }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {\n    setUserRoleGrants(userId: $userId, grants: $grants) { ...UserResultFields }\n  }\n": typeof types.SetUserRoleGrantsDocument,
    "\n  mutation DeleteUser($userId: String!) {\n    deleteUser(userId: $userId) {\n      __typename\n      ... on DeleteUserSuccess { userId }\n      ... on InvalidInputError { field message }\n      ... on UserNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.DeleteUserDocument,
    "\n  query AssetGraphOverview {\n    assetGraphOverview {\n      assetCount\n      overviewFirst\n      groups {\n        name\n        codeLocationNames\n        assetCount\n        statusCounts { materialized failed neverMaterialized source stale }\n      }\n      groupEdges { source target assetEdgeCount }\n    }\n  }\n": typeof types.AssetGraphOverviewDocument,
    "\n  query AssetGraphGroups($groupNames: [String!]!) {\n    assetGraphGroups(groupNames: $groupNames) {\n      __typename\n      ... on AssetGraphGroups {\n        assets { ...AssetNodeListFields }\n        linkedAssets { ...AssetNodeStructureFields }\n        edges { source target }\n      }\n      ... on InvalidInputError { field message }\n    }\n  }\n": typeof types.AssetGraphGroupsDocument,
    "\n  query AssetGroupOf($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode { groupName }\n    }\n  }\n": typeof types.AssetGroupOfDocument,
    "\n  query AssetGraphStructure {\n    assetNodes { ...AssetNodeStructureFields }\n  }\n": typeof types.AssetGraphStructureDocument,
    "\n  query AssetRunStates($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs {\n        results {\n          id\n          runId\n          status\n          assetSelection { path }\n          steps { assetKey { path } status }\n        }\n      }\n    }\n  }\n": typeof types.AssetRunStatesDocument,
    "\n  fragment AssetKeyFields on AssetKey {\n    path\n  }\n": typeof types.AssetKeyFieldsFragmentDoc,
    "\n  query AssetExternalLineage($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        externalLineage {\n          namespace\n          name\n          producers {\n            label\n            parentLabel\n            latestRuns(limit: 5) {\n              runId\n              state\n              startTime\n              endTime\n              lastEventTime\n              errorMessage\n              parentRun {\n                runId\n                jobLabel\n                state\n                childRuns(limit: 500) { state }\n              }\n            }\n          }\n          consumers { label parentLabel latestState }\n        }\n      }\n    }\n  }\n": typeof types.AssetExternalLineageDocument,
    "\n  fragment AssetLatestInfoFields on AssetLatestInfo {\n    state\n    lastMaterializationTimestamp\n    lastMaterializationRunId\n    lastFailureTimestamp\n    lastFailureRunId\n    lastFailureMessage\n  }\n": typeof types.AssetLatestInfoFieldsFragmentDoc,
    "\n  fragment MetadataEntryFields on MetadataEntry {\n    label\n    type\n    value\n  }\n": typeof types.MetadataEntryFieldsFragmentDoc,
    "\n  fragment AssetColumnLinkFields on AssetColumnLink {\n    assetKey { path }\n    column\n    assetExists\n    isDependency\n    columnKnown\n  }\n": typeof types.AssetColumnLinkFieldsFragmentDoc,
    "\n  query AssetColumns($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        columns {\n          name\n          type\n          description\n          declared\n          upstream { ...AssetColumnLinkFields }\n          downstream { ...AssetColumnLinkFields }\n        }\n      }\n    }\n  }\n": typeof types.AssetColumnsDocument,
    "\n  fragment AssetColumnPathFields on AssetColumnPath {\n    steps { assetKey { path } column depth via { assetKey { path } column } }\n    truncated\n  }\n": typeof types.AssetColumnPathFieldsFragmentDoc,
    "\n  query AssetColumnPath($assetKey: AssetKeyInput!, $column: String!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        column(name: $column) {\n          name\n          upstreamPath { ...AssetColumnPathFields }\n          downstreamPath { ...AssetColumnPathFields }\n        }\n      }\n    }\n  }\n": typeof types.AssetColumnPathDocument,
    "\n  query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetMaterializations(limit: $limit) {\n          runId\n          partitionKey\n          timestamp\n          metadataEntries { ...MetadataEntryFields }\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": typeof types.AssetMaterializationsDocument,
    "\n  query AssetNodeOrError($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        groupName\n        description\n        owners\n        kinds\n        tags { key value }\n        metadataEntries { ...MetadataEntryFields }\n        codeVersion\n        isSource\n        observeIntervalMinutes\n        codeLocationName\n        dependencyKeys { path }\n        dependedByKeys { path }\n        assetLatestInfo { ...AssetLatestInfoFields }\n        freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone }\n        freshnessInfo { status minutesLate reason }\n        ...StaleStatusFields\n        partitionCount\n        unsyncedCauses: staleCauses { key { path } reason dependency { path } partitionCount }\n        automationCondition { type label }\n        automationEvaluations(limit: 8) { id evaluatedAt requested reasons runId partitionKey error }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": typeof types.AssetNodeOrErrorDocument,
    "\n  fragment AssetNodeStructureFields on AssetNode {\n    id\n    assetKey { path }\n    groupName\n    kinds\n    owners\n    tags { key value }\n    isSource\n    codeLocationName\n    dependencyKeys { path }\n    columnNames\n  }\n": typeof types.AssetNodeStructureFieldsFragmentDoc,
    "\n  fragment AssetNodeListFields on AssetNode {\n    ...AssetNodeStructureFields\n    assetLatestInfo { ...AssetLatestInfoFields }\n    freshnessInfo { status minutesLate reason }\n    ...StaleStatusFields\n  }\n": typeof types.AssetNodeListFieldsFragmentDoc,
    "\n  query AssetNodes($selection: String) {\n    assetNodes(selection: $selection) { ...AssetNodeListFields }\n  }\n": typeof types.AssetNodesDocument,
    "\n  query ExternalRunsInProgress {\n    externalRunsInProgress { runId jobLabel outputKeys { path } }\n  }\n": typeof types.ExternalRunsInProgressDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      kind\n      role\n      grants { role selection }\n      permissions\n      refusals { permission message }\n      signInEnabled\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AutomatedAssets {\n    automatedAssetNodes {\n      id\n      assetKey { path }\n      automationCondition { type label }\n      automationEvaluations(limit: 1) { id evaluatedAt requested reasons runId partitionKey error }\n    }\n  }\n": typeof types.AutomatedAssetsDocument,
    "\n  fragment TickFields on Tick {\n    id\n    tickTime\n    evaluatedAt\n    status\n    runIds\n    runs { runId status partitionKey }\n    skipReason\n    error\n    cursor\n  }\n": typeof types.TickFieldsFragmentDoc,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    name\n    codeLocationName\n    description\n    cronSchedule\n    cronDescription\n    executionTimezone\n    status\n    defaultStatus\n    catchup\n    maxActiveRuns\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    tags { key value }\n    nextTickTimes(limit: 5)\n    lastTick { ...TickFields }\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query Schedules {\n    schedulesOrError {\n      __typename\n      ... on Schedules { results { ...ScheduleFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n": typeof types.ScheduleOrErrorDocument,
    "\n  query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n": typeof types.ScheduleTicksDocument,
    "\n  fragment SensorFields on Sensor {\n    id\n    name\n    codeLocationName\n    description\n    sensorType\n    status\n    defaultStatus\n    minimumIntervalSeconds\n    cursor\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    monitoredAssetKey { path }\n    runStatus\n    monitoredJobName\n    monitoredAssetKeys { path }\n    nextEvaluationAt\n    lastTick { ...TickFields }\n  }\n": typeof types.SensorFieldsFragmentDoc,
    "\n  query Sensors {\n    sensorsOrError {\n      __typename\n      ... on Sensors { results { ...SensorFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n": typeof types.SensorsDocument,
    "\n  query SensorOrError($codeLocationName: String!, $sensorName: String!) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n    }\n  }\n": typeof types.SensorOrErrorDocument,
    "\n  query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on SensorNotFoundError { message }\n    }\n  }\n": typeof types.SensorTicksDocument,
    "\n  mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on InvalidSensorCursorError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.SetSensorCursorDocument,
    "\n  fragment TestRunRequestFields on TestRunRequest {\n    runKey\n    partitionKey\n    tags { key value }\n    runConfigYaml\n  }\n": typeof types.TestRunRequestFieldsFragmentDoc,
    "\n  mutation TestSchedule($codeLocationName: String!, $scheduleName: String!, $tickTime: String) {\n    testSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName, tickTime: $tickTime) {\n      __typename\n      ... on ScheduleTestEvaluation { tickTime skipReason error runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n": typeof types.TestScheduleDocument,
    "\n  mutation TestSensor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    testSensor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on SensorTestEvaluation { cursor skipReason error logs runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n": typeof types.TestSensorDocument,
    "\n  mutation StartSchedule($codeLocationName: String!, $scheduleName: String!) {\n    startSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.StartScheduleDocument,
    "\n  mutation StopRunningSchedule($codeLocationName: String!, $scheduleName: String!) {\n    stopRunningSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.StopRunningScheduleDocument,
    "\n  mutation StartSensor($codeLocationName: String!, $sensorName: String!) {\n    startSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.StartSensorDocument,
    "\n  mutation StopSensor($codeLocationName: String!, $sensorName: String!) {\n    stopSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.StopSensorDocument,
    "\n  fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {\n    __typename\n    ... on LaunchPartitionBackfillSuccess { backfill { id backfillId status } }\n    ... on AssetNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on InvalidPartitionSelectionError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": typeof types.LaunchPartitionBackfillResultFieldsFragmentDoc,
    "\n  mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {\n    launchPartitionBackfill(input: $input) { ...LaunchPartitionBackfillResultFields }\n  }\n": typeof types.LaunchPartitionBackfillDocument,
    "\n  mutation CancelBackfill($backfillId: String!) {\n    cancelBackfill(backfillId: $backfillId) {\n      __typename\n      ... on Backfill { id backfillId status }\n      ... on BackfillNotFoundError { message }\n      ... on LaunchRunError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.CancelBackfillDocument,
    "\n  mutation RetryBackfill($backfillId: String!) {\n    retryBackfill(backfillId: $backfillId) { ...LaunchPartitionBackfillResultFields }\n  }\n": typeof types.RetryBackfillDocument,
    "\n  fragment BackfillListFields on Backfill {\n    id\n    backfillId\n    status\n    strategy\n    onlyMissingOrFailed\n    createdTime\n    endTime\n    launchedBy\n    tags { key value }\n    error\n    assetSelection { path }\n    partitionSelection\n    numPartitions\n    numRuns\n    numSubmitted\n    progress { numRuns numQueued numInProgress numSucceeded numFailed numCanceled numSkipped numNotSubmitted }\n  }\n": typeof types.BackfillListFieldsFragmentDoc,
    "\n  query Backfills($limit: Int, $cursor: String) {\n    backfills(limit: $limit, cursor: $cursor) {\n      results { ...BackfillListFields }\n      nextCursor\n    }\n  }\n": typeof types.BackfillsDocument,
    "\n  query BackfillOrError($backfillId: String!, $runsLimit: Int) {\n    backfillOrError(backfillId: $backfillId) {\n      __typename\n      ... on Backfill {\n        ...BackfillListFields\n        assetStatuses {\n          assetKey { path }\n          numTargeted\n          numMaterialized\n          numFailed\n          numInProgress\n          numSkipped\n          numQueued\n          numCanceled\n          numNotSubmitted\n          partitions { partitionKey status runId }\n        }\n        runs(limit: $runsLimit) {\n          id\n          runId\n          status\n          partitionKey\n          partitionRangeStart\n          partitionRangeEnd\n          assetSelection { path }\n          creationTime\n          startTime\n          endTime\n        }\n      }\n      ... on BackfillNotFoundError { message }\n    }\n  }\n": typeof types.BackfillOrErrorDocument,
    "\n  query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {\n    partitionBackfillPreview(input: $input) {\n      __typename\n      ... on PartitionBackfillPreview {\n        numPartitions\n        numRuns\n        assets { assetKey { path } numPartitions partitionSelection }\n        limitError\n        upstreamGaps {\n          numPartitions\n          numWithMissingUpstream\n          upstreams { assetKey { path } numPartitions }\n        }\n      }\n      ... on AssetNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on InvalidPartitionSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n": typeof types.PartitionBackfillPreviewDocument,
    "\n  query AssetRunsInProgress($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs { results { id runId status assetSelection { path } } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": typeof types.AssetRunsInProgressDocument,
    "\n  query AssetCheckNames {\n    assetNodes { id assetKey { path } checkNames }\n  }\n": typeof types.AssetCheckNamesDocument,
    "\n  fragment AssetCheckExecutionFields on AssetCheckExecution {\n    id\n    runId\n    partitionKey\n    status\n    severity\n    description\n    metadataEntries { ...MetadataEntryFields }\n    timestamp\n  }\n": typeof types.AssetCheckExecutionFieldsFragmentDoc,
    "\n  query AssetChecks($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        isSource\n        partitionsDefinition { description }\n        assetChecks { name description severity blocking latestExecution { ...AssetCheckExecutionFields } }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": typeof types.AssetChecksDocument,
    "\n  query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {\n    assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) { ...AssetCheckExecutionFields }\n  }\n": typeof types.AssetCheckExecutionsDocument,
    "\n  query AssetCheckLatestStatuses {\n    assetCheckLatestStatuses { assetKey { path } checkName status severity }\n  }\n": typeof types.AssetCheckLatestStatusesDocument,
    "\n  fragment CodeLocationFields on CodeLocation {\n    id\n    name\n    modulePath\n    loadStatus\n    loadError { message stack }\n    updatedTimestamp\n    assetCount\n    codeHash\n  }\n": typeof types.CodeLocationFieldsFragmentDoc,
    "\n  query CodeLocations {\n    codeLocations { ...CodeLocationFields }\n  }\n": typeof types.CodeLocationsDocument,
    "\n  mutation ReloadCodeLocation($name: String!) {\n    reloadCodeLocation(name: $name) {\n      __typename\n      ... on CodeLocation { ...CodeLocationFields lastReloadChange }\n      ... on CodeLocationNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.ReloadCodeLocationDocument,
    "\n  query InstanceProcesses {\n    instanceProcesses {\n      id\n      kind\n      host\n      pid\n      startedAt\n      heartbeatAt\n      health\n      loops { name intervalMs lastTickAt lastError }\n      concurrency\n      runIds\n    }\n  }\n": typeof types.InstanceProcessesDocument,
    "\n  query LineageExport {\n    lineageExport {\n      pending\n      sent\n      failed\n      lastFailure { runId stepKey eventType error at }\n    }\n  }\n": typeof types.LineageExportDocument,
    "\n  query ExternalJobs {\n    externalJobs {\n      label\n      parentLabel\n      latestState\n      latestEventTime\n      outputKeys { path }\n    }\n  }\n": typeof types.ExternalJobsDocument,
    "\n  fragment JobFields on Job {\n    name\n    description\n    codeLocationName\n    selection\n    assetKeys { path }\n    tags { key value }\n    runConfigYaml\n    partitionsDefinition { kind description }\n    presets { name description runConfigYaml tags { key value } }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Jobs {\n    jobs { ...JobFields }\n  }\n": typeof types.JobsDocument,
    "\n  query JobOrError($jobName: String!) {\n    jobOrError(jobName: $jobName) {\n      __typename\n      ... on Job { ...JobFields }\n      ... on JobNotFoundError { message }\n    }\n  }\n": typeof types.JobOrErrorDocument,
    "\n  query RunConfigSchema($target: RunConfigTarget!) {\n    runConfigSchemaOrError(target: $target) {\n      __typename\n      ... on RunConfigSchema {\n        jsonSchema\n        assetKeys { path }\n        codeLocationName\n        defaultRunConfigYaml\n        partitionedAssetCount\n        partitionsDefinition { kind description }\n        job { name description tags { key value } presets { name description runConfigYaml tags { key value } } }\n      }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on LaunchRunError { message }\n    }\n  }\n": typeof types.RunConfigSchemaDocument,
    "\n  query IsRunConfigValid($target: RunConfigTarget!, $runConfig: String!) {\n    isRunConfigValid(target: $target, runConfig: $runConfig) {\n      __typename\n      ... on RunConfigValidationInvalid { message errors { path message } }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n": typeof types.IsRunConfigValidDocument,
    "\n  fragment PartitionsDefinitionFields on PartitionsDefinition {\n    kind\n    description\n    dimensionNames\n    dynamicName\n    timezone\n  }\n": typeof types.PartitionsDefinitionFieldsFragmentDoc,
    "\n  fragment PartitionStatsFields on PartitionStats {\n    numPartitions\n    numMaterialized\n    numFailed\n    numInProgress\n    numMissing\n  }\n": typeof types.PartitionStatsFieldsFragmentDoc,
    "\n  query AssetPartitions($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        isSource\n        acceptsPartitionRange\n        partitionsDefinition { ...PartitionsDefinitionFields }\n        partitionStats { ...PartitionStatsFields }\n        assetPartitions {\n          numPartitions\n          dimensions { name kind keyRuns { startKey count stepMinutes } listedKeys }\n          materialized\n          failed\n          inProgress\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": typeof types.AssetPartitionsDocument,
    "\n  query AssetPartitionSummaries {\n    assetNodes {\n      id\n      assetKey { path }\n      acceptsPartitionRange\n      partitionsDefinition { ...PartitionsDefinitionFields }\n      partitionStats { ...PartitionStatsFields }\n    }\n  }\n": typeof types.AssetPartitionSummariesDocument,
    "\n  query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {\n    partitionHistory(assetKey: $assetKey, partitionKey: $partitionKey, limit: $limit) {\n      id\n      runId\n      stepKey\n      partitionKey\n      eventType\n      level\n      message\n      timestamp\n      error { message }\n    }\n  }\n": typeof types.PartitionHistoryDocument,
    "\n  query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {\n    computeLogs(runId: $runId, stepKey: $stepKey, stream: $stream, beforeCursor: $beforeCursor, afterCursor: $afterCursor) {\n      __typename\n      ... on ComputeLogs { stepKey stream text startCursor endCursor hasEarlier hasLater streamsWithOutput }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n    }\n  }\n": typeof types.ComputeLogsDocument,
    "\n  fragment LaunchRunResultFields on LaunchRunResult {\n    __typename\n    ... on LaunchRunSuccess { run { id runId status } }\n    ... on AssetNotFoundError { message }\n    ... on JobNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": typeof types.LaunchRunResultFieldsFragmentDoc,
    "\n  mutation LaunchRun($input: LaunchRunInput!) {\n    launchRun(input: $input) { ...LaunchRunResultFields }\n  }\n": typeof types.LaunchRunDocument,
    "\n  mutation LaunchRunReexecution($params: ReexecutionParams!) {\n    launchRunReexecution(params: $params) { ...LaunchRunResultFields }\n  }\n": typeof types.LaunchRunReexecutionDocument,
    "\n  fragment RunDetailFields on Run {\n    ...RunListFields\n    runConfig\n    runConfigYaml\n    partitionRangeStart\n    partitionRangeEnd\n    parentRunId\n    rootRunId\n    parentRun { runId status }\n    reexecutions { runs { runId status creationTime } hasMore }\n    codeHash\n    canTerminate\n    queuedReason\n    steps { stepKey assetKey { path } status attempt startTime endTime }\n  }\n": typeof types.RunDetailFieldsFragmentDoc,
    "\n  query RunOrError($runId: ID!) {\n    runOrError(runId: $runId) {\n      __typename\n      ... on Run { ...RunDetailFields }\n      ... on RunNotFoundError { message }\n    }\n  }\n": typeof types.RunOrErrorDocument,
    "\n  fragment RunEventFields on RunEvent {\n    id\n    runId\n    stepKey\n    assetKey { path }\n    partitionKey\n    eventType\n    level\n    message\n    timestamp\n    metadataEntries { ...MetadataEntryFields }\n    error { message stack }\n  }\n": typeof types.RunEventFieldsFragmentDoc,
    "\n  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int, $filter: RunEventFilter) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit, filter: $filter) {\n      __typename\n      ... on EventConnection {\n        events { ...RunEventFields }\n        cursor\n        hasMore\n      }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n      ... on InvalidInputError { field message }\n    }\n  }\n": typeof types.LogsForRunDocument,
    "\n  query RunEventTypes($runId: ID!) {\n    runOrError(runId: $runId) { __typename ... on Run { eventTypes } }\n  }\n": typeof types.RunEventTypesDocument,
    "\n  fragment RunListFields on Run {\n    id\n    runId\n    status\n    assetSelection { path }\n    partitionKey\n    jobName\n    tags { key value }\n    launchedBy\n    creationTime\n    startTime\n    endTime\n  }\n": typeof types.RunListFieldsFragmentDoc,
    "\n  query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {\n    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n      __typename\n      ... on Runs {\n        results { ...RunListFields }\n        nextCursor\n        backfills { ...BackfillListFields }\n      }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": typeof types.RunsOrErrorDocument,
    "\n  query RunsInProgress($filter: RunsFilter) {\n    runsOrError(filter: $filter, limit: 1) {\n      __typename\n      ... on Runs { results { id runId status } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": typeof types.RunsInProgressDocument,
    "\n  query RunsTimeline($range: RunsTimelineRange!) {\n    runsTimeline(range: $range) {\n      from\n      to\n      capped\n      cap\n      runs { runId status jobName assetKeys backfillId creationTime startTime endTime }\n    }\n  }\n": typeof types.RunsTimelineDocument,
    "\n  mutation TerminateRun($runId: String!) {\n    terminateRun(runId: $runId) {\n      __typename\n      ... on TerminateRunSuccess { run { id runId status canTerminate } }\n      ... on TerminateRunFailure { message }\n      ... on RunNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": typeof types.TerminateRunDocument,
    "\n  fragment StaleStatusFields on AssetNode {\n    staleStatus\n    staleCauses(limit: 1) { reason }\n    unsyncedPartitionCount\n  }\n": typeof types.StaleStatusFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    createdBy\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokenList { tokens { ...ApiTokenFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {\n      __typename\n      ... on CreateApiTokenSuccess { secret token { ...ApiTokenFields } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($name: String!) {\n    revokeApiToken(name: $name) {\n      __typename\n      ... on ApiToken { ...ApiTokenFields }\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {\n    auditEventsOrError(limit: $limit, before: $before, actor: $actor, actionPrefix: $actionPrefix) {\n      __typename\n      ... on AuditEventList { cursor events { id timestamp actor action target details } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    grants { role selection }\n    disabled\n    hasPassword\n    signsInWithOidc\n    createdAt\n    lastSignInAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment UserResultFields on UserResult {\n    __typename\n    ... on User { ...UserFields }\n    ... on InvalidInputError { field message }\n    ... on UserNotFoundError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": types.UserResultFieldsFragmentDoc,
    "\n  query Users {\n    usersOrError {\n      __typename\n      ... on UserList { users { ...UserFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {\n    createUser(email: $email, role: $role, password: $password, displayName: $displayName) { ...UserResultFields }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {\n    updateUser(userId: $userId, role: $role, password: $password, disabled: $disabled) { ...UserResultFields }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {\n    setUserRoleGrants(userId: $userId, grants: $grants) { ...UserResultFields }\n  }\n": types.SetUserRoleGrantsDocument,
    "\n  mutation DeleteUser($userId: String!) {\n    deleteUser(userId: $userId) {\n      __typename\n      ... on DeleteUserSuccess { userId }\n      ... on InvalidInputError { field message }\n      ... on UserNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.DeleteUserDocument,
    "\n  query AssetGraphOverview {\n    assetGraphOverview {\n      assetCount\n      overviewFirst\n      groups {\n        name\n        codeLocationNames\n        assetCount\n        statusCounts { materialized failed neverMaterialized source stale }\n      }\n      groupEdges { source target assetEdgeCount }\n    }\n  }\n": types.AssetGraphOverviewDocument,
    "\n  query AssetGraphGroups($groupNames: [String!]!) {\n    assetGraphGroups(groupNames: $groupNames) {\n      __typename\n      ... on AssetGraphGroups {\n        assets { ...AssetNodeListFields }\n        linkedAssets { ...AssetNodeStructureFields }\n        edges { source target }\n      }\n      ... on InvalidInputError { field message }\n    }\n  }\n": types.AssetGraphGroupsDocument,
    "\n  query AssetGroupOf($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode { groupName }\n    }\n  }\n": types.AssetGroupOfDocument,
    "\n  query AssetGraphStructure {\n    assetNodes { ...AssetNodeStructureFields }\n  }\n": types.AssetGraphStructureDocument,
    "\n  query AssetRunStates($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs {\n        results {\n          id\n          runId\n          status\n          assetSelection { path }\n          steps { assetKey { path } status }\n        }\n      }\n    }\n  }\n": types.AssetRunStatesDocument,
    "\n  fragment AssetKeyFields on AssetKey {\n    path\n  }\n": types.AssetKeyFieldsFragmentDoc,
    "\n  query AssetExternalLineage($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        externalLineage {\n          namespace\n          name\n          producers {\n            label\n            parentLabel\n            latestRuns(limit: 5) {\n              runId\n              state\n              startTime\n              endTime\n              lastEventTime\n              errorMessage\n              parentRun {\n                runId\n                jobLabel\n                state\n                childRuns(limit: 500) { state }\n              }\n            }\n          }\n          consumers { label parentLabel latestState }\n        }\n      }\n    }\n  }\n": types.AssetExternalLineageDocument,
    "\n  fragment AssetLatestInfoFields on AssetLatestInfo {\n    state\n    lastMaterializationTimestamp\n    lastMaterializationRunId\n    lastFailureTimestamp\n    lastFailureRunId\n    lastFailureMessage\n  }\n": types.AssetLatestInfoFieldsFragmentDoc,
    "\n  fragment MetadataEntryFields on MetadataEntry {\n    label\n    type\n    value\n  }\n": types.MetadataEntryFieldsFragmentDoc,
    "\n  fragment AssetColumnLinkFields on AssetColumnLink {\n    assetKey { path }\n    column\n    assetExists\n    isDependency\n    columnKnown\n  }\n": types.AssetColumnLinkFieldsFragmentDoc,
    "\n  query AssetColumns($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        columns {\n          name\n          type\n          description\n          declared\n          upstream { ...AssetColumnLinkFields }\n          downstream { ...AssetColumnLinkFields }\n        }\n      }\n    }\n  }\n": types.AssetColumnsDocument,
    "\n  fragment AssetColumnPathFields on AssetColumnPath {\n    steps { assetKey { path } column depth via { assetKey { path } column } }\n    truncated\n  }\n": types.AssetColumnPathFieldsFragmentDoc,
    "\n  query AssetColumnPath($assetKey: AssetKeyInput!, $column: String!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        column(name: $column) {\n          name\n          upstreamPath { ...AssetColumnPathFields }\n          downstreamPath { ...AssetColumnPathFields }\n        }\n      }\n    }\n  }\n": types.AssetColumnPathDocument,
    "\n  query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetMaterializations(limit: $limit) {\n          runId\n          partitionKey\n          timestamp\n          metadataEntries { ...MetadataEntryFields }\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": types.AssetMaterializationsDocument,
    "\n  query AssetNodeOrError($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        groupName\n        description\n        owners\n        kinds\n        tags { key value }\n        metadataEntries { ...MetadataEntryFields }\n        codeVersion\n        isSource\n        observeIntervalMinutes\n        codeLocationName\n        dependencyKeys { path }\n        dependedByKeys { path }\n        assetLatestInfo { ...AssetLatestInfoFields }\n        freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone }\n        freshnessInfo { status minutesLate reason }\n        ...StaleStatusFields\n        partitionCount\n        unsyncedCauses: staleCauses { key { path } reason dependency { path } partitionCount }\n        automationCondition { type label }\n        automationEvaluations(limit: 8) { id evaluatedAt requested reasons runId partitionKey error }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": types.AssetNodeOrErrorDocument,
    "\n  fragment AssetNodeStructureFields on AssetNode {\n    id\n    assetKey { path }\n    groupName\n    kinds\n    owners\n    tags { key value }\n    isSource\n    codeLocationName\n    dependencyKeys { path }\n    columnNames\n  }\n": types.AssetNodeStructureFieldsFragmentDoc,
    "\n  fragment AssetNodeListFields on AssetNode {\n    ...AssetNodeStructureFields\n    assetLatestInfo { ...AssetLatestInfoFields }\n    freshnessInfo { status minutesLate reason }\n    ...StaleStatusFields\n  }\n": types.AssetNodeListFieldsFragmentDoc,
    "\n  query AssetNodes($selection: String) {\n    assetNodes(selection: $selection) { ...AssetNodeListFields }\n  }\n": types.AssetNodesDocument,
    "\n  query ExternalRunsInProgress {\n    externalRunsInProgress { runId jobLabel outputKeys { path } }\n  }\n": types.ExternalRunsInProgressDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      kind\n      role\n      grants { role selection }\n      permissions\n      refusals { permission message }\n      signInEnabled\n    }\n  }\n": types.ViewerDocument,
    "\n  query AutomatedAssets {\n    automatedAssetNodes {\n      id\n      assetKey { path }\n      automationCondition { type label }\n      automationEvaluations(limit: 1) { id evaluatedAt requested reasons runId partitionKey error }\n    }\n  }\n": types.AutomatedAssetsDocument,
    "\n  fragment TickFields on Tick {\n    id\n    tickTime\n    evaluatedAt\n    status\n    runIds\n    runs { runId status partitionKey }\n    skipReason\n    error\n    cursor\n  }\n": types.TickFieldsFragmentDoc,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    name\n    codeLocationName\n    description\n    cronSchedule\n    cronDescription\n    executionTimezone\n    status\n    defaultStatus\n    catchup\n    maxActiveRuns\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    tags { key value }\n    nextTickTimes(limit: 5)\n    lastTick { ...TickFields }\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query Schedules {\n    schedulesOrError {\n      __typename\n      ... on Schedules { results { ...ScheduleFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n": types.SchedulesDocument,
    "\n  query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n": types.ScheduleOrErrorDocument,
    "\n  query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n": types.ScheduleTicksDocument,
    "\n  fragment SensorFields on Sensor {\n    id\n    name\n    codeLocationName\n    description\n    sensorType\n    status\n    defaultStatus\n    minimumIntervalSeconds\n    cursor\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    monitoredAssetKey { path }\n    runStatus\n    monitoredJobName\n    monitoredAssetKeys { path }\n    nextEvaluationAt\n    lastTick { ...TickFields }\n  }\n": types.SensorFieldsFragmentDoc,
    "\n  query Sensors {\n    sensorsOrError {\n      __typename\n      ... on Sensors { results { ...SensorFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n": types.SensorsDocument,
    "\n  query SensorOrError($codeLocationName: String!, $sensorName: String!) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n    }\n  }\n": types.SensorOrErrorDocument,
    "\n  query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on SensorNotFoundError { message }\n    }\n  }\n": types.SensorTicksDocument,
    "\n  mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on InvalidSensorCursorError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.SetSensorCursorDocument,
    "\n  fragment TestRunRequestFields on TestRunRequest {\n    runKey\n    partitionKey\n    tags { key value }\n    runConfigYaml\n  }\n": types.TestRunRequestFieldsFragmentDoc,
    "\n  mutation TestSchedule($codeLocationName: String!, $scheduleName: String!, $tickTime: String) {\n    testSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName, tickTime: $tickTime) {\n      __typename\n      ... on ScheduleTestEvaluation { tickTime skipReason error runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n": types.TestScheduleDocument,
    "\n  mutation TestSensor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    testSensor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on SensorTestEvaluation { cursor skipReason error logs runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n": types.TestSensorDocument,
    "\n  mutation StartSchedule($codeLocationName: String!, $scheduleName: String!) {\n    startSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.StartScheduleDocument,
    "\n  mutation StopRunningSchedule($codeLocationName: String!, $scheduleName: String!) {\n    stopRunningSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.StopRunningScheduleDocument,
    "\n  mutation StartSensor($codeLocationName: String!, $sensorName: String!) {\n    startSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.StartSensorDocument,
    "\n  mutation StopSensor($codeLocationName: String!, $sensorName: String!) {\n    stopSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.StopSensorDocument,
    "\n  fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {\n    __typename\n    ... on LaunchPartitionBackfillSuccess { backfill { id backfillId status } }\n    ... on AssetNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on InvalidPartitionSelectionError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": types.LaunchPartitionBackfillResultFieldsFragmentDoc,
    "\n  mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {\n    launchPartitionBackfill(input: $input) { ...LaunchPartitionBackfillResultFields }\n  }\n": types.LaunchPartitionBackfillDocument,
    "\n  mutation CancelBackfill($backfillId: String!) {\n    cancelBackfill(backfillId: $backfillId) {\n      __typename\n      ... on Backfill { id backfillId status }\n      ... on BackfillNotFoundError { message }\n      ... on LaunchRunError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.CancelBackfillDocument,
    "\n  mutation RetryBackfill($backfillId: String!) {\n    retryBackfill(backfillId: $backfillId) { ...LaunchPartitionBackfillResultFields }\n  }\n": types.RetryBackfillDocument,
    "\n  fragment BackfillListFields on Backfill {\n    id\n    backfillId\n    status\n    strategy\n    onlyMissingOrFailed\n    createdTime\n    endTime\n    launchedBy\n    tags { key value }\n    error\n    assetSelection { path }\n    partitionSelection\n    numPartitions\n    numRuns\n    numSubmitted\n    progress { numRuns numQueued numInProgress numSucceeded numFailed numCanceled numSkipped numNotSubmitted }\n  }\n": types.BackfillListFieldsFragmentDoc,
    "\n  query Backfills($limit: Int, $cursor: String) {\n    backfills(limit: $limit, cursor: $cursor) {\n      results { ...BackfillListFields }\n      nextCursor\n    }\n  }\n": types.BackfillsDocument,
    "\n  query BackfillOrError($backfillId: String!, $runsLimit: Int) {\n    backfillOrError(backfillId: $backfillId) {\n      __typename\n      ... on Backfill {\n        ...BackfillListFields\n        assetStatuses {\n          assetKey { path }\n          numTargeted\n          numMaterialized\n          numFailed\n          numInProgress\n          numSkipped\n          numQueued\n          numCanceled\n          numNotSubmitted\n          partitions { partitionKey status runId }\n        }\n        runs(limit: $runsLimit) {\n          id\n          runId\n          status\n          partitionKey\n          partitionRangeStart\n          partitionRangeEnd\n          assetSelection { path }\n          creationTime\n          startTime\n          endTime\n        }\n      }\n      ... on BackfillNotFoundError { message }\n    }\n  }\n": types.BackfillOrErrorDocument,
    "\n  query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {\n    partitionBackfillPreview(input: $input) {\n      __typename\n      ... on PartitionBackfillPreview {\n        numPartitions\n        numRuns\n        assets { assetKey { path } numPartitions partitionSelection }\n        limitError\n        upstreamGaps {\n          numPartitions\n          numWithMissingUpstream\n          upstreams { assetKey { path } numPartitions }\n        }\n      }\n      ... on AssetNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on InvalidPartitionSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n": types.PartitionBackfillPreviewDocument,
    "\n  query AssetRunsInProgress($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs { results { id runId status assetSelection { path } } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": types.AssetRunsInProgressDocument,
    "\n  query AssetCheckNames {\n    assetNodes { id assetKey { path } checkNames }\n  }\n": types.AssetCheckNamesDocument,
    "\n  fragment AssetCheckExecutionFields on AssetCheckExecution {\n    id\n    runId\n    partitionKey\n    status\n    severity\n    description\n    metadataEntries { ...MetadataEntryFields }\n    timestamp\n  }\n": types.AssetCheckExecutionFieldsFragmentDoc,
    "\n  query AssetChecks($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        isSource\n        partitionsDefinition { description }\n        assetChecks { name description severity blocking latestExecution { ...AssetCheckExecutionFields } }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": types.AssetChecksDocument,
    "\n  query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {\n    assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) { ...AssetCheckExecutionFields }\n  }\n": types.AssetCheckExecutionsDocument,
    "\n  query AssetCheckLatestStatuses {\n    assetCheckLatestStatuses { assetKey { path } checkName status severity }\n  }\n": types.AssetCheckLatestStatusesDocument,
    "\n  fragment CodeLocationFields on CodeLocation {\n    id\n    name\n    modulePath\n    loadStatus\n    loadError { message stack }\n    updatedTimestamp\n    assetCount\n    codeHash\n  }\n": types.CodeLocationFieldsFragmentDoc,
    "\n  query CodeLocations {\n    codeLocations { ...CodeLocationFields }\n  }\n": types.CodeLocationsDocument,
    "\n  mutation ReloadCodeLocation($name: String!) {\n    reloadCodeLocation(name: $name) {\n      __typename\n      ... on CodeLocation { ...CodeLocationFields lastReloadChange }\n      ... on CodeLocationNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.ReloadCodeLocationDocument,
    "\n  query InstanceProcesses {\n    instanceProcesses {\n      id\n      kind\n      host\n      pid\n      startedAt\n      heartbeatAt\n      health\n      loops { name intervalMs lastTickAt lastError }\n      concurrency\n      runIds\n    }\n  }\n": types.InstanceProcessesDocument,
    "\n  query LineageExport {\n    lineageExport {\n      pending\n      sent\n      failed\n      lastFailure { runId stepKey eventType error at }\n    }\n  }\n": types.LineageExportDocument,
    "\n  query ExternalJobs {\n    externalJobs {\n      label\n      parentLabel\n      latestState\n      latestEventTime\n      outputKeys { path }\n    }\n  }\n": types.ExternalJobsDocument,
    "\n  fragment JobFields on Job {\n    name\n    description\n    codeLocationName\n    selection\n    assetKeys { path }\n    tags { key value }\n    runConfigYaml\n    partitionsDefinition { kind description }\n    presets { name description runConfigYaml tags { key value } }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query Jobs {\n    jobs { ...JobFields }\n  }\n": types.JobsDocument,
    "\n  query JobOrError($jobName: String!) {\n    jobOrError(jobName: $jobName) {\n      __typename\n      ... on Job { ...JobFields }\n      ... on JobNotFoundError { message }\n    }\n  }\n": types.JobOrErrorDocument,
    "\n  query RunConfigSchema($target: RunConfigTarget!) {\n    runConfigSchemaOrError(target: $target) {\n      __typename\n      ... on RunConfigSchema {\n        jsonSchema\n        assetKeys { path }\n        codeLocationName\n        defaultRunConfigYaml\n        partitionedAssetCount\n        partitionsDefinition { kind description }\n        job { name description tags { key value } presets { name description runConfigYaml tags { key value } } }\n      }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on LaunchRunError { message }\n    }\n  }\n": types.RunConfigSchemaDocument,
    "\n  query IsRunConfigValid($target: RunConfigTarget!, $runConfig: String!) {\n    isRunConfigValid(target: $target, runConfig: $runConfig) {\n      __typename\n      ... on RunConfigValidationInvalid { message errors { path message } }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n": types.IsRunConfigValidDocument,
    "\n  fragment PartitionsDefinitionFields on PartitionsDefinition {\n    kind\n    description\n    dimensionNames\n    dynamicName\n    timezone\n  }\n": types.PartitionsDefinitionFieldsFragmentDoc,
    "\n  fragment PartitionStatsFields on PartitionStats {\n    numPartitions\n    numMaterialized\n    numFailed\n    numInProgress\n    numMissing\n  }\n": types.PartitionStatsFieldsFragmentDoc,
    "\n  query AssetPartitions($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        isSource\n        acceptsPartitionRange\n        partitionsDefinition { ...PartitionsDefinitionFields }\n        partitionStats { ...PartitionStatsFields }\n        assetPartitions {\n          numPartitions\n          dimensions { name kind keyRuns { startKey count stepMinutes } listedKeys }\n          materialized\n          failed\n          inProgress\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n": types.AssetPartitionsDocument,
    "\n  query AssetPartitionSummaries {\n    assetNodes {\n      id\n      assetKey { path }\n      acceptsPartitionRange\n      partitionsDefinition { ...PartitionsDefinitionFields }\n      partitionStats { ...PartitionStatsFields }\n    }\n  }\n": types.AssetPartitionSummariesDocument,
    "\n  query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {\n    partitionHistory(assetKey: $assetKey, partitionKey: $partitionKey, limit: $limit) {\n      id\n      runId\n      stepKey\n      partitionKey\n      eventType\n      level\n      message\n      timestamp\n      error { message }\n    }\n  }\n": types.PartitionHistoryDocument,
    "\n  query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {\n    computeLogs(runId: $runId, stepKey: $stepKey, stream: $stream, beforeCursor: $beforeCursor, afterCursor: $afterCursor) {\n      __typename\n      ... on ComputeLogs { stepKey stream text startCursor endCursor hasEarlier hasLater streamsWithOutput }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n    }\n  }\n": types.ComputeLogsDocument,
    "\n  fragment LaunchRunResultFields on LaunchRunResult {\n    __typename\n    ... on LaunchRunSuccess { run { id runId status } }\n    ... on AssetNotFoundError { message }\n    ... on JobNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n": types.LaunchRunResultFieldsFragmentDoc,
    "\n  mutation LaunchRun($input: LaunchRunInput!) {\n    launchRun(input: $input) { ...LaunchRunResultFields }\n  }\n": types.LaunchRunDocument,
    "\n  mutation LaunchRunReexecution($params: ReexecutionParams!) {\n    launchRunReexecution(params: $params) { ...LaunchRunResultFields }\n  }\n": types.LaunchRunReexecutionDocument,
    "\n  fragment RunDetailFields on Run {\n    ...RunListFields\n    runConfig\n    runConfigYaml\n    partitionRangeStart\n    partitionRangeEnd\n    parentRunId\n    rootRunId\n    parentRun { runId status }\n    reexecutions { runs { runId status creationTime } hasMore }\n    codeHash\n    canTerminate\n    queuedReason\n    steps { stepKey assetKey { path } status attempt startTime endTime }\n  }\n": types.RunDetailFieldsFragmentDoc,
    "\n  query RunOrError($runId: ID!) {\n    runOrError(runId: $runId) {\n      __typename\n      ... on Run { ...RunDetailFields }\n      ... on RunNotFoundError { message }\n    }\n  }\n": types.RunOrErrorDocument,
    "\n  fragment RunEventFields on RunEvent {\n    id\n    runId\n    stepKey\n    assetKey { path }\n    partitionKey\n    eventType\n    level\n    message\n    timestamp\n    metadataEntries { ...MetadataEntryFields }\n    error { message stack }\n  }\n": types.RunEventFieldsFragmentDoc,
    "\n  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int, $filter: RunEventFilter) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit, filter: $filter) {\n      __typename\n      ... on EventConnection {\n        events { ...RunEventFields }\n        cursor\n        hasMore\n      }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n      ... on InvalidInputError { field message }\n    }\n  }\n": types.LogsForRunDocument,
    "\n  query RunEventTypes($runId: ID!) {\n    runOrError(runId: $runId) { __typename ... on Run { eventTypes } }\n  }\n": types.RunEventTypesDocument,
    "\n  fragment RunListFields on Run {\n    id\n    runId\n    status\n    assetSelection { path }\n    partitionKey\n    jobName\n    tags { key value }\n    launchedBy\n    creationTime\n    startTime\n    endTime\n  }\n": types.RunListFieldsFragmentDoc,
    "\n  query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {\n    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n      __typename\n      ... on Runs {\n        results { ...RunListFields }\n        nextCursor\n        backfills { ...BackfillListFields }\n      }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": types.RunsOrErrorDocument,
    "\n  query RunsInProgress($filter: RunsFilter) {\n    runsOrError(filter: $filter, limit: 1) {\n      __typename\n      ... on Runs { results { id runId status } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n": types.RunsInProgressDocument,
    "\n  query RunsTimeline($range: RunsTimelineRange!) {\n    runsTimeline(range: $range) {\n      from\n      to\n      capped\n      cap\n      runs { runId status jobName assetKeys backfillId creationTime startTime endTime }\n    }\n  }\n": types.RunsTimelineDocument,
    "\n  mutation TerminateRun($runId: String!) {\n    terminateRun(runId: $runId) {\n      __typename\n      ... on TerminateRunSuccess { run { id runId status canTerminate } }\n      ... on TerminateRunFailure { message }\n      ... on RunNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n": types.TerminateRunDocument,
    "\n  fragment StaleStatusFields on AssetNode {\n    staleStatus\n    staleCauses(limit: 1) { reason }\n    unsyncedPartitionCount\n  }\n": types.StaleStatusFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    createdBy\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokensOrError {\n      __typename\n      ... on ApiTokenList { tokens { ...ApiTokenFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {\n      __typename\n      ... on CreateApiTokenSuccess { secret token { ...ApiTokenFields } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($name: String!) {\n    revokeApiToken(name: $name) {\n      __typename\n      ... on ApiToken { ...ApiTokenFields }\n      ... on ApiTokenNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {\n    auditEventsOrError(limit: $limit, before: $before, actor: $actor, actionPrefix: $actionPrefix) {\n      __typename\n      ... on AuditEventList { cursor events { id timestamp actor action target details } }\n      ... on InvalidInputError { field message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    grants { role selection }\n    disabled\n    hasPassword\n    signsInWithOidc\n    createdAt\n    lastSignInAt\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserResultFields on UserResult {\n    __typename\n    ... on User { ...UserFields }\n    ... on InvalidInputError { field message }\n    ... on UserNotFoundError { message }\n    ... on UnauthorizedError { message permission }\n  }\n"): typeof import('./graphql').UserResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    usersOrError {\n      __typename\n      ... on UserList { users { ...UserFields } }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {\n    createUser(email: $email, role: $role, password: $password, displayName: $displayName) { ...UserResultFields }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {\n    updateUser(userId: $userId, role: $role, password: $password, disabled: $disabled) { ...UserResultFields }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {\n    setUserRoleGrants(userId: $userId, grants: $grants) { ...UserResultFields }\n  }\n"): typeof import('./graphql').SetUserRoleGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($userId: String!) {\n    deleteUser(userId: $userId) {\n      __typename\n      ... on DeleteUserSuccess { userId }\n      ... on InvalidInputError { field message }\n      ... on UserNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetGraphOverview {\n    assetGraphOverview {\n      assetCount\n      overviewFirst\n      groups {\n        name\n        codeLocationNames\n        assetCount\n        statusCounts { materialized failed neverMaterialized source stale }\n      }\n      groupEdges { source target assetEdgeCount }\n    }\n  }\n"): typeof import('./graphql').AssetGraphOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetGraphGroups($groupNames: [String!]!) {\n    assetGraphGroups(groupNames: $groupNames) {\n      __typename\n      ... on AssetGraphGroups {\n        assets { ...AssetNodeListFields }\n        linkedAssets { ...AssetNodeStructureFields }\n        edges { source target }\n      }\n      ... on InvalidInputError { field message }\n    }\n  }\n"): typeof import('./graphql').AssetGraphGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetGroupOf($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode { groupName }\n    }\n  }\n"): typeof import('./graphql').AssetGroupOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetGraphStructure {\n    assetNodes { ...AssetNodeStructureFields }\n  }\n"): typeof import('./graphql').AssetGraphStructureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetRunStates($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs {\n        results {\n          id\n          runId\n          status\n          assetSelection { path }\n          steps { assetKey { path } status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetRunStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetKeyFields on AssetKey {\n    path\n  }\n"): typeof import('./graphql').AssetKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetExternalLineage($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        externalLineage {\n          namespace\n          name\n          producers {\n            label\n            parentLabel\n            latestRuns(limit: 5) {\n              runId\n              state\n              startTime\n              endTime\n              lastEventTime\n              errorMessage\n              parentRun {\n                runId\n                jobLabel\n                state\n                childRuns(limit: 500) { state }\n              }\n            }\n          }\n          consumers { label parentLabel latestState }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetExternalLineageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetLatestInfoFields on AssetLatestInfo {\n    state\n    lastMaterializationTimestamp\n    lastMaterializationRunId\n    lastFailureTimestamp\n    lastFailureRunId\n    lastFailureMessage\n  }\n"): typeof import('./graphql').AssetLatestInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetadataEntryFields on MetadataEntry {\n    label\n    type\n    value\n  }\n"): typeof import('./graphql').MetadataEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetColumnLinkFields on AssetColumnLink {\n    assetKey { path }\n    column\n    assetExists\n    isDependency\n    columnKnown\n  }\n"): typeof import('./graphql').AssetColumnLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetColumns($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        columns {\n          name\n          type\n          description\n          declared\n          upstream { ...AssetColumnLinkFields }\n          downstream { ...AssetColumnLinkFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetColumnPathFields on AssetColumnPath {\n    steps { assetKey { path } column depth via { assetKey { path } column } }\n    truncated\n  }\n"): typeof import('./graphql').AssetColumnPathFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetColumnPath($assetKey: AssetKeyInput!, $column: String!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        column(name: $column) {\n          name\n          upstreamPath { ...AssetColumnPathFields }\n          downstreamPath { ...AssetColumnPathFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetColumnPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetMaterializations($assetKey: AssetKeyInput!, $limit: Int) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetMaterializations(limit: $limit) {\n          runId\n          partitionKey\n          timestamp\n          metadataEntries { ...MetadataEntryFields }\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').AssetMaterializationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetNodeOrError($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        groupName\n        description\n        owners\n        kinds\n        tags { key value }\n        metadataEntries { ...MetadataEntryFields }\n        codeVersion\n        isSource\n        observeIntervalMinutes\n        codeLocationName\n        dependencyKeys { path }\n        dependedByKeys { path }\n        assetLatestInfo { ...AssetLatestInfoFields }\n        freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone }\n        freshnessInfo { status minutesLate reason }\n        ...StaleStatusFields\n        partitionCount\n        unsyncedCauses: staleCauses { key { path } reason dependency { path } partitionCount }\n        automationCondition { type label }\n        automationEvaluations(limit: 8) { id evaluatedAt requested reasons runId partitionKey error }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').AssetNodeOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetNodeStructureFields on AssetNode {\n    id\n    assetKey { path }\n    groupName\n    kinds\n    owners\n    tags { key value }\n    isSource\n    codeLocationName\n    dependencyKeys { path }\n    columnNames\n  }\n"): typeof import('./graphql').AssetNodeStructureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetNodeListFields on AssetNode {\n    ...AssetNodeStructureFields\n    assetLatestInfo { ...AssetLatestInfoFields }\n    freshnessInfo { status minutesLate reason }\n    ...StaleStatusFields\n  }\n"): typeof import('./graphql').AssetNodeListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetNodes($selection: String) {\n    assetNodes(selection: $selection) { ...AssetNodeListFields }\n  }\n"): typeof import('./graphql').AssetNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExternalRunsInProgress {\n    externalRunsInProgress { runId jobLabel outputKeys { path } }\n  }\n"): typeof import('./graphql').ExternalRunsInProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      name\n      kind\n      role\n      grants { role selection }\n      permissions\n      refusals { permission message }\n      signInEnabled\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomatedAssets {\n    automatedAssetNodes {\n      id\n      assetKey { path }\n      automationCondition { type label }\n      automationEvaluations(limit: 1) { id evaluatedAt requested reasons runId partitionKey error }\n    }\n  }\n"): typeof import('./graphql').AutomatedAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TickFields on Tick {\n    id\n    tickTime\n    evaluatedAt\n    status\n    runIds\n    runs { runId status partitionKey }\n    skipReason\n    error\n    cursor\n  }\n"): typeof import('./graphql').TickFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleFields on Schedule {\n    id\n    name\n    codeLocationName\n    description\n    cronSchedule\n    cronDescription\n    executionTimezone\n    status\n    defaultStatus\n    catchup\n    maxActiveRuns\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    tags { key value }\n    nextTickTimes(limit: 5)\n    lastTick { ...TickFields }\n  }\n"): typeof import('./graphql').ScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules {\n    schedulesOrError {\n      __typename\n      ... on Schedules { results { ...ScheduleFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').SchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').ScheduleOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {\n    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on ScheduleNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').ScheduleTicksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SensorFields on Sensor {\n    id\n    name\n    codeLocationName\n    description\n    sensorType\n    status\n    defaultStatus\n    minimumIntervalSeconds\n    cursor\n    jobName\n    selection\n    assetKeys { path }\n    partitionsDefinition { kind description }\n    monitoredAssetKey { path }\n    runStatus\n    monitoredJobName\n    monitoredAssetKeys { path }\n    nextEvaluationAt\n    lastTick { ...TickFields }\n  }\n"): typeof import('./graphql').SensorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sensors {\n    sensorsOrError {\n      __typename\n      ... on Sensors { results { ...SensorFields } }\n      ... on CodeLocationNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').SensorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensorOrError($codeLocationName: String!, $sensorName: String!) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').SensorOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {\n    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }\n      ... on SensorNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').SensorTicksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on InvalidSensorCursorError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').SetSensorCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestRunRequestFields on TestRunRequest {\n    runKey\n    partitionKey\n    tags { key value }\n    runConfigYaml\n  }\n"): typeof import('./graphql').TestRunRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSchedule($codeLocationName: String!, $scheduleName: String!, $tickTime: String) {\n    testSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName, tickTime: $tickTime) {\n      __typename\n      ... on ScheduleTestEvaluation { tickTime skipReason error runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n"): typeof import('./graphql').TestScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSensor($codeLocationName: String!, $sensorName: String!, $cursor: String) {\n    testSensor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {\n      __typename\n      ... on SensorTestEvaluation { cursor skipReason error logs runRequests { ...TestRunRequestFields } }\n      ... on InstigatorNotFoundError { message }\n      ... on InvalidTestInputError { field message }\n      ... on UnauthorizedError { message }\n    }\n  }\n"): typeof import('./graphql').TestSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSchedule($codeLocationName: String!, $scheduleName: String!) {\n    startSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').StartScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopRunningSchedule($codeLocationName: String!, $scheduleName: String!) {\n    stopRunningSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {\n      __typename\n      ... on Schedule { ...ScheduleFields }\n      ... on ScheduleNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').StopRunningScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSensor($codeLocationName: String!, $sensorName: String!) {\n    startSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').StartSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopSensor($codeLocationName: String!, $sensorName: String!) {\n    stopSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {\n      __typename\n      ... on Sensor { ...SensorFields }\n      ... on SensorNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').StopSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {\n    __typename\n    ... on LaunchPartitionBackfillSuccess { backfill { id backfillId status } }\n    ... on AssetNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on InvalidPartitionSelectionError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n"): typeof import('./graphql').LaunchPartitionBackfillResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {\n    launchPartitionBackfill(input: $input) { ...LaunchPartitionBackfillResultFields }\n  }\n"): typeof import('./graphql').LaunchPartitionBackfillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBackfill($backfillId: String!) {\n    cancelBackfill(backfillId: $backfillId) {\n      __typename\n      ... on Backfill { id backfillId status }\n      ... on BackfillNotFoundError { message }\n      ... on LaunchRunError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').CancelBackfillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryBackfill($backfillId: String!) {\n    retryBackfill(backfillId: $backfillId) { ...LaunchPartitionBackfillResultFields }\n  }\n"): typeof import('./graphql').RetryBackfillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackfillListFields on Backfill {\n    id\n    backfillId\n    status\n    strategy\n    onlyMissingOrFailed\n    createdTime\n    endTime\n    launchedBy\n    tags { key value }\n    error\n    assetSelection { path }\n    partitionSelection\n    numPartitions\n    numRuns\n    numSubmitted\n    progress { numRuns numQueued numInProgress numSucceeded numFailed numCanceled numSkipped numNotSubmitted }\n  }\n"): typeof import('./graphql').BackfillListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Backfills($limit: Int, $cursor: String) {\n    backfills(limit: $limit, cursor: $cursor) {\n      results { ...BackfillListFields }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').BackfillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackfillOrError($backfillId: String!, $runsLimit: Int) {\n    backfillOrError(backfillId: $backfillId) {\n      __typename\n      ... on Backfill {\n        ...BackfillListFields\n        assetStatuses {\n          assetKey { path }\n          numTargeted\n          numMaterialized\n          numFailed\n          numInProgress\n          numSkipped\n          numQueued\n          numCanceled\n          numNotSubmitted\n          partitions { partitionKey status runId }\n        }\n        runs(limit: $runsLimit) {\n          id\n          runId\n          status\n          partitionKey\n          partitionRangeStart\n          partitionRangeEnd\n          assetSelection { path }\n          creationTime\n          startTime\n          endTime\n        }\n      }\n      ... on BackfillNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').BackfillOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {\n    partitionBackfillPreview(input: $input) {\n      __typename\n      ... on PartitionBackfillPreview {\n        numPartitions\n        numRuns\n        assets { assetKey { path } numPartitions partitionSelection }\n        limitError\n        upstreamGaps {\n          numPartitions\n          numWithMissingUpstream\n          upstreams { assetKey { path } numPartitions }\n        }\n      }\n      ... on AssetNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on InvalidPartitionSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n"): typeof import('./graphql').PartitionBackfillPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetRunsInProgress($filter: RunsFilter, $limit: Int) {\n    runsOrError(filter: $filter, limit: $limit) {\n      __typename\n      ... on Runs { results { id runId status assetSelection { path } } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n"): typeof import('./graphql').AssetRunsInProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetCheckNames {\n    assetNodes { id assetKey { path } checkNames }\n  }\n"): typeof import('./graphql').AssetCheckNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssetCheckExecutionFields on AssetCheckExecution {\n    id\n    runId\n    partitionKey\n    status\n    severity\n    description\n    metadataEntries { ...MetadataEntryFields }\n    timestamp\n  }\n"): typeof import('./graphql').AssetCheckExecutionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetChecks($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        isSource\n        partitionsDefinition { description }\n        assetChecks { name description severity blocking latestExecution { ...AssetCheckExecutionFields } }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').AssetChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetCheckExecutions($assetKey: AssetKeyInput!, $checkName: String!, $limit: Int) {\n    assetCheckExecutions(assetKey: $assetKey, checkName: $checkName, limit: $limit) { ...AssetCheckExecutionFields }\n  }\n"): typeof import('./graphql').AssetCheckExecutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetCheckLatestStatuses {\n    assetCheckLatestStatuses { assetKey { path } checkName status severity }\n  }\n"): typeof import('./graphql').AssetCheckLatestStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CodeLocationFields on CodeLocation {\n    id\n    name\n    modulePath\n    loadStatus\n    loadError { message stack }\n    updatedTimestamp\n    assetCount\n    codeHash\n  }\n"): typeof import('./graphql').CodeLocationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeLocations {\n    codeLocations { ...CodeLocationFields }\n  }\n"): typeof import('./graphql').CodeLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReloadCodeLocation($name: String!) {\n    reloadCodeLocation(name: $name) {\n      __typename\n      ... on CodeLocation { ...CodeLocationFields lastReloadChange }\n      ... on CodeLocationNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').ReloadCodeLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceProcesses {\n    instanceProcesses {\n      id\n      kind\n      host\n      pid\n      startedAt\n      heartbeatAt\n      health\n      loops { name intervalMs lastTickAt lastError }\n      concurrency\n      runIds\n    }\n  }\n"): typeof import('./graphql').InstanceProcessesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LineageExport {\n    lineageExport {\n      pending\n      sent\n      failed\n      lastFailure { runId stepKey eventType error at }\n    }\n  }\n"): typeof import('./graphql').LineageExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExternalJobs {\n    externalJobs {\n      label\n      parentLabel\n      latestState\n      latestEventTime\n      outputKeys { path }\n    }\n  }\n"): typeof import('./graphql').ExternalJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    name\n    description\n    codeLocationName\n    selection\n    assetKeys { path }\n    tags { key value }\n    runConfigYaml\n    partitionsDefinition { kind description }\n    presets { name description runConfigYaml tags { key value } }\n  }\n"): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs {\n    jobs { ...JobFields }\n  }\n"): typeof import('./graphql').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobOrError($jobName: String!) {\n    jobOrError(jobName: $jobName) {\n      __typename\n      ... on Job { ...JobFields }\n      ... on JobNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').JobOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunConfigSchema($target: RunConfigTarget!) {\n    runConfigSchemaOrError(target: $target) {\n      __typename\n      ... on RunConfigSchema {\n        jsonSchema\n        assetKeys { path }\n        codeLocationName\n        defaultRunConfigYaml\n        partitionedAssetCount\n        partitionsDefinition { kind description }\n        job { name description tags { key value } presets { name description runConfigYaml tags { key value } } }\n      }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message position }\n      ... on LaunchRunError { message }\n    }\n  }\n"): typeof import('./graphql').RunConfigSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsRunConfigValid($target: RunConfigTarget!, $runConfig: String!) {\n    isRunConfigValid(target: $target, runConfig: $runConfig) {\n      __typename\n      ... on RunConfigValidationInvalid { message errors { path message } }\n      ... on AssetNotFoundError { message }\n      ... on JobNotFoundError { message }\n      ... on InvalidSelectionError { message }\n      ... on LaunchRunError { message }\n    }\n  }\n"): typeof import('./graphql').IsRunConfigValidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartitionsDefinitionFields on PartitionsDefinition {\n    kind\n    description\n    dimensionNames\n    dynamicName\n    timezone\n  }\n"): typeof import('./graphql').PartitionsDefinitionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartitionStatsFields on PartitionStats {\n    numPartitions\n    numMaterialized\n    numFailed\n    numInProgress\n    numMissing\n  }\n"): typeof import('./graphql').PartitionStatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetPartitions($assetKey: AssetKeyInput!) {\n    assetNodeOrError(assetKey: $assetKey) {\n      __typename\n      ... on AssetNode {\n        id\n        assetKey { path }\n        isSource\n        acceptsPartitionRange\n        partitionsDefinition { ...PartitionsDefinitionFields }\n        partitionStats { ...PartitionStatsFields }\n        assetPartitions {\n          numPartitions\n          dimensions { name kind keyRuns { startKey count stepMinutes } listedKeys }\n          materialized\n          failed\n          inProgress\n        }\n      }\n      ... on AssetNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').AssetPartitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetPartitionSummaries {\n    assetNodes {\n      id\n      assetKey { path }\n      acceptsPartitionRange\n      partitionsDefinition { ...PartitionsDefinitionFields }\n      partitionStats { ...PartitionStatsFields }\n    }\n  }\n"): typeof import('./graphql').AssetPartitionSummariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionHistory($assetKey: AssetKeyInput!, $partitionKey: String!, $limit: Int) {\n    partitionHistory(assetKey: $assetKey, partitionKey: $partitionKey, limit: $limit) {\n      id\n      runId\n      stepKey\n      partitionKey\n      eventType\n      level\n      message\n      timestamp\n      error { message }\n    }\n  }\n"): typeof import('./graphql').PartitionHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {\n    computeLogs(runId: $runId, stepKey: $stepKey, stream: $stream, beforeCursor: $beforeCursor, afterCursor: $afterCursor) {\n      __typename\n      ... on ComputeLogs { stepKey stream text startCursor endCursor hasEarlier hasLater streamsWithOutput }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n    }\n  }\n"): typeof import('./graphql').ComputeLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LaunchRunResultFields on LaunchRunResult {\n    __typename\n    ... on LaunchRunSuccess { run { id runId status } }\n    ... on AssetNotFoundError { message }\n    ... on JobNotFoundError { message }\n    ... on InvalidSelectionError { message position }\n    ... on InvalidIdempotencyKeyError { message }\n    ... on RunConfigValidationInvalid { message errors { path message } }\n    ... on LaunchRunError { message }\n    ... on UnauthorizedError { message permission }\n  }\n"): typeof import('./graphql').LaunchRunResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchRun($input: LaunchRunInput!) {\n    launchRun(input: $input) { ...LaunchRunResultFields }\n  }\n"): typeof import('./graphql').LaunchRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchRunReexecution($params: ReexecutionParams!) {\n    launchRunReexecution(params: $params) { ...LaunchRunResultFields }\n  }\n"): typeof import('./graphql').LaunchRunReexecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunDetailFields on Run {\n    ...RunListFields\n    runConfig\n    runConfigYaml\n    partitionRangeStart\n    partitionRangeEnd\n    parentRunId\n    rootRunId\n    parentRun { runId status }\n    reexecutions { runs { runId status creationTime } hasMore }\n    codeHash\n    canTerminate\n    queuedReason\n    steps { stepKey assetKey { path } status attempt startTime endTime }\n  }\n"): typeof import('./graphql').RunDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunOrError($runId: ID!) {\n    runOrError(runId: $runId) {\n      __typename\n      ... on Run { ...RunDetailFields }\n      ... on RunNotFoundError { message }\n    }\n  }\n"): typeof import('./graphql').RunOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunEventFields on RunEvent {\n    id\n    runId\n    stepKey\n    assetKey { path }\n    partitionKey\n    eventType\n    level\n    message\n    timestamp\n    metadataEntries { ...MetadataEntryFields }\n    error { message stack }\n  }\n"): typeof import('./graphql').RunEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int, $filter: RunEventFilter) {\n    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit, filter: $filter) {\n      __typename\n      ... on EventConnection {\n        events { ...RunEventFields }\n        cursor\n        hasMore\n      }\n      ... on RunNotFoundError { message }\n      ... on InvalidCursorError { message }\n      ... on InvalidInputError { field message }\n    }\n  }\n"): typeof import('./graphql').LogsForRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunEventTypes($runId: ID!) {\n    runOrError(runId: $runId) { __typename ... on Run { eventTypes } }\n  }\n"): typeof import('./graphql').RunEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunListFields on Run {\n    id\n    runId\n    status\n    assetSelection { path }\n    partitionKey\n    jobName\n    tags { key value }\n    launchedBy\n    creationTime\n    startTime\n    endTime\n  }\n"): typeof import('./graphql').RunListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {\n    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {\n      __typename\n      ... on Runs {\n        results { ...RunListFields }\n        nextCursor\n        backfills { ...BackfillListFields }\n      }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n"): typeof import('./graphql').RunsOrErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsInProgress($filter: RunsFilter) {\n    runsOrError(filter: $filter, limit: 1) {\n      __typename\n      ... on Runs { results { id runId status } }\n      ... on InvalidRunsFilterError { message }\n    }\n  }\n"): typeof import('./graphql').RunsInProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsTimeline($range: RunsTimelineRange!) {\n    runsTimeline(range: $range) {\n      from\n      to\n      capped\n      cap\n      runs { runId status jobName assetKeys backfillId creationTime startTime endTime }\n    }\n  }\n"): typeof import('./graphql').RunsTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateRun($runId: String!) {\n    terminateRun(runId: $runId) {\n      __typename\n      ... on TerminateRunSuccess { run { id runId status canTerminate } }\n      ... on TerminateRunFailure { message }\n      ... on RunNotFoundError { message }\n      ... on UnauthorizedError { message permission }\n    }\n  }\n"): typeof import('./graphql').TerminateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaleStatusFields on AssetNode {\n    staleStatus\n    staleCauses(limit: 1) { reason }\n    unsyncedPartitionCount\n  }\n"): typeof import('./graphql').StaleStatusFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
