import { describe, expect, it } from "vitest";
import type { ExecutionEvent } from "./engine/events";
import { LastRunEvents } from "./lastRunEvents";

const at = "2026-01-01T00:00:00.000Z";
const on = { partitionKey: null };
const start = (stepKey: string): ExecutionEvent =>
  ({ type: "STEP_START", stepKey, assetKey: [stepKey], timestamp: at, ...on }) as ExecutionEvent;
const success = (stepKey: string): ExecutionEvent =>
  ({ type: "STEP_SUCCESS", stepKey, assetKey: [stepKey], durationMs: 1, timestamp: at, ...on }) as ExecutionEvent;
const failure = (stepKey: string, willRetry: boolean): ExecutionEvent =>
  ({
    type: "STEP_FAILURE",
    stepKey,
    assetKey: [stepKey],
    error: { message: "no" },
    attempt: 1,
    willRetry,
    timestamp: at,
    ...on,
  }) as ExecutionEvent;
const log = (message: string): ExecutionEvent =>
  ({ type: "LOG", stepKey: "", level: "ERROR", message, timestamp: at, ...on }) as ExecutionEvent;

describe("LastRunEvents", () => {
  it("writes events while a step is open, and holds the batch that ends the last one and everything after", () => {
    const last = new LastRunEvents(["a", "b"]);
    expect(last.hold([start("a"), start("b")])).toBe(false);
    expect(last.hold([success("a")])).toBe(false);
    // A failure that will be retried leaves its step open.
    expect(last.hold([failure("b", true)])).toBe(false);
    expect(last.hold([start("b"), success("b")])).toBe(true);
    expect(last.hold([log("teardown failed")])).toBe(true);
    expect(last.take().map((event) => event.type)).toEqual(["STEP_START", "STEP_SUCCESS", "LOG"]);
    expect(last.take()).toEqual([]);
  });

  it("holds the end of a step that failed for good, and holds nothing when a step never ends", () => {
    const failed = new LastRunEvents(["a"]);
    expect(failed.hold([start("a"), failure("a", false)])).toBe(true);
    const open = new LastRunEvents(["a", "b"]);
    expect(open.hold([success("a")])).toBe(false);
    expect(open.take()).toEqual([]);
  });
});
