// TanStack Query cache keys, in one place so mutations invalidate exactly what they change.
import type { LaunchPartitionBackfillInput, RunConfigTarget, RunsFilter } from "./generated/graphql";

/** The audit log filters the page keeps in its URL; empty strings are left out of the query. */
export interface AuditEventsFilter {
  actor: string;
  actionPrefix: string;
}

export const queryKeys = {
  assetNodes: (selection: string | null) => ["assetNodes", selection ?? ""] as const,
  allAssetNodes: ["assetNodes"] as const,
  assetNode: (path: readonly string[]) => ["assetNode", ...path] as const,
  allAssetNode: ["assetNode"] as const,
  assetColumns: (path: readonly string[]) => ["assetColumns", ...path] as const,
  assetColumnPath: (path: readonly string[], column: string) => ["assetColumnPath", column, ...path] as const,
  assetMaterializations: (path: readonly string[]) => ["assetMaterializations", ...path] as const,
  allAssetMaterializations: ["assetMaterializations"] as const,
  codeLocations: ["codeLocations"] as const,
  runs: (filter: RunsFilter) => ["runs", filter] as const,
  allRuns: ["runs"] as const,
  runsInProgress: ["runsInProgress"] as const,
  /** Under `allRuns`, so a launch refreshes which assets are running. */
  assetsInProgress: ["runs", "assetsInProgress"] as const,
  runsTimeline: (range: string) => ["runsTimeline", range] as const,
  run: (runId: string) => ["run", runId] as const,
  /** A run's log as one filter shows it (the filter as a stable string), under the run's every log. */
  runLogs: (runId: string, filter = "") => ["runLogs", runId, filter] as const,
  runEventTypes: (runId: string) => ["runLogs", runId, "eventTypes"] as const,
  computeLogs: (runId: string, stepKey: string, stream: string) => ["computeLogs", runId, stepKey, stream] as const,
  assetPartitions: (path: readonly string[]) => ["assetPartitions", ...path] as const,
  allAssetPartitions: ["assetPartitions"] as const,
  assetPartitionSummaries: ["assetPartitionSummaries"] as const,
  partitionHistory: (path: readonly string[], partitionKey: string) =>
    ["partitionHistory", partitionKey, ...path] as const,
  allPartitionHistory: ["partitionHistory"] as const,
  backfills: ["backfills"] as const,
  backfill: (backfillId: string) => ["backfill", backfillId] as const,
  allBackfill: ["backfill"] as const,
  partitionBackfillPreview: (input: LaunchPartitionBackfillInput) => ["partitionBackfillPreview", input] as const,
  assetChecks: (path: readonly string[]) => ["assetChecks", ...path] as const,
  allAssetChecks: ["assetChecks"] as const,
  assetCheckExecutions: (path: readonly string[], checkName: string) =>
    ["assetCheckExecutions", checkName, ...path] as const,
  allAssetCheckExecutions: ["assetCheckExecutions"] as const,
  assetCheckLatestStatuses: ["assetCheckLatestStatuses"] as const,
  assetCheckNames: ["assetCheckNames"] as const,
  externalRunsInProgress: ["externalRunsInProgress"] as const,
  externalJobs: ["externalJobs"] as const,
  assetExternalLineage: (path: readonly string[]) => ["assetExternalLineage", ...path] as const,
  instanceProcesses: ["instanceProcesses"] as const,
  lineageExport: ["lineageExport"] as const,
  jobs: ["jobs"] as const,
  job: (jobName: string) => ["job", jobName] as const,
  allJob: ["job"] as const,
  runConfigSchema: (target: RunConfigTarget) => ["runConfigSchema", target] as const,
  runConfigValidation: (target: RunConfigTarget, runConfig: string) =>
    ["runConfigValidation", target, runConfig] as const,
  schedules: ["schedules"] as const,
  automatedAssets: ["automatedAssets"] as const,
  schedule: (codeLocationName: string, scheduleName: string) => ["schedule", codeLocationName, scheduleName] as const,
  scheduleTicks: (codeLocationName: string, scheduleName: string) =>
    ["scheduleTicks", codeLocationName, scheduleName] as const,
  sensors: ["sensors"] as const,
  sensor: (codeLocationName: string, sensorName: string) => ["sensor", codeLocationName, sensorName] as const,
  sensorTicks: (codeLocationName: string, sensorName: string) => ["sensorTicks", codeLocationName, sensorName] as const,
  viewer: ["viewer"] as const,
  users: ["users"] as const,
  apiTokens: ["apiTokens"] as const,
  auditEvents: (filter: AuditEventsFilter) => ["auditEvents", filter] as const,
  allAuditEvents: ["auditEvents"] as const,
};
