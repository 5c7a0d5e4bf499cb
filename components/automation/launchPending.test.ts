import { describe, expect, it } from "vitest";
import { awaitsLaunch, LAUNCH_PENDING_FOR_MS } from "./launchPending";

const now = Date.parse("2026-12-06T07:00:00Z");
const evaluation = (secondsAgo: number, fields: { requested?: boolean; runId?: string; error?: string } = {}) => ({
  evaluatedAt: new Date(now - secondsAgo * 1_000).toISOString(),
  requested: fields.requested ?? true,
  runId: fields.runId ?? null,
  error: fields.error ?? null,
});

describe("awaitsLaunch", () => {
  it("waits for a fresh request that has neither its run nor an error", () => {
    expect(awaitsLaunch([evaluation(1)], now)).toBe(true);
    expect(awaitsLaunch([evaluation(30, { runId: "r1" }), evaluation(2)], now)).toBe(true);
  });

  it("stops once the run or the reason it could not launch is there", () => {
    expect(awaitsLaunch([evaluation(1, { runId: "r1" })], now)).toBe(false);
    expect(awaitsLaunch([evaluation(1, { error: "Launches are paused." })], now)).toBe(false);
  });

  it("does not wait for evaluations that requested nothing, or for a request left unlaunched too long", () => {
    expect(awaitsLaunch([evaluation(1, { requested: false })], now)).toBe(false);
    expect(awaitsLaunch([evaluation(LAUNCH_PENDING_FOR_MS / 1_000)], now)).toBe(false);
    expect(awaitsLaunch([], now)).toBe(false);
  });
});
