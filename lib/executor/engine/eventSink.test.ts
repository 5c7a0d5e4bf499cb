// The event sink's bounds: batches of at most a thousand events, in order; backpressure; nothing written after a failure.
import { describe, expect, it } from "vitest";
import { createEventSink, HIGH_WATER_EVENTS, MAX_BATCH_EVENTS } from "./eventSink";
import type { ExecutionEvent } from "./events";

const log = (message: string) => ({ type: "LOG", stepKey: "a", level: "INFO", message, partitionKey: null }) as const;
const messageOf = (event: ExecutionEvent) => (event.type === "LOG" ? event.message : event.type);

describe("createEventSink", () => {
  it("writes a burst of 25,000 events in order, in batches of at most a thousand", async () => {
    const batches: ExecutionEvent[][] = [];
    const sink = createEventSink(
      (events) => void batches.push(events),
      () => {},
    );
    let last: Promise<void> = Promise.resolve();
    for (let i = 0; i < 25_000; i++) last = sink.emit(log(String(i)));
    await last;
    expect(Math.max(...batches.map((batch) => batch.length))).toBe(MAX_BATCH_EVENTS);
    expect(batches.flat().map(messageOf)).toEqual(Array.from({ length: 25_000 }, (_, i) => String(i)));
  });

  it("room() waits while more than the high-water mark is unwritten, and resolves once the writer caught up", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sink = createEventSink(
      () => gate,
      () => {},
    );
    expect(sink.room()).toBeInstanceOf(Promise);
    for (let i = 0; i <= HIGH_WATER_EVENTS; i++) void sink.emit(log(String(i)));
    let roomy = false;
    const room = sink.room().then(() => (roomy = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(roomy).toBe(false);
    release();
    await room;
    expect(roomy).toBe(true);
    await sink.close();
  });

  it("after a failed write, reports it once and writes no later event", async () => {
    const written: string[] = [];
    const failures: unknown[] = [];
    let calls = 0;
    const sink = createEventSink(
      (events) => {
        calls++;
        if (calls === 2) throw new Error("transaction timed out");
        written.push(...events.map(messageOf));
      },
      (error) => failures.push(error),
    );
    for (let i = 0; i < 2500; i++) void sink.emit(log(String(i)));
    await sink.emit({
      type: "STEP_SUCCESS",
      stepKey: "a",
      assetKey: ["a"],
      durationMs: 1,
      partitionKey: null,
      partitionRange: null,
    });
    await sink.emit(log("after"));
    await sink.close();
    expect(failures).toHaveLength(1);
    expect(String(sink.failure?.error)).toContain("transaction timed out");
    // The first thousand lines were written; the second batch failed; neither the third batch nor the step's end was.
    expect(written).toEqual(Array.from({ length: 1000 }, (_, i) => String(i)));
    expect(calls).toBe(2);
  });
});
