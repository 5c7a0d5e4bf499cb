// The JSON picture of a code location's definitions: what the web server and daemon know of user code.

import type { AutomationConditionSnapshot } from "./automation";
import type { FreshnessPolicySnapshot } from "./freshness";
import type { PartitionMappingSnapshot, PartitionsDefinitionSnapshot } from "./partitions/types";
import type { JsonSchema, RunConfig } from "./runConfig/types";

/** An asset key as a path, e.g. ["analytics", "fact_events"]; printed as "analytics/fact_events". */
export type AssetKeyPath = string[];

/** A metadata value as stored in a snapshot or event: JSON with an optional type hint. */
export type MetadataValue =
  | { type: "text"; value: string }
  | { type: "int"; value: number }
  | { type: "float"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "url"; value: string }
  | { type: "path"; value: string }
  | { type: "markdown"; value: string }
  | { type: "json"; value: unknown }
  | { type: "timestamp"; value: string }
  | { type: "table_schema"; value: { columns: TableColumn[] } }
  | { type: "table_preview"; value: { columns: TableColumn[] | null; records: Record<string, TableCellValue>[] } }
  | { type: "column_lineage"; value: ColumnLineage };

/** Where each of an asset's columns comes from: output column name → the upstream columns it is made of. */
export interface ColumnLineage {
  depsByColumn: Record<string, ColumnDependency[]>;
}

/** One upstream column an output column reads, e.g. { assetKey: ["raw", "users"], column: "id" }. */
export interface ColumnDependency {
  assetKey: AssetKeyPath;
  column: string;
}

/** One column of a table schema or preview, e.g. { name: "user_id", type: "int" }. */
export interface TableColumn {
  name: string;
  type: string;
  description?: string | null;
}

/** A cell of a table preview: JSON scalars only, so every reader can render it as text. */
export type TableCellValue = string | number | boolean | null;

/** How a failed step is retried; absent backoff means every retry waits delayMs. */
export interface RetryPolicySnapshot {
  maxRetries: number;
  delayMs?: number;
  backoff?: "linear" | "exponential";
  jitter?: "full" | "plus_minus" | "none";
  maxDelayMs?: number;
}

export interface AssetNodeSnapshot {
  key: AssetKeyPath;
  groupName: string;
  description: string | null;
  owners: string[];
  tags: Record<string, string>;
  kinds: string[];
  metadata: Record<string, MetadataValue>;
  codeVersion: string | null;
  /** External (source) assets are observed, never materialized by Strata. */
  isSource: boolean;
  /** Upstream asset keys, in declaration order. */
  dependencyKeys: AssetKeyPath[];
  /** How a failing materialization is retried; left out when the asset is not retried. */
  retryPolicy?: RetryPolicySnapshot;
  /** JSON Schema of the asset's run config (input side: fields with defaults are optional); null or absent without config. */
  configJsonSchema?: JsonSchema | null;
  /** Names of the resources the asset uses; left out when it uses none. */
  resourceKeys?: string[];
  /**
   * The code location that defines the asset. A location's own snapshot leaves it out; readers that merge
   * several locations (the store) fill it in so selections such as `code_location:user-events` can match.
   */
  codeLocationName?: string;
  /** How the asset is partitioned; left out when it is not. */
  partitionsDefinition?: PartitionsDefinitionSnapshot;
  /**
   * Partition mappings the asset declared, by upstream asset key string ("analytics/raw_events"); upstreams not
   * listed use defaultPartitionMapping(). Left out when none is declared.
   */
  partitionMappings?: Record<string, PartitionMappingSnapshot>;
  /** "single_run": a backfill may materialize a whole range of partitions in one run (ctx.partitionKeyRange). */
  backfillPolicy?: "single_run";
  /** How fresh the asset must be; left out when it has no policy. */
  freshnessPolicy?: FreshnessPolicySnapshot;
  /** When the daemon materializes it on its own; left out when never. */
  automationCondition?: AutomationConditionSnapshot;
  /** Observable sources: minutes between the observations the daemon launches; left out when it launches none. */
  observeIntervalMinutes?: number;
}

/** A resource as the launchpad sees it: the config run config may set (fields set in code are the defaults). */
export interface ResourceSnapshot {
  name: string;
  /** JSON Schema of the resource's config; null for plain values and resources without a schema. */
  configJsonSchema: JsonSchema | null;
}

