import { describe, expect, it } from "vitest";
import { nextRestartDelay } from "./restartBackoff";

describe("nextRestartDelay", () => {
  it("waits half a second after the first crash", () => {
    expect(nextRestartDelay(null, 10)).toBe(500);
  });

  it("doubles while the process keeps dying, up to 30 s", () => {
    const delays: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 10; i++) {
      delay = nextRestartDelay(delay, 1_000);
      delays.push(delay);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("starts over once the process stayed up a minute", () => {
    expect(nextRestartDelay(30_000, 59_999)).toBe(30_000);
    expect(nextRestartDelay(30_000, 60_000)).toBe(500);
  });

  it("follows another policy", () => {
    const policy = { initialMs: 10, maxMs: 25, resetAfterMs: 100 };
    expect(nextRestartDelay(null, 0, policy)).toBe(10);
    expect(nextRestartDelay(10, 0, policy)).toBe(20);
    expect(nextRestartDelay(20, 0, policy)).toBe(25);
    expect(nextRestartDelay(25, 100, policy)).toBe(10);
  });
});
