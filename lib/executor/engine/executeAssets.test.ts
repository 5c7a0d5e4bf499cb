import { describe, expect, it } from "vitest";
import { asset } from "../../sdk/asset";
import type { AnyAssetDefinition } from "../../sdk/assetDefinition";
import { defineDefinitions } from "../../sdk/definitions";
import { externalAsset } from "../../sdk/externalAsset";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import { meta } from "../../sdk/metadata";
import { withMetadata } from "../../sdk/output";
import { staticPartitions } from "../../sdk/partitions";
import type { ExecutionEvent } from "./events";
import { type ExecuteAssetsOptions, executeAssets } from "./executeAssets";

type RunOptions = Partial<Omit<ExecuteAssetsOptions, "definitions" | "onEvent">>;

async function run(assets: readonly AnyAssetDefinition[], options: RunOptions = {}) {
  const definitions = defineDefinitions({ assets });
  const events: ExecutionEvent[] = [];
  const result = await executeAssets({
    definitions,
    assetKeys: options.assetKeys ?? assets.filter((a) => a.type === "asset").map((a) => a.keyString),
    runId: "run-1",
    ...options,
    onEvent: (event) => {
      events.push(event);
    },
  });
  return {
    result,
    events,
    eventsOf: (stepKey: string) => events.filter((e) => e.stepKey === stepKey).map((e) => e.type),
  };
}

