import { describe, expect, it } from "vitest";
import type { ExecutionEvent } from "./engine";
import { toEventInput } from "./toEventInput";

const timestamp = "2026-01-05T10:00:00.000Z";
const step = { stepKey: "daily", assetKey: ["daily"], timestamp };

describe("toEventInput", () => {
  it("keeps a single partition's key on step, materialization and log events", () => {
    const events: ExecutionEvent[] = [
      { type: "STEP_START", ...step, attempt: 1, partitionKey: "2026-01-04", partitionRange: null },
      { type: "ASSET_MATERIALIZATION", ...step, partitionKey: "2026-01-04", metadata: {} },
      { type: "LOG", stepKey: "daily", level: "INFO", message: "hi", partitionKey: "2026-01-04", timestamp },
    ];
    expect(events.map(toEventInput)).toMatchObject([
      { eventType: "STEP_START", partitionKey: "2026-01-04", attempt: 1, message: "Started." },
      {
        eventType: "ASSET_MATERIALIZATION",
        partitionKey: "2026-01-04",
        message: "Materialized daily for partition 2026-01-04.",
      },
      { eventType: "LOG", partitionKey: "2026-01-04", message: "hi" },
    ]);
    expect(toEventInput(events[0] as ExecutionEvent).extra).toBeUndefined();
  });

  it("stores no copy of a range run's range on its step events: the run holds it, beside their own extra fields", () => {
    const partitionRange = { start: "2026-01-01", end: "2026-01-07" };
    const failure = toEventInput({
      type: "STEP_FAILURE",
      ...step,
      partitionKey: null,
      partitionRange,
      attempt: 1,
      willRetry: true,
      error: { message: "boom", stack: null },
    });
    expect(failure).toMatchObject({ eventType: "STEP_FAILURE", partitionKey: null, extra: { willRetry: true } });
    expect(failure.extra).toEqual({ willRetry: true });
    const start = toEventInput({ type: "STEP_START", ...step, partitionKey: null, partitionRange, attempt: 1 });
    expect(start.extra).toBeUndefined();
    const skipped = toEventInput({
      type: "STEP_SKIPPED",
      ...step,
      partitionKey: null,
      partitionRange,
      reason: 'Upstream asset "a" failed.',
    });
    expect(skipped.extra).toBeUndefined();
  });

  it("leaves unpartitioned events without a partition key", () => {
    expect(
      toEventInput({ type: "STEP_SUCCESS", ...step, partitionKey: null, partitionRange: null, durationMs: 1200 }),
    ).toMatchObject({ partitionKey: null, message: "Succeeded in 1.20 s." });
  });
});
