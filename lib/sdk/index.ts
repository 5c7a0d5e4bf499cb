// The public API code locations import: assets, partitions, resources, IO managers, definitions, metadata helpers and materialize().

export type { BackfillPolicy } from "../core/backfill/types";
export type {
  AssetCheckSnapshot,
  AssetKeyPath,
  AssetNodeSnapshot,
  ColumnDependency,
  ColumnLineage,
  DefinitionsSnapshot,
  JobSnapshot,
  ResourceSnapshot,
  ScheduleSnapshot,
  TableColumn,
} from "../core/definitionsSnapshot";
export type { PartitionMappingSnapshot, PartitionsDefinitionSnapshot } from "../core/partitions/types";
export type { RunConfig } from "../core/runConfig/types";
export {
  type AssetReference,
  type MaterializeOptions,
  type MaterializeResult,
  materialize,
} from "../executor/engine/materialize";
export { type AlertDefinition, type AlertEvent, type AlertOptions, alert, isAlertDefinition } from "./alert";
export { type AssetDependency, type AssetOptions, asset } from "./asset";
export {
  type AnyAssetDefinition,
  type AssetDefinition,
  type AssetInputs,
  type AssetInputValue,
  type AssetIns,
  type AssetObservation,
  type AssetOutputOf,
  type ExternalAssetDefinition,
  isAssetDefinition,
  type PartitionsInput,
  partitionsOf,
} from "./assetDefinition";
export { type AssetAttributeOptions, DEFAULT_GROUP } from "./attributes";
export { AutomationCondition } from "./automationCondition";
export {
  type AssetCheckContext,
  type AssetCheckDefinition,
  type AssetCheckOptions,
  type AssetCheckResult,
  check,
  isAssetCheckDefinition,
} from "./check";
export { type ConfigOf, type ConfigSchema, configJsonSchema, isConfigSchema, secret } from "./config";
export type { AssetExecutionContext, AssetLogger } from "./context";
export {
  DEFAULT_IO_MANAGER,
  Definitions,
  type DefinitionsOptions,
  defineDefinitions,
  isDefinitions,
} from "./definitions";
export { InvalidDefinitionsError } from "./errors";
export { type ExternalAssetOptions, externalAsset } from "./externalAsset";
export { type FilesystemIOManagerOptions, filesystemIOManager } from "./filesystemIOManager";
export { type InMemoryIOManager, inMemoryIOManager } from "./inMemoryIOManager";
export { type IOManager, type IOManagerContext, ioManager, isIOManager, OutputNotFoundError } from "./ioManager";
export { isJobDefinition, type JobDefinition, type JobOptions, type JobPreset, job } from "./job";
export {
  type ColumnDependencyInput,
  type ColumnLineageAsset,
  type MetadataConversion,
  type MetadataInput,
  MetadataValue,
  meta,
  toMetadataValues,
} from "./metadata";
export { isOutputWithMetadata, type OutputValue, type OutputWithMetadata, withMetadata } from "./output";
export {
  allPartitionsMapping,
  type DailyPartitionsOptions,
  dailyPartitions,
  dimensionPartitionMapping,
  dynamicPartitions,
  type HourlyPartitionsOptions,
  hourlyPartitions,
  identityPartitionMapping,
  isPartitionMapping,
  isPartitionsDefinition,
  type MonthlyPartitionsOptions,
  monthlyPartitions,
  multiPartitions,
  type PartitionKeyRange,
  type PartitionMapping,
  type PartitionsDefinition,
  type SingleDimensionPartitionsDefinition,
  staticPartitionMapping,
  staticPartitions,
  type TimeWindowPartitionsOptions,
  timeWindowPartitionMapping,
  timeWindowPartitions,
  type WeeklyPartitionsOptions,
  weeklyPartitions,
} from "./partitions";
export {
  PARTITION_COLUMN,
  type PostgresTableIOManagerOptions,
  postgresTableIOManager,
  quoteIdentifier,
  readTableRows,
  type TableTarget,
  writeTableRows,
} from "./postgresTableIOManager";
export {
  type ConfigValues,
  type EnvVar,
  env,
  isEnvVar,
  isResourceDefinition,
  type ResourceDefinition,
  type ResourceOptions,
  type ResourceValueOf,
  resource,
} from "./resource";
export type { ResourceRequirements, ResourcesOf } from "./resourceRequirements";
export { type RetryPolicy, retryDelayMs } from "./retryPolicy";
export { isScheduleDefinition, type ScheduleDefinition, type ScheduleOptions, schedule } from "./schedule";
export {
  type AssetSensorOptions,
  assetSensor,
  isSensorDefinition,
  type RunRequest,
  type RunStatusContext,
  type RunStatusSensorOptions,
  runStatusSensor,
  type SensorContext,
  type SensorDefinition,
  type SensorOptions,
  type SensorResult,
  sensor,
} from "./sensor";
export { toAssetNodeSnapshot, toDefinitionsSnapshot } from "./snapshot";
