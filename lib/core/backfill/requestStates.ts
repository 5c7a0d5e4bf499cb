// Where each run request of a backfill stands, derived from the runs submitted so far: the daemon's cursor is the
// set of submitted runs, so this is recomputed (never stored) and a restarted daemon sees exactly what it left.
import type { BackfillRunRequest } from "./types";

/** Run statuses as the store names them. */
export type RunStatusName = "QUEUED" | "STARTING" | "STARTED" | "SUCCESS" | "FAILURE" | "CANCELING" | "CANCELED";

/**
 * WAITING: not submitted, some upstream request has not succeeded yet; READY: not submitted, every upstream succeeded;
 * SKIPPED: never submitted because an upstream request failed, was canceled or was skipped.
 */
export type BackfillRequestState =
  | "WAITING"
  | "READY"
  | "QUEUED"
  | "IN_PROGRESS"
  | "SUCCESS"
  | "FAILURE"
  | "CANCELED"
  | "SKIPPED";

const stateOfRun: Record<RunStatusName, BackfillRequestState> = {
  QUEUED: "QUEUED",
  STARTING: "IN_PROGRESS",
  STARTED: "IN_PROGRESS",
  CANCELING: "IN_PROGRESS",
  SUCCESS: "SUCCESS",
  FAILURE: "FAILURE",
  CANCELED: "CANCELED",
};

const BLOCKING: ReadonlySet<BackfillRequestState> = new Set(["FAILURE", "CANCELED", "SKIPPED"]);

/** One state per request, aligned with `plan`, which lists every request after those it waits for. */
export function backfillRequestStates(
  plan: readonly BackfillRunRequest[],
  runStatusByRequestKey: ReadonlyMap<string, RunStatusName>,
): BackfillRequestState[] {
  const byKey = new Map<string, BackfillRequestState>();
  return plan.map((request) => {
    const runStatus = runStatusByRequestKey.get(request.requestKey);
    let state: BackfillRequestState;
    if (runStatus) state = stateOfRun[runStatus];
    else {
      const upstream = request.upstreamRequestKeys.map((key) => byKey.get(key) ?? "WAITING");
      state = upstream.some((s) => BLOCKING.has(s))
        ? "SKIPPED"
        : upstream.every((s) => s === "SUCCESS")
          ? "READY"
          : "WAITING";
    }
    byKey.set(request.requestKey, state);
    return state;
  });
}

export interface BackfillRequestCounts {
  numRuns: number;
  numQueued: number;
  numInProgress: number;
  numSucceeded: number;
  numFailed: number;
  numCanceled: number;
  numSkipped: number;
  numNotSubmitted: number;
}

/** Counts with every request not yet submitted (or, for a backfill whose plan is gone, unknown but these). */
export function unsubmittedBackfillCounts(numRuns: number, numNotSubmitted: number): BackfillRequestCounts {
  return {
    numRuns,
    numQueued: 0,
    numInProgress: 0,
    numSucceeded: 0,
    numFailed: 0,
    numCanceled: 0,
    numSkipped: 0,
    numNotSubmitted,
  };
}

export function countBackfillRequests(states: readonly BackfillRequestState[]): BackfillRequestCounts {
  const counts = unsubmittedBackfillCounts(states.length, 0);
  for (const state of states) {
    if (state === "QUEUED") counts.numQueued++;
    else if (state === "IN_PROGRESS") counts.numInProgress++;
    else if (state === "SUCCESS") counts.numSucceeded++;
    else if (state === "FAILURE") counts.numFailed++;
    else if (state === "CANCELED") counts.numCanceled++;
    else if (state === "SKIPPED") counts.numSkipped++;
    else counts.numNotSubmitted++;
  }
  return counts;
}

/**
 * Counts from how many of the backfill's runs are in each status, for plans whose requests wait on nothing (so none is
 * skipped, and every request without a run is still to be submitted).
 */
export function countsOfRunStatuses(
  numRuns: number,
  runsByStatus: ReadonlyMap<RunStatusName, number>,
): BackfillRequestCounts {
  const runs = (status: RunStatusName) => runsByStatus.get(status) ?? 0;
  let submitted = 0;
  for (const count of runsByStatus.values()) submitted += count;
  return {
    numRuns,
    numQueued: runs("QUEUED"),
    numInProgress: runs("STARTING") + runs("STARTED") + runs("CANCELING"),
    numSucceeded: runs("SUCCESS"),
    numFailed: runs("FAILURE"),
    numCanceled: runs("CANCELED"),
    numSkipped: 0,
    numNotSubmitted: Math.max(0, numRuns - submitted),
  };
}

/** The backfill's outcome once every request has a finished run or was skipped; null while work remains. */
export function backfillOutcome(counts: BackfillRequestCounts): "COMPLETED" | "COMPLETED_WITH_FAILURES" | null {
  if (counts.numQueued + counts.numInProgress + counts.numNotSubmitted > 0) return null;
  return counts.numSucceeded === counts.numRuns ? "COMPLETED" : "COMPLETED_WITH_FAILURES";
}

/** What a backfill's console shows for one asset partition. */
export type BackfillPartitionState =
  | "NOT_SUBMITTED"
  | "QUEUED"
  | "IN_PROGRESS"
  | "MATERIALIZED"
  | "FAILED"
  | "SKIPPED"
  | "CANCELED";

export type StepStatusName = "PENDING" | "RUNNING" | "SUCCESS" | "FAILURE" | "SKIPPED" | "CANCELED";

const stateOfStep: Record<Exclude<StepStatusName, "PENDING" | "RUNNING">, BackfillPartitionState> = {
  SUCCESS: "MATERIALIZED",
  FAILURE: "FAILED",
  SKIPPED: "SKIPPED",
  CANCELED: "CANCELED",
};

/** A partition's state from its request's state and the step of its asset in the request's run (null before submission). */
export function backfillPartitionState(
  request: BackfillRequestState,
  step: StepStatusName | null,
): BackfillPartitionState {
  switch (request) {
    case "WAITING":
    case "READY":
      return "NOT_SUBMITTED";
    case "SKIPPED":
      return "SKIPPED";
    case "QUEUED":
      return "QUEUED";
    case "IN_PROGRESS":
      return step && step !== "PENDING" && step !== "RUNNING" ? stateOfStep[step] : "IN_PROGRESS";
    default:
      // A finished run closes open steps; if one was left open anyway, the run's outcome speaks for it.
      if (step && step !== "PENDING" && step !== "RUNNING") return stateOfStep[step];
      return request === "SUCCESS" ? "MATERIALIZED" : request === "FAILURE" ? "FAILED" : "CANCELED";
  }
}
