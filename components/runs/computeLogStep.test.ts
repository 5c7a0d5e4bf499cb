import { describe, expect, it } from "vitest";
import { defaultComputeLogStep } from "./computeLogStep";

describe("defaultComputeLogStep", () => {
  it("opens a failed run's logs on the step that failed, not the first", () => {
    const steps = [
      { stepKey: "raw", status: "SUCCESS", startTime: "2026-01-01T00:00:00Z" },
      { stepKey: "clean", status: "FAILURE", startTime: "2026-01-01T00:00:01Z" },
      { stepKey: "report", status: "SKIPPED", startTime: null },
    ];
    expect(defaultComputeLogStep(steps)).toBe("clean");
  });

  it("otherwise opens the first step that started", () => {
    const steps = [
      { stepKey: "waiting", status: "PENDING", startTime: null },
      { stepKey: "running", status: "RUNNING", startTime: "2026-01-01T00:00:00Z" },
    ];
    expect(defaultComputeLogStep(steps)).toBe("running");
  });

  it("has nothing to open without steps", () => {
    expect(defaultComputeLogStep([])).toBeNull();
  });
});
