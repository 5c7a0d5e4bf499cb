// The queue runner's supervisor, with stand-in runners: a runner that ends is started again after its backoff, and
// not before the jobs it left running are done.
import type { Runner } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { createOutageLog } from "../store/databaseOutage";
import { superviseQueueRunner } from "./queueRunner";

/** A runner whose end the test decides. */
function standInRunner(): { runner: Runner; end: () => void } {
  let end = () => {};
  const promise = new Promise<void>((resolve) => (end = resolve));
  const runner = { promise, stop: async () => end() } as unknown as Runner;
  return { runner, end };
}

const waitUntil = async (condition: () => boolean, ms = 2_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
};

type Started = ReturnType<typeof standInRunner>;

/** A supervisor over stand-in runners, with every runner it started and every line it logged. */
async function supervised(
  options: Omit<Parameters<typeof superviseQueueRunner>[0], "start" | "outage" | "log">,
  runners: Started[] = [],
) {
  const lines: string[] = [];
  const supervisor = await superviseQueueRunner({
    start: async () => {
      const made = standInRunner();
      runners.push(made);
      return made.runner;
    },
    outage: createOutageLog(() => {}),
    log: (line) => lines.push(line),
    ...options,
  });
  return { supervisor, runners, lines };
}

describe("superviseQueueRunner", () => {
  it("restarts a runner that ended, but only once the jobs it left running are done", async () => {
    let busy = true;
    const { supervisor, runners, lines } = await supervised({ idle: () => !busy, idlePollMs: 10, initialDelayMs: 10 });
    expect(runners).toHaveLength(1);
    runners[0]!.end();
    // Its backoff has long passed, yet the jobs it started still run: no second runner.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runners).toHaveLength(1);
    busy = false;
    expect(await waitUntil(() => runners.length === 2)).toBe(true);
    expect(lines).toContain("[queue] The queue runner is back and waiting for runs.");
    await supervisor.stop();
  });

  it("abandons a runner that stopped taking jobs and starts a new one", async () => {
    let stalled = false;
    const runners: Started[] = [];
    const { supervisor, lines } = await supervised(
      {
        initialDelayMs: 10,
        // As in the worker, a new runner's queue workers ask for jobs at once: only the first one stalls.
        stalled: () => stalled && runners.length === 1,
        stallCheckMs: 10,
      },
      runners,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runners).toHaveLength(1);
    stalled = true;
    expect(await waitUntil(() => runners.length === 2)).toBe(true);
    expect(lines).toContain("[queue] The queue runner stopped taking jobs while runs wait; starting a new one.");
    // The abandoned runner ending later starts nothing more.
    runners[0]!.end();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runners).toHaveLength(2);
    await supervisor.stop();
  });
});
