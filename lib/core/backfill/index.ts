// Partition backfills, the pure part: planning run requests and deriving where each stands from submitted runs.
export { countBackfillRuns, planBackfill } from "./planBackfill";
export {
  backfillOutcome,
  backfillPartitionState,
  backfillRequestStates,
  countBackfillRequests,
  type BackfillPartitionState,
  type BackfillRequestCounts,
  type BackfillRequestState,
  type RunStatusName,
  type StepStatusName,
} from "./requestStates";
export { BACKFILL_STRATEGIES, type BackfillRunRequest, type BackfillStrategy, type BackfillTarget } from "./types";
