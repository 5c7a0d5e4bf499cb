import { describe, expect, it } from "vitest";
import { assetRunStates } from "./assetRunState";

describe("assetRunStates", () => {
  it("shows every asset of a queued run as queued", () => {
    const states = assetRunStates([{ runId: "r1", status: "QUEUED", assetKeys: ["a", "b"], steps: [] }]);
    expect(states.get("a")).toEqual({ state: "QUEUED", runId: "r1" });
    expect(states.get("b")?.state).toBe("QUEUED");
  });

  it("follows a started run's steps: running, waiting, and done ones left out", () => {
    const states = assetRunStates([
      {
        runId: "r1",
        status: "STARTED",
        assetKeys: ["a", "b", "c"],
        steps: [
          { assetKey: "a", status: "SUCCESS" },
          { assetKey: "b", status: "RUNNING" },
          { assetKey: "c", status: "PENDING" },
        ],
      },
    ]);
    expect(states.has("a")).toBe(false);
    expect(states.get("b")?.state).toBe("RUNNING");
    expect(states.get("c")?.state).toBe("QUEUED");
  });

  it("counts a started run without steps yet as running, and prefers running over another run's queue", () => {
    const states = assetRunStates([
      { runId: "r1", status: "QUEUED", assetKeys: ["a"], steps: [] },
      { runId: "r2", status: "STARTING", assetKeys: ["a"], steps: [] },
      { runId: "r3", status: "SUCCESS", assetKeys: ["z"], steps: [] },
    ]);
    expect(states.get("a")).toEqual({ state: "RUNNING", runId: "r2" });
    expect(states.has("z")).toBe(false);
  });
});
