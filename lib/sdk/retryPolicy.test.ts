import { describe, expect, it } from "vitest";
import { asset } from "./asset";
import { InvalidDefinitionsError } from "./errors";
import { retryDelayMs, retryPolicyProblems } from "./retryPolicy";

describe("retryDelayMs", () => {
  it("waits delayMs before every retry without backoff", () => {
    expect([1, 2, 3].map((retry) => retryDelayMs({ maxRetries: 3, delayMs: 100 }, retry))).toEqual([100, 100, 100]);
  });

  it("grows linearly and exponentially", () => {
    expect(
      [1, 2, 3, 4].map((retry) => retryDelayMs({ maxRetries: 4, delayMs: 100, backoff: "linear" }, retry)),
    ).toEqual([100, 200, 300, 400]);
    expect(
      [1, 2, 3, 4].map((retry) => retryDelayMs({ maxRetries: 4, delayMs: 100, backoff: "exponential" }, retry)),
    ).toEqual([100, 200, 400, 800]);
  });

  it("caps the delay at maxDelayMs", () => {
    expect(retryDelayMs({ maxRetries: 10, delayMs: 1000, backoff: "exponential", maxDelayMs: 5000 }, 10)).toBe(5000);
  });

  it("draws full jitter from zero to the delay", () => {
    const policy = { maxRetries: 3, delayMs: 100, backoff: "exponential", jitter: "full" } as const;
    expect(retryDelayMs(policy, 3, () => 0)).toBe(0);
    expect(retryDelayMs(policy, 3, () => 0.5)).toBe(200);
    expect(retryDelayMs(policy, 3, () => 0.999)).toBe(400);
  });

  it("moves plus/minus jitter by up to the base delay, never below zero or above the cap", () => {
    const policy = { maxRetries: 3, delayMs: 100, backoff: "linear", jitter: "plus_minus", maxDelayMs: 250 } as const;
    expect(retryDelayMs(policy, 2, () => 0)).toBe(100);
    expect(retryDelayMs(policy, 2, () => 0.5)).toBe(200);
    expect(retryDelayMs(policy, 2, () => 0.999)).toBe(250);
    expect(retryDelayMs({ maxRetries: 1, delayMs: 100, jitter: "plus_minus" }, 1, () => 0)).toBe(0);
  });

  it("is zero when no delay is given", () => {
    expect(retryDelayMs({ maxRetries: 2 }, 1)).toBe(0);
  });
});

describe("retry policy validation", () => {
  it("accepts a complete policy", () => {
    expect(
      retryPolicyProblems('Asset "a"', {
        maxRetries: 3,
        delayMs: 10,
        backoff: "exponential",
        jitter: "full",
        maxDelayMs: 100,
      }),
    ).toEqual([]);
  });

  it("names the asset and each bad field when the asset is defined", () => {
    let problems: string[] = [];
    try {
      asset({
        key: "flaky",
        // @ts-expect-error backoff "quadratic" is not a backoff
        retryPolicy: { maxRetries: -1, delayMs: Number.NaN, backoff: "quadratic", jitter: "some", retries: 3 },
        compute: () => 1,
      });
    } catch (error) {
      if (error instanceof InvalidDefinitionsError) problems = error.problems;
    }
    expect(problems).toEqual([
      'Asset "flaky": retryPolicy has unknown field(s) "retries"; allowed: maxRetries, delayMs, backoff, jitter, maxDelayMs.',
      'Asset "flaky": retryPolicy.maxRetries must be a non-negative integer, got -1.',
      'Asset "flaky": retryPolicy.delayMs must be a non-negative number of milliseconds, got NaN.',
      'Asset "flaky": retryPolicy.backoff must be "linear" or "exponential" (or left out for a constant delay), got "quadratic".',
      'Asset "flaky": retryPolicy.jitter must be "full", "plus_minus" or "none", got "some".',
    ]);
  });
});