/** A promise the test resolves by hand, to hold a step at a known point. */
function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("executeAssets", () => {
  it("runs steps in dependency order, passing each value downstream, and records metadata", async () => {
    const a = asset({
      key: "a",
      compute: (_i, ctx) => {
        ctx.log.info("making a");
        ctx.addOutputMetadata({ rows: 2, note: meta.markdown("**ok**") });
        return [1, 2];
      },
    });
    const b = asset({
      key: "b",
      ins: { a },
      compute: ({ a }) =>
        withMetadata(
          a.map((n) => n * 10),
          { total: 30 },
        ),
    });
    const { result, events } = await run([a, b]);
    expect(result).toMatchObject({ success: true, stepStatuses: { a: "SUCCESS", b: "SUCCESS" } });
    expect(result.outputs.get("b")).toEqual([10, 20]);
    expect(events.map((e) => `${e.stepKey}:${e.type}`)).toEqual([
      "a:STEP_START",
      "a:LOG",
      "a:ASSET_MATERIALIZATION",
      "a:STEP_SUCCESS",
      "b:STEP_START",
      "b:ASSET_MATERIALIZATION",
      "b:STEP_SUCCESS",
    ]);
    expect(events[2]).toMatchObject({
      metadata: { rows: { type: "int", value: 2 }, note: { type: "markdown", value: "**ok**" } },
      partitionKey: null,
    });
    expect(events[5]).toMatchObject({ metadata: { total: { type: "int", value: 30 } } });
    for (const event of events) expect(new Date(event.timestamp).toISOString()).toBe(event.timestamp);
  });

  it("retries a failing step with STEP_RETRY between attempts until it succeeds", async () => {
    const attempts: number[] = [];
    const flaky = asset({
      key: "flaky",
      retryPolicy: { maxRetries: 3, delayMs: 5, backoff: "linear" },
      compute: (_i, ctx) => {
        attempts.push(ctx.attempt);
        if (ctx.attempt < 3) throw new Error(`try ${ctx.attempt} failed`);
        return "ok";
      },
    });
    const { result, events } = await run([flaky]);
    expect(result.stepStatuses).toEqual({ flaky: "SUCCESS" });
    expect(attempts).toEqual([1, 2, 3]);
    expect(events.map((e) => e.type)).toEqual([
      "STEP_START",
      "STEP_FAILURE",
      "STEP_RETRY",
      "STEP_START",
      "STEP_FAILURE",
      "STEP_RETRY",
      "STEP_START",
      "ASSET_MATERIALIZATION",
      "STEP_SUCCESS",
    ]);
    expect(events.filter((e) => e.type === "STEP_FAILURE")).toMatchObject([
      { attempt: 1, willRetry: true, error: { message: "try 1 failed" } },
      { attempt: 2, willRetry: true, error: { message: "try 2 failed" } },
    ]);
    expect(events.filter((e) => e.type === "STEP_RETRY")).toMatchObject([
      { attempt: 2, delayMs: 5 },
      { attempt: 3, delayMs: 10 },
    ]);
  });

  it("gives up after maxRetries and reports the last failure as final", async () => {
    let calls = 0;
    const broken = asset({
      key: "broken",
      retryPolicy: { maxRetries: 2 },
      compute: () => {
        calls++;
        throw new Error("always");
      },
    });
    const { result, events } = await run([broken]);
    expect(calls).toBe(3);
    expect(result.success).toBe(false);
    expect(
      events.filter((e) => e.type === "STEP_FAILURE").map((e) => e.type === "STEP_FAILURE" && e.willRetry),
    ).toEqual([true, true, false]);
  });

  it("a failing asset skips downstream while independent branches succeed", async () => {
    const root = asset({ key: "root", compute: () => 1 });
    const bad = asset({
      key: "bad",
      ins: { root },
      compute: (): number => {
        throw new Error("bad data");
      },
    });
    const child = asset({ key: "child", ins: { bad }, compute: ({ bad }) => bad + 1 });
    const grandchild = asset({ key: "grandchild", ins: { child }, compute: ({ child }) => child + 1 });
    const good = asset({ key: "good", ins: { root }, compute: ({ root }) => root + 1 });
    const joined = asset({ key: "joined", ins: { good, child }, compute: ({ good, child }) => good + child });
    const { result, events } = await run([root, bad, child, grandchild, good, joined]);
    expect(result.success).toBe(false);
    expect(result.stepStatuses).toEqual({
      root: "SUCCESS",
      bad: "FAILURE",
      child: "SKIPPED",
      grandchild: "SKIPPED",
      good: "SUCCESS",
      joined: "SKIPPED",
    });
    const reasons = Object.fromEntries(
      events.flatMap((e) => (e.type === "STEP_SKIPPED" ? [[e.stepKey, e.reason]] : [])),
    );
    expect(reasons).toEqual({
      child: 'Upstream asset "bad" failed.',
      grandchild: 'Upstream asset "bad" failed (via "child").',
      joined: 'Upstream asset "bad" failed (via "child").',
    });
    expect(events.find((e) => e.type === "STEP_FAILURE")).toMatchObject({
      stepKey: "bad",
      error: { message: "bad data" },
      willRetry: false,
    });
  });

  it("a blocking failure never hangs: a failed root with slow siblings and a wide fan-out still finishes", async () => {
    const bad = asset({
      key: "bad",
      compute: async (): Promise<number> => {
        throw "not even an Error";
      },
    });
    const slow = asset({
      key: "slow",
      compute: () => new Promise<number>((resolve) => setTimeout(() => resolve(1), 30)),
    });
    const fanOut = Array.from({ length: 20 }, (_, i) =>
      asset({ key: `fan_${i}`, ins: { bad, slow }, compute: ({ bad, slow }) => bad + slow }),
    );
    const { result, events } = await run([bad, slow, ...fanOut], { maxConcurrency: 1 });
    expect(result.stepStatuses.slow).toBe("SUCCESS");
    expect(fanOut.every((a) => result.stepStatuses[a.keyString] === "SKIPPED")).toBe(true);
    expect(events.find((e) => e.type === "STEP_FAILURE")).toMatchObject({
      error: { message: "not even an Error", stack: null },
    });
  });

  it("fails a step whose upstream outside the selection was never materialized, naming the upstream", async () => {
    const raw = asset({ key: "raw", compute: () => [1] });
    const clean = asset({ key: "clean", ins: { raw }, retryPolicy: { maxRetries: 3 }, compute: ({ raw }) => raw });
    const { result, events } = await run([raw, clean], { assetKeys: ["clean"] });
    expect(result.stepStatuses).toEqual({ clean: "FAILURE" });
    // Retrying cannot make the upstream appear, so the failure is final at once.
    expect(events.filter((e) => e.type === "STEP_FAILURE")).toMatchObject([
      {
        willRetry: false,
        error: {
          message: expect.stringContaining('Input "raw" needs upstream asset "raw", which has not been materialized'),
        },
      },
    ]);
  });

  it("loads an upstream outside the selection from the IO manager when it was materialized before", async () => {
    const io = inMemoryIOManager();
    const days = staticPartitions(["2024-01-01", "2024-01-02"]);
    const raw = asset({ key: "raw", partitions: days, compute: (_i, ctx) => `raw for ${ctx.partitionKey}` });
    const clean = asset({ key: "clean", ins: { raw }, partitions: days, compute: ({ raw }) => raw.toUpperCase() });
    await run([raw, clean], { assetKeys: ["raw"], ioManager: io, partitions: { kind: "key", key: "2024-01-01" } });
    const { result } = await run([raw, clean], {
      assetKeys: ["clean"],
      ioManager: io,
      partitions: { kind: "key", key: "2024-01-01" },
      captureOutputs: true,
    });
    expect(result.outputs.get("clean")).toBe("RAW FOR 2024-01-01");
    expect([...io.values.keys()].sort()).toEqual(["clean[2024-01-01]", "raw[2024-01-01]"]);
  });

  it("observes external assets in the selection and skips those without observe", async () => {
    const profiles = externalAsset({
      key: "profiles",
      load: () => ["p1"],
      observe: () => ({ dataVersion: "v7", metadata: { rows: 1 } }),
    });
    const ledger = externalAsset<string[]>({ key: "ledger", load: () => ["l1"] });
    const joined = asset({
      key: "joined",
      ins: { profiles, ledger },
      compute: ({ profiles, ledger }) => [...profiles, ...ledger],
    });
    const { result, events } = await run([profiles, ledger, joined], { assetKeys: ["profiles", "ledger", "joined"] });
    expect(result).toMatchObject({
      success: true,
      stepStatuses: { profiles: "SUCCESS", ledger: "SKIPPED", joined: "SUCCESS" },
    });
    expect(result.outputs.get("joined")).toEqual(["p1", "l1"]);
    expect(events.find((e) => e.type === "ASSET_OBSERVATION")).toMatchObject({
      stepKey: "profiles",
      dataVersion: "v7",
      metadata: { rows: { type: "int", value: 1 } },
    });
    expect(events.find((e) => e.type === "STEP_SKIPPED")).toMatchObject({
      stepKey: "ledger",
      reason: expect.stringContaining("has no observe function"),
    });
  });

  it("never runs more steps at once than maxConcurrency", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const work = async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return 1;
    };
    const assets = Array.from({ length: 12 }, (_, i) => asset({ key: `step_${i}`, compute: work }));
    const limited = await run(assets, { maxConcurrency: 3 });
    expect(limited.result.success).toBe(true);
    expect(maxInFlight).toBe(3);
    maxInFlight = 0;
    await run(assets);
    expect(maxInFlight).toBe(4);
  });

  it("does not hand the next event to onEvent before the previous one resolved", async () => {
    const a = asset({
      key: "a",
      compute: (_i, ctx) => {
        ctx.log.info("one");
        ctx.log.info("two");
        return 1;
      },
    });
    const b = asset({
      key: "b",
      compute: (_i, ctx) => {
        ctx.log.info("three");
        return 2;
      },
    });
    let busy = false;
    let overlaps = 0;
    const seen: string[] = [];
    await executeAssets({
      definitions: defineDefinitions({ assets: [a, b] }),
      assetKeys: ["a", "b"],
      runId: "run-1",
      onEvent: async (event) => {
        if (busy) overlaps++;
        busy = true;
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (event.type === "LOG") seen.push(event.message);
        busy = false;
      },
    });
    expect(overlaps).toBe(0);
    expect(seen.filter((m) => m !== "three")).toEqual(["one", "two"]);
  });

  it("hands onEvents every event emitted during the previous write as one batch, in order, never overlapping", async () => {
    const roots = Array.from({ length: 4 }, (_, i) => asset({ key: `root_${i}`, compute: () => i }));
    const batches: ExecutionEvent[][] = [];
    let busy = false;
    let overlaps = 0;
    const { success } = await executeAssets({
      definitions: defineDefinitions({ assets: roots }),
      assetKeys: roots.map((r) => r.keyString),
      runId: "run-1",
      maxConcurrency: 4,
      onEvents: async (events) => {
        if (busy) overlaps++;
        busy = true;
        batches.push(events);
        await new Promise((resolve) => setTimeout(resolve, 5));
        busy = false;
      },
    });
    expect(success).toBe(true);
    expect(overlaps).toBe(0);
    // Four steps start at once: their STEP_STARTs queue behind the first write and go in one batch.
    expect(Math.max(...batches.map((b) => b.length))).toBeGreaterThan(1);
    const all = batches.flat();
    expect(all.filter((e) => e.type === "STEP_SUCCESS")).toHaveLength(4);
    for (const root of roots) {
      const types = all.filter((e) => e.stepKey === root.keyString).map((e) => e.type);
      expect(types.indexOf("STEP_START")).toBeLessThan(types.indexOf("STEP_SUCCESS"));
    }
  });

  it("computes a step once its start is written, writes its materialization and end in one batch, and starts nothing downstream before that", async () => {
    const happened: string[] = [];
    const upstream = asset({ key: "upstream", compute: () => 1 });
    const downstream = asset({
      key: "downstream",
      ins: { upstream },
      compute: ({ upstream }) => {
        happened.push("compute downstream");
        return upstream + 1;
      },
    });
    const { success } = await executeAssets({
      definitions: defineDefinitions({ assets: [upstream, downstream] }),
      assetKeys: ["upstream", "downstream"],
      runId: "run-1",
      onEvents: async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        happened.push(`wrote ${events.map((e) => `${e.type}:${e.stepKey}`).join(" ")}`);
      },
    });
    expect(success).toBe(true);
    expect(happened).toEqual([
      "wrote STEP_START:upstream",
      "wrote ASSET_MATERIALIZATION:upstream STEP_SUCCESS:upstream",
      "wrote STEP_START:downstream",
      "compute downstream",
      "wrote ASSET_MATERIALIZATION:downstream STEP_SUCCESS:downstream",
    ]);
  });

  it("told before each compute, runs a step without waiting for its start to be written: start and end share a batch", async () => {
    const happened: string[] = [];
    const only = asset({
      key: "only",
      compute: () => {
        happened.push("compute only");
        return 1;
      },
    });
    const { success } = await executeAssets({
      definitions: defineDefinitions({ assets: [only] }),
      assetKeys: ["only"],
      runId: "run-1",
      onStepComputing: (stepKey) => {
        happened.push(`computing ${stepKey}`);
      },
      onEvents: async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        happened.push(`wrote ${events.map((e) => `${e.type}:${e.stepKey}`).join(" ")}`);
      },
    });
    expect(success).toBe(true);
    expect(happened).toEqual([
      "computing only",
      "compute only",
      "wrote STEP_START:only ASSET_MATERIALIZATION:only STEP_SUCCESS:only",
    ]);
  });

  it("starts the next step as soon as one has emitted its end, yet never records more running steps than maxConcurrency", async () => {
    const assets = Array.from({ length: 12 }, (_, i) =>
      asset({
        key: `step_${i}`,
        compute: async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return i;
        },
      }),
    );
    const running = new Set<string>();
    let mostRunning = 0;
    let handOffs = 0;
    const { success } = await executeAssets({
      definitions: defineDefinitions({ assets }),
      assetKeys: assets.map((a) => a.keyString),
      runId: "run-1",
      maxConcurrency: 2,
      onEvents: async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 3));
        // One step's end and the start of the step taking its place, written together.
        if (events.some((e) => e.type === "STEP_SUCCESS") && events.some((e) => e.type === "STEP_START")) handOffs++;
        // What the store shows once this batch is written: the steps started and not ended.
        for (const event of events) {
          if (event.type === "STEP_START") running.add(event.stepKey);
          if (event.type === "STEP_SUCCESS") running.delete(event.stepKey);
        }
        mostRunning = Math.max(mostRunning, running.size);
      },
    });
    expect(success).toBe(true);
    expect(handOffs).toBeGreaterThan(0);
    expect(mostRunning).toBe(2);
    expect(running.size).toBe(0);
  });

  it("writes the skips of a failure's wide fan-out together, not one write each", async () => {
    const root = asset({
      key: "root",
      compute: (): number => {
        throw new Error("no data");
      },
    });
    const children = Array.from({ length: 50 }, (_, i) =>
      asset({ key: `child_${i}`, ins: { root }, compute: ({ root }) => root }),
    );
    const batches: string[][] = [];
    const { success, stepStatuses } = await executeAssets({
      definitions: defineDefinitions({ assets: [root, ...children] }),
      assetKeys: [root, ...children].map((a) => a.keyString),
      runId: "run-1",
      onEvents: async (events) => {
        batches.push(events.map((e) => e.type));
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    expect(success).toBe(false);
    expect(Object.values(stepStatuses).filter((status) => status === "SKIPPED")).toHaveLength(50);
    expect(batches.flat().filter((type) => type === "STEP_SKIPPED")).toHaveLength(50);
    expect(batches.length).toBeLessThan(5);
  });

  it("stops a run whose step start could not be written: the step computes nothing, nor does what is downstream", async () => {
    let ran = false;
    let downstreamRan = false;
    const a = asset({
      key: "a",
      compute: () => {
        ran = true;
        return 1;
      },
    });
    const b = asset({
      key: "b",
      ins: { a },
      compute: ({ a }) => {
        downstreamRan = true;
        return a;
      },
    });
    const written: string[] = [];
    let writes = 0;
    await expect(
      executeAssets({
        definitions: defineDefinitions({ assets: [a, b] }),
        assetKeys: ["a", "b"],
        runId: "run-1",
        onEvents: (events) => {
          if (++writes === 1) throw new Error("database is gone");
          written.push(...events.map((e) => e.type));
        },
      }),
    ).rejects.toThrow("database is gone");
    expect(ran).toBe(false);
    expect(downstreamRan).toBe(false);
    expect(written).toEqual([]);
  });

  it("cancel aborts running steps' signal and cancels steps not started", async () => {
    const controller = new AbortController();
    const started = deferred();
    let sawAbort = false;
    const slow = asset({
      key: "slow",
      compute: (_i, ctx) =>
        new Promise<number>((_resolve, reject) => {
          started.resolve();
          ctx.signal.addEventListener("abort", () => {
            sawAbort = true;
            reject(new Error("aborted"));
          });
        }),
    });
    const after = asset({ key: "after", ins: { slow }, compute: ({ slow }) => slow });
    // Sorts after "slow", so with one slot it is still waiting when the run is canceled.
    const queued = asset({ key: "z_queued", compute: () => 1 });
    const running = run([slow, after, queued], { signal: controller.signal, maxConcurrency: 1 });
    await started.promise;
    controller.abort();
    const { result, events } = await running;
    expect(sawAbort).toBe(true);
    expect(result).toMatchObject({
      success: false,
      stepStatuses: { slow: "CANCELED", after: "CANCELED", z_queued: "CANCELED" },
    });
    expect(
      events
        .filter((e) => e.type === "STEP_CANCELED")
        .map((e) => e.stepKey)
        .sort(),
    ).toEqual(["after", "slow", "z_queued"]);
    expect(events.some((e) => e.type === "STEP_FAILURE")).toBe(false);
  });

  it("abandons a step that ignores cancellation after the grace period and drops its later events", async () => {
    const controller = new AbortController();
    const started = deferred();
    const release = deferred();
    const stubborn = asset({
      key: "stubborn",
      compute: async (_i, ctx) => {
        started.resolve();
        await release.promise;
        ctx.log.info("too late");
        return 1;
      },
    });
    const running = run([stubborn], { signal: controller.signal, cancelGraceMs: 20 });
    await started.promise;
    const canceledAt = Date.now();
    controller.abort();
    const { result, events } = await running;
    expect(Date.now() - canceledAt).toBeGreaterThanOrEqual(15);
    expect(result.stepStatuses).toEqual({ stubborn: "CANCELED" });
    release.resolve();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events.map((e) => e.type)).toEqual(["STEP_START", "STEP_CANCELED"]);
  });

  it("cancels a step waiting for its retry without waiting out the delay", async () => {
    const controller = new AbortController();
    const failing = asset({
      key: "failing",
      retryPolicy: { maxRetries: 1, delayMs: 60_000 },
      compute: (): number => {
        throw new Error("down");
      },
    });
    const running = run([failing], {
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const { result, events } = await running;
    expect(result.stepStatuses).toEqual({ failing: "CANCELED" });
    expect(events.map((e) => e.type)).toEqual(["STEP_START", "STEP_FAILURE", "STEP_RETRY", "STEP_CANCELED"]);
  });

  it("cancels everything when the signal is already aborted", async () => {
    let ran = false;
    const a = asset({ key: "a", compute: () => (ran = true) });
    const { result } = await run([a], { signal: AbortSignal.abort() });
    expect(ran).toBe(false);
    expect(result.stepStatuses).toEqual({ a: "CANCELED" });
  });

  it("stops the run and rejects when onEvent fails, so no event goes unrecorded silently", async () => {
    const a = asset({ key: "a", compute: () => 1 });
    const b = asset({ key: "b", ins: { a }, compute: ({ a }) => a });
    await expect(
      executeAssets({
        definitions: defineDefinitions({ assets: [a, b] }),
        assetKeys: ["a", "b"],
        runId: "run-1",
        onEvent: (event) => {
          if (event.type === "ASSET_MATERIALIZATION") throw new Error("database is gone");
        },
      }),
    ).rejects.toThrow("database is gone");
  });

  it("rejects unknown asset keys before any step starts", async () => {
    const a = asset({ key: "analytics/a", compute: () => 1 });
    await expect(run([a], { assetKeys: ["analytics/b"] })).rejects.toThrow(
      '"analytics/b" is not an asset in this code location. Did you mean "analytics/a"?',
    );
  });

  it("passes values through a wrapStep hook around each step", async () => {
    const wrapped: string[] = [];
    const a = asset({ key: "a", compute: () => 1 });
    const { result } = await run([a], {
      wrapStep: async (stepKey, fn) => {
        wrapped.push(stepKey);
        return fn();
      },
    });
    expect(result.success).toBe(true);
    expect(wrapped).toEqual(["a"]);
  });
});