/** Run config and tags a job can be launched with, chosen by name in the launchpad. */
export interface PresetSnapshot {
  name: string;
  description: string | null;
  runConfig: RunConfig;
  tags: Record<string, string>;
}

/** A named selection of assets with its default run config, tags, presets and partitions. */
export interface JobSnapshot {
  name: string;
  description: string | null;
  /** The selection as written, e.g. "group:user_events" (asset lists are written as their keys joined by " or "). */
  selection: string;
  /** The materializable assets it selects, in dependency order. */
  assetKeys: AssetKeyPath[];
  tags: Record<string, string>;
  /** The run config a launch starts from; null when the job sets none. */
  runConfig: RunConfig | null;
  presets: PresetSnapshot[];
  /** The partitions its runs choose from; left out when no selected asset is partitioned. */
  partitionsDefinition?: PartitionsDefinitionSnapshot;
}

/** Launches a job or a selection on a cron, in a time zone (Airflow's DAG schedule, Dagster's schedule). */
export interface ScheduleSnapshot {
  name: string;
  description: string | null;
  /** Five-field cron, e.g. "0 6 * * *". */
  cron: string;
  /** IANA time zone the cron is read in, e.g. "Europe/Berlin". */
  timezone: string;
  /** The job it launches, or null when it launches a selection. */
  jobName: string | null;
  /** The selection it launches when it targets no job (as written). */
  selection: string | null;
  /** What a tick materializes, in dependency order. */
  assetKeys: AssetKeyPath[];
  /** When the target is partitioned: each tick launches the partition whose window ended last at the tick's time. */
  partitionsDefinition?: PartitionsDefinitionSnapshot;
  /** Airflow's catchup: ticks missed while the daemon was down are launched (true) or recorded as skipped (false). */
  catchup: boolean;
  /** A tick is skipped (with catchup: waits) while this many runs of the schedule are queued or in progress; null for no limit. */
  maxActiveRuns: number | null;
  /** Whether the schedule runs before anyone toggles it. */
  defaultStatus: "RUNNING" | "STOPPED";
  tags: Record<string, string>;
  /** The run config of its runs (a job's own when null). */
  runConfig: RunConfig | null;
}

export interface DefinitionsSnapshot {
  /** Version of this JSON shape, bumped when it changes incompatibly. */
  schemaVersion: 1;
  assets: AssetNodeSnapshot[];
  /** Left out by snapshots stored before resources and jobs were recorded; read as []. */
  resources?: ResourceSnapshot[];
  jobs?: JobSnapshot[];
  schedules?: ScheduleSnapshot[];
  checks?: AssetCheckSnapshot[];
  alerts?: AlertSnapshot[];
  sensors?: SensorSnapshot[];
}

/**
 * A sensor: "custom" runs its evaluate function (in a child process) for run requests and a cursor; "asset" launches
 * its target for each new materialization of an asset; "run_status" calls its function for each run ending in a status.
 */
export interface SensorSnapshot {
  name: string;
  description: string | null;
  type: "custom" | "asset" | "run_status";
  minimumIntervalSeconds: number;
  defaultStatus: "RUNNING" | "STOPPED";
  /** What its run requests launch (custom and asset sensors): a job or a selection, resolved to assets. */
  jobName: string | null;
  selection: string | null;
  assetKeys: AssetKeyPath[];
  partitionsDefinition?: PartitionsDefinitionSnapshot;
  /** Asset sensors: the asset they watch. */
  monitoredAssetKey?: AssetKeyPath;
  /** Run status sensors: the status they react to, and the runs they watch (a job, or runs touching these assets). */
  runStatus?: "SUCCESS" | "FAILURE";
  monitoredJobName?: string | null;
  monitoredAssetKeys?: AssetKeyPath[] | null;
}

/** A webhook told about failed runs and overdue assets; the URL itself or the environment variable holding it. */
export interface AlertSnapshot {
  name: string;
  on: ("RUN_FAILURE" | "FRESHNESS_OVERDUE")[];
  webhook: { url: string } | { env: string };
  /** Only runs and assets matching this selection; all when null. */
  selection: string | null;
}

/** A data quality check on an asset, run after the asset materializes (or launched alone). */
export interface AssetCheckSnapshot {
  assetKey: AssetKeyPath;
  /** Unique per asset, e.g. "no_null_user_ids". */
  name: string;
  description: string | null;
  /** ERROR checks turn the asset red when they fail; WARN ones amber. */
  severity: "WARN" | "ERROR";
  /** A failed blocking check skips the run's downstream assets. */
  blocking: boolean;
}
