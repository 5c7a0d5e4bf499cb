// Concurrency decisions over hand-built sets of runs in progress.
import { describe, expect, it } from "vitest";
import { checkRunConcurrency } from "./runConcurrency";

describe("checkRunConcurrency", () => {
  it("allows anything without limits", () => {
    expect(checkRunConcurrency({}, [{}, {}, {}], {})).toEqual({ ok: true });
  });

  it("holds a run back at the global limit, saying why", () => {
    const decision = checkRunConcurrency({ maxConcurrentRuns: 2 }, [{}, {}], {});
    expect(decision).toEqual({ ok: false, reason: "2 of 2 allowed runs are in progress (maxConcurrentRuns)." });
    expect(checkRunConcurrency({ maxConcurrentRuns: 2 }, [{}], {})).toEqual({ ok: true });
  });

  it("limits runs by tag key and by key=value, counting only matching runs", () => {
    const limits = {
      tagConcurrencyLimits: [
        { key: "team", limit: 2 },
        { key: "db", value: "warehouse", limit: 1 },
      ],
    };
    expect(checkRunConcurrency(limits, [{ team: "a" }, { team: "b" }], { team: "c" })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("tag team"),
    });
    expect(checkRunConcurrency(limits, [{ team: "a" }, { team: "b" }], { other: "x" })).toEqual({ ok: true });
    expect(checkRunConcurrency(limits, [{ db: "warehouse" }], { db: "warehouse" })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("db=warehouse"),
    });
    expect(checkRunConcurrency(limits, [{ db: "warehouse" }], { db: "lake" })).toEqual({ ok: true });
  });
});
