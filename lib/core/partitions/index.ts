// Partition math: definitions, key spaces, sets of partitions, selections and mappings. Pure: no I/O.
export * from "./types";
export { cronMatches, nextCronTick, parseCron, type CronParse, type CronSchedule } from "./cron";
export type { PartitionKeyFormat, WallTime } from "./wallTime";
export { instantToWallTime, isValidTimeZone, wallTimeToInstant } from "./timeZone";
export {
  cronPartitionsSnapshot,
  dailyPartitionsSnapshot,
  hourlyPartitionsSnapshot,
  monthlyPartitionsSnapshot,
  timeWindowOf,
  weeklyPartitionsSnapshot,
  type CronPartitionsOptions,
  type DailyPartitionsOptions,
  type HourlyPartitionsOptions,
  type MonthlyPartitionsOptions,
  type TimeWindowSnapshotResult,
  type WeeklyPartitionsOptions,
} from "./timeWindow";
export {
  describePartitionsDefinition,
  invalidPartitionKeyReason,
  multiPartitionKeyParts,
  partitionKeyProblem,
  partitionKeySpace,
} from "./keySpace";
export {
  addRange,
  fromKeyRanges,
  indicesOf,
  intersectRanges,
  normalizeRanges,
  rangesCount,
  rangesFromIndices,
  rangesHas,
  removeRange,
  subtractRanges,
  toKeyRanges,
  unionRanges,
} from "./rangeSet";
export { formatPartitionSelection, parsePartitionSelection, type PartitionSelectionParse } from "./partitionSelection";
export {
  checkRunPartitions,
  formatRunPartitions,
  parseRunPartitions,
  partitionKeySelection,
  partitionRangeSelection,
  runPartitionsOfFields,
  type RunPartitionsAsset,
  type RunPartitionsCheck,
  type RunPartitionSelection,
  type RunPartitionsParse,
  type RunPartitionsRuleOptions,
} from "./runPartitions";
export {
  defaultPartitionMapping,
  downstreamPartitionKeys,
  partitionMappingProblem,
  partitionsDefinitionId,
  samePartitionsDefinition,
  upstreamPartitionKeys,
} from "./partitionMapping";
