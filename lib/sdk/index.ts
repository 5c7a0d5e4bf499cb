// The public API code locations import: assets, partitions, resources, IO managers, definitions, metadata helpers and materialize().
export { asset, type AssetDependency, type AssetOptions } from "./asset";
export type { BackfillPolicy } from "../core/backfill/types";
export {
  isAssetDefinition,
  partitionsOf,
  type AnyAssetDefinition,
  type AssetDefinition,
  type AssetIns,
  type AssetInputs,
  type AssetInputValue,
  type AssetObservation,
  type AssetOutputOf,
  type ExternalAssetDefinition,
  type PartitionsInput,
} from "./assetDefinition";
export { DEFAULT_GROUP, type AssetAttributeOptions } from "./attributes";
export { AutomationCondition } from "./automationCondition";
export { alert, isAlertDefinition, type AlertDefinition, type AlertEvent, type AlertOptions } from "./alert";
export { check, isAssetCheckDefinition, type AssetCheckContext, type AssetCheckDefinition, type AssetCheckOptions, type AssetCheckResult } from "./check";
export { configJsonSchema, isConfigSchema, secret, type ConfigOf, type ConfigSchema } from "./config";
export type { AssetExecutionContext, AssetLogger } from "./context";
export { DEFAULT_IO_MANAGER, defineDefinitions, Definitions, isDefinitions, type DefinitionsOptions } from "./definitions";
export { InvalidDefinitionsError } from "./errors";
export { externalAsset, type ExternalAssetOptions } from "./externalAsset";
export { isJobDefinition, job, type JobDefinition, type JobOptions, type JobPreset } from "./job";
export { isScheduleDefinition, schedule, type ScheduleDefinition, type ScheduleOptions } from "./schedule";
export {
  assetSensor,
  isSensorDefinition,
  runStatusSensor,
  sensor,
  type AssetSensorOptions,
  type RunRequest,
  type RunStatusContext,
  type RunStatusSensorOptions,
  type SensorContext,
  type SensorDefinition,
  type SensorOptions,
  type SensorResult,
} from "./sensor";
export { filesystemIOManager, type FilesystemIOManagerOptions } from "./filesystemIOManager";
export { inMemoryIOManager, type InMemoryIOManager } from "./inMemoryIOManager";
export { ioManager, isIOManager, OutputNotFoundError, type IOManager, type IOManagerContext } from "./ioManager";
export { materialize, type AssetReference, type MaterializeOptions, type MaterializeResult } from "../executor/engine/materialize";
export { meta, MetadataValue, toMetadataValues, type MetadataConversion, type MetadataInput } from "./metadata";
export { isOutputWithMetadata, withMetadata, type OutputValue, type OutputWithMetadata } from "./output";
export {
  allPartitionsMapping,
  dailyPartitions,
  dimensionPartitionMapping,
  dynamicPartitions,
  hourlyPartitions,
  identityPartitionMapping,
  isPartitionMapping,
  isPartitionsDefinition,
  monthlyPartitions,
  multiPartitions,
  staticPartitionMapping,
  staticPartitions,
  timeWindowPartitionMapping,
  timeWindowPartitions,
  weeklyPartitions,
  type DailyPartitionsOptions,
  type HourlyPartitionsOptions,
  type MonthlyPartitionsOptions,
  type PartitionKeyRange,
  type PartitionMapping,
  type PartitionsDefinition,
  type SingleDimensionPartitionsDefinition,
  type TimeWindowPartitionsOptions,
  type WeeklyPartitionsOptions,
} from "./partitions";
export {
  PARTITION_COLUMN,
  postgresTableIOManager,
  quoteIdentifier,
  readTableRows,
  writeTableRows,
  type PostgresTableIOManagerOptions,
  type TableTarget,
} from "./postgresTableIOManager";
export {
  env,
  isEnvVar,
  isResourceDefinition,
  resource,
  type ConfigValues,
  type EnvVar,
  type ResourceDefinition,
  type ResourceOptions,
  type ResourceValueOf,
} from "./resource";
export type { ResourceRequirements, ResourcesOf } from "./resourceRequirements";
export { retryDelayMs, type RetryPolicy } from "./retryPolicy";
export { toAssetNodeSnapshot, toDefinitionsSnapshot } from "./snapshot";
export type { AssetKeyPath, AssetNodeSnapshot, DefinitionsSnapshot, JobSnapshot, ResourceSnapshot, ScheduleSnapshot, AssetCheckSnapshot, TableColumn } from "../core/definitionsSnapshot";
export type { RunConfig } from "../core/runConfig/types";
export type { PartitionMappingSnapshot, PartitionsDefinitionSnapshot } from "../core/partitions/types";
