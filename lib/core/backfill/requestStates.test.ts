import { describe, expect, it } from "vitest";
import {
  backfillOutcome,
  backfillPartitionState,
  backfillRequestStates,
  countBackfillRequests,
  type RunStatusName,
} from "./requestStates";
import type { BackfillRunRequest } from "./types";

const request = (requestKey: string, upstreamRequestKeys: string[] = []): BackfillRunRequest => ({
  requestKey,
  codeLocationName: "loc",
  assetKeys: [requestKey],
  partitions: null,
  upstreamRequestKeys,
});

// a → b → c, and d independent
const plan = [request("a"), request("d"), request("b", ["a"]), request("c", ["b"])];
const states = (runs: Record<string, RunStatusName>) => backfillRequestStates(plan, new Map(Object.entries(runs)));

describe("backfillRequestStates", () => {
  it("is READY when every upstream request succeeded, WAITING otherwise", () => {
    expect(states({})).toEqual(["READY", "READY", "WAITING", "WAITING"]);
    expect(states({ a: "STARTED", d: "QUEUED" })).toEqual(["IN_PROGRESS", "QUEUED", "WAITING", "WAITING"]);
    expect(states({ a: "SUCCESS" })).toEqual(["SUCCESS", "READY", "READY", "WAITING"]);
  });

  it("skips everything downstream of a failed or canceled request, transitively", () => {
    expect(states({ a: "FAILURE", d: "SUCCESS" })).toEqual(["FAILURE", "SUCCESS", "SKIPPED", "SKIPPED"]);
    expect(states({ a: "SUCCESS", b: "CANCELED" })).toEqual(["SUCCESS", "READY", "CANCELED", "SKIPPED"]);
  });

  it("completes once every request has a finished run or was skipped", () => {
    expect(backfillOutcome(countBackfillRequests(states({ a: "FAILURE" })))).toBeNull();
    const failed = countBackfillRequests(states({ a: "FAILURE", d: "SUCCESS" }));
    expect(failed).toEqual({
      numRuns: 4,
      numQueued: 0,
      numInProgress: 0,
      numSucceeded: 1,
      numFailed: 1,
      numCanceled: 0,
      numSkipped: 2,
      numNotSubmitted: 0,
    });
    expect(backfillOutcome(failed)).toBe("COMPLETED_WITH_FAILURES");
    expect(
      backfillOutcome(countBackfillRequests(states({ a: "SUCCESS", b: "SUCCESS", c: "SUCCESS", d: "SUCCESS" }))),
    ).toBe("COMPLETED");
  });
});

describe("backfillPartitionState", () => {
  it("follows the asset's step, falling back to the run", () => {
    expect(backfillPartitionState("WAITING", null)).toBe("NOT_SUBMITTED");
    expect(backfillPartitionState("QUEUED", "PENDING")).toBe("QUEUED");
    expect(backfillPartitionState("IN_PROGRESS", "PENDING")).toBe("IN_PROGRESS");
    expect(backfillPartitionState("IN_PROGRESS", "SUCCESS")).toBe("MATERIALIZED");
    expect(backfillPartitionState("FAILURE", "SKIPPED")).toBe("SKIPPED");
    expect(backfillPartitionState("FAILURE", "RUNNING")).toBe("FAILED");
    expect(backfillPartitionState("SKIPPED", null)).toBe("SKIPPED");
  });
});
