import { describe, expect, it } from "vitest";
import { foldsBackfills, runsFilterFromParams, toRunsFilter, withRunsFilterParams } from "./runsFilter";

describe("runs filters in the URL", () => {
  it("reads every filter back from the query it writes", () => {
    const state = {
      statuses: new Set(["FAILURE", "STARTED"] as const),
      assetKey: "analytics/events",
      tagText: "team=data, env=prod",
      jobName: "nightly",
      showBackfillRuns: true,
    };
    const query = withRunsFilterParams("view=x", state);
    expect(query).toBe(
      "view=x&status=STARTED%2CFAILURE&asset=analytics%2Fevents&tags=team%3Ddata%2C+env%3Dprod&job=nightly&backfillRuns=show",
    );
    const back = runsFilterFromParams(new URLSearchParams(query));
    expect(back).toEqual({ ...state, statuses: new Set(["STARTED", "FAILURE"]) });
  });

  it("leaves empty filters out and drops statuses it does not know", () => {
    const state = runsFilterFromParams(new URLSearchParams("status=BOGUS,SUCCESS&asset="));
    expect([...state.statuses]).toEqual(["SUCCESS"]);
    expect(withRunsFilterParams("", { ...state, statuses: new Set() })).toBe("");
  });
});

describe("toRunsFilter", () => {
  const empty = runsFilterFromParams(new URLSearchParams(""));

  it("folds backfills by default", () => {
    expect(toRunsFilter(empty)).toEqual({ foldBackfills: true });
  });

  it("lists backfill runs when asked, or when filtering by status or job", () => {
    expect(foldsBackfills({ ...empty, showBackfillRuns: true })).toBe(false);
    expect(toRunsFilter({ ...empty, statuses: new Set(["FAILURE"]) })).toEqual({ statuses: ["FAILURE"] });
    expect(toRunsFilter({ ...empty, jobName: " nightly " })).toEqual({ jobName: "nightly" });
  });

  it("sends tags that parse and an asset key, trimmed", () => {
    expect(toRunsFilter({ ...empty, tagText: "team=data nonsense", assetKey: " a/b " })).toEqual({
      assetKey: "a/b",
      tags: [{ key: "team", value: "data" }],
      foldBackfills: true,
    });
  });
});
