// Partition backfills, the pure part: planning run requests and deriving where each stands from submitted runs.
export { countBackfillRuns, planBackfill } from "./planBackfill";
export { type PositionalPlan, positionalPlan } from "./positionalPlan";
export {
  type BackfillPartitionState,
  type BackfillRequestCounts,
  type BackfillRequestState,
  backfillOutcome,
  backfillPartitionState,
  backfillRequestStates,
  countBackfillRequests,
  countsOfRunStatuses,
  type RunStatusName,
  type StepStatusName,
  unsubmittedBackfillCounts,
} from "./requestStates";
export { BACKFILL_STRATEGIES, type BackfillRunRequest, type BackfillStrategy, type BackfillTarget } from "./types";
