// Partition math: definitions, key spaces, sets of partitions, selections and mappings. Pure: no I/O.

export { type CronParse, type CronSchedule, parseCron } from "./cron";
export { cronMatches, nextCronTick } from "./cronStepper";
export {
  keyListOfArray,
  keyListOfRuns,
  type PartitionKeyList,
  type PartitionKeyRun,
  timeWindowKeyRuns,
} from "./keyRuns";
export {
  describePartitionsDefinition,
  invalidPartitionKeyReason,
  multiPartitionKeyParts,
  partitionKeyProblem,
  partitionKeySpace,
} from "./keySpace";
export {
  defaultPartitionMapping,
  downstreamPartitionKeys,
  downstreamPartitionRanges,
  partitionMappingProblem,
  partitionsDefinitionId,
  samePartitionsDefinition,
  upstreamPartitionKeys,
  upstreamPartitionRanges,
} from "./partitionMapping";
export { formatPartitionSelection, type PartitionSelectionParse, parsePartitionSelection } from "./partitionSelection";
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
export {
  checkRunPartitions,
  formatRunPartitions,
  parseRunPartitions,
  partitionKeySelection,
  partitionRangeSelection,
  type RunPartitionSelection,
  type RunPartitionsAsset,
  type RunPartitionsCheck,
  type RunPartitionsParse,
  type RunPartitionsRuleOptions,
  runPartitionsOfFields,
} from "./runPartitions";
export {
  type CronPartitionsOptions,
  cronPartitionsSnapshot,
  type DailyPartitionsOptions,
  dailyPartitionsSnapshot,
  type HourlyPartitionsOptions,
  hourlyPartitionsSnapshot,
  type MonthlyPartitionsOptions,
  monthlyPartitionsSnapshot,
  type TimeWindowSnapshotResult,
  timeWindowOf,
  type WeeklyPartitionsOptions,
  weeklyPartitionsSnapshot,
} from "./timeWindow";
export { TimeWindowKeySpace } from "./timeWindowSpace";
export { instantToWallTime, isValidTimeZone, wallTimeToInstant } from "./timeZone";
export * from "./types";
export type { PartitionKeyFormat, WallTime } from "./wallTime";
