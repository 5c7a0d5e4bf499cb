import { describe, expect, it } from "vitest";
import { BUSY, SignInThrottle } from "./signInThrottle";

const options = { maxConcurrent: 2, maxWaiting: 1, maxFailures: 3, windowMs: 60_000, spacingMs: 10_000, maxTracked: 2 };

describe("SignInThrottle", () => {
  it("runs a few checks at once, queues a few more and turns the rest away", async () => {
    const throttle = new SignInThrottle(options);
    const releases: (() => void)[] = [];
    let started = 0;
    const slow = () =>
      throttle.withSlot(
        () =>
          new Promise<string>((resolve) => {
            started += 1;
            releases.push(() => resolve("done"));
          }),
      );
    const running = [slow(), slow()];
    const queued = slow();
    expect(await slow()).toBe(BUSY);
    await Promise.resolve();
    expect(started).toBe(2);
    releases.shift()!();
    await running[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toBe(3);
    releases.forEach((release) => release());
    expect(await Promise.all([running[1], queued])).toEqual(["done", "done"]);
  });

  it("spaces out the tries of an email after repeated failures, and forgets them after a success or the window", () => {
    const throttle = new SignInThrottle(options);
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.waitFor("a@x", 1_000 + i)).toBe(0);
      throttle.noteFailure("a@x", 1_000 + i);
    }
    expect(throttle.waitFor("a@x", 1_002)).toBe(10_000);
    expect(throttle.waitFor("a@x", 11_002)).toBe(0);
    expect(throttle.waitFor("b@x", 1_002)).toBe(0);
    expect(throttle.waitFor("a@x", 62_000)).toBe(0);
    throttle.noteFailure("c@x", 0);
    throttle.noteFailure("c@x", 0);
    throttle.noteFailure("c@x", 0);
    throttle.noteSuccess("c@x");
    expect(throttle.waitFor("c@x", 1)).toBe(0);
  });

  it("remembers a bounded number of emails", () => {
    const throttle = new SignInThrottle(options);
    for (const email of ["a", "b", "c"]) for (let i = 0; i < 3; i += 1) throttle.noteFailure(email, 0);
    expect(throttle.waitFor("a", 1)).toBe(0);
    expect(throttle.waitFor("c", 1)).toBeGreaterThan(0);
  });
});
