import { describe, expect, it } from "vitest";
import { positiveSetting } from "./worker";

describe("positiveSetting", () => {
  it("reads a positive whole number, falls back when unset, and names the variable when malformed", () => {
    expect(positiveSetting("STRATA_RUNS_PER_PROCESS", 1_000, { STRATA_RUNS_PER_PROCESS: "5" })).toBe(5);
    expect(positiveSetting("STRATA_RUNS_PER_PROCESS", 1_000, {})).toBe(1_000);
    expect(positiveSetting("STRATA_RUNS_PER_PROCESS", 1_000, { STRATA_RUNS_PER_PROCESS: " " })).toBe(1_000);
    expect(() =>
      positiveSetting("STRATA_RUN_PROCESS_MAX_RSS_MB", 1_024, { STRATA_RUN_PROCESS_MAX_RSS_MB: "1GB" }),
    ).toThrow('STRATA_RUN_PROCESS_MAX_RSS_MB must be a positive whole number, got "1GB".');
    expect(() => positiveSetting("STRATA_RUNS_PER_PROCESS", 1_000, { STRATA_RUNS_PER_PROCESS: "0" })).toThrow(
      "STRATA_RUNS_PER_PROCESS",
    );
  });
});
