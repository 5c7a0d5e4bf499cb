// Runs end to end against a real Postgres: launched through the store, executed by real workers in
// child processes, with the event log, step status and asset status they leave behind.
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failRunsWithLostWorkers } from "../daemon/runMonitor";
import { launchReexecution, launchRun } from "../orchestration/runs/launchRun";
import { upsertCodeLocation } from "../store/codeLocations";
import { eventsForRun, readComputeLogs } from "../store/runQueries";
import { createRun, type RunWithSteps, requestRunCancel } from "../store/runs";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { reloadCodeLocation } from "./reloadCodeLocation";
import { type StrataWorker, startWorker } from "./worker";

let database: TestDatabase;
let storageDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-storage-"));
  await upsertCodeLocation(database.db, "pipeline", path.resolve("lib/executor/testdata/pipeline.ts"));
  const loaded = await reloadCodeLocation(database.db, "pipeline");
  expect(loaded?.loadError).toBeNull();
});

afterAll(async () => database?.drop());

async function launch(selection: string, runConfig?: object): Promise<RunWithSteps> {
  const result = await launchRun(database.db, {
    selection,
    runConfig: runConfig ? JSON.stringify(runConfig) : null,
    launchedBy: "test",
  });
  if (result.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(result)}`);
  return result.run;
}

async function waitForStatus(runId: string, statuses: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await database.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } });
    if (statuses.includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} is ${run.status}, expected ${statuses.join("/")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const eventTypes = async (runId: string) => (await eventsForRun(database.db, runId, null, 1000)).events;

/** Runs test/numbers twice, one after the other; the pids of the run processes that executed them (from RUN_START). */
async function processesOfTwoRuns(): Promise<(string | undefined)[]> {
  const pids = [];
  for (let i = 0; i < 2; i++) {
    const run = await launch("test/numbers");
    expect((await waitForStatus(run.id, ["SUCCESS", "FAILURE"])).status).toBe("SUCCESS");
    const started = (await eventTypes(run.id)).find((e) => e.eventType === "RUN_START");
    pids.push(/process (\d+)/.exec(started?.message ?? "")?.[1]);
  }
  return pids;
}

describe("with one worker", () => {
  let worker: StrataWorker;
  beforeAll(async () => {
    worker = await startWorker({ databaseUrl: database.url, concurrency: 2, storageDir });
  });
  afterAll(async () => worker?.stop());

  it("materializes a chain, records events, asset status and the step's stdout", async () => {
    const run = await launch("+test/total");
    expect(run.assetSelection).toEqual(["test/numbers", "test/total"]);
    const done = await waitForStatus(run.id, ["SUCCESS", "FAILURE"]);
    expect(done.status).toBe("SUCCESS");
    expect(done.steps.map((s) => s.status)).toEqual(["SUCCESS", "SUCCESS"]);

    const events = await eventTypes(run.id);
    const types = events.map((e) => e.eventType);
    expect(types[0]).toBe("RUN_ENQUEUED");
    expect(types).toEqual(
      expect.arrayContaining([
        "RUN_STARTING",
        "RUN_START",
        "STEP_START",
        "STEP_SUCCESS",
        "ASSET_MATERIALIZATION",
        "RUN_SUCCESS",
      ]),
    );
    const materialization = events.find(
      (e) => e.eventType === "ASSET_MATERIALIZATION" && e.assetKey === "test/numbers",
    );
    expect(materialization?.metadata.row_count).toEqual({ type: "int", value: 3 });

    const status = await database.db.assetStatus.findUniqueOrThrow({ where: { assetKey: "test/total" } });
    expect(status.lastMaterializationRunId).toBe(run.id);
    expect((await readComputeLogs(database.db, run.id, "test/numbers")).stdout).toContain("hello from numbers");
  });

  it("writes a run's last step end and the run's end in one transaction, after the steps before", async () => {
    const run = await launch("+test/total");
    expect((await waitForStatus(run.id, ["SUCCESS", "FAILURE"])).status).toBe("SUCCESS");
    // A row's xmin is the transaction that wrote it.
    const rows = await database.db.$queryRaw<{ eventType: string; stepKey: string | null; transaction: string }[]>`
      SELECT "eventType", "stepKey", xmin::text AS "transaction" FROM "Event"
      WHERE "runId" = ${run.id}::uuid AND "eventType" IN ('STEP_SUCCESS', 'RUN_SUCCESS') ORDER BY "id"`;
    expect(rows.map((row) => [row.eventType, row.stepKey])).toEqual([
      ["STEP_SUCCESS", "test/numbers"],
      ["STEP_SUCCESS", "test/total"],
      ["RUN_SUCCESS", null],
    ]);
    const [numbers, total, ended] = rows.map((row) => row.transaction);
    expect(total).toBe(ended);
    expect(numbers).not.toBe(ended);
    const runRow = await database.db.$queryRaw<{ transaction: string }[]>`
      SELECT xmin::text AS "transaction" FROM "Run" WHERE "id" = ${run.id}::uuid`;
    expect(runRow[0]?.transaction).toBe(ended);
  });

  it("runs one after another in the same warm run process", async () => {
    const pids = await processesOfTwoRuns();
    expect(pids[0]).toMatch(/^\d+$/);
    expect(pids[1]).toBe(pids[0]);
  });

  it("fails a run whose process dies mid-step, and the next run gets a fresh process", async () => {
    const crashed = await launch("test/crash");
    const done = await waitForStatus(crashed.id, ["SUCCESS", "FAILURE"]);
    expect(done.status).toBe("FAILURE");
    const failure = (await eventTypes(crashed.id)).find((e) => e.eventType === "RUN_FAILURE");
    expect(failure?.message).toContain("The run process exited unexpectedly (exit code 3)");
    expect(done.steps[0]?.status).toBe("FAILURE");
    const next = await launch("test/numbers");
    expect((await waitForStatus(next.id, ["SUCCESS", "FAILURE"])).status).toBe("SUCCESS");
  });

  it("retries a failing asset, then fails the run and skips what depends on it", async () => {
    const run = await launch("test/flaky+");
    const done = await waitForStatus(run.id, ["SUCCESS", "FAILURE"]);
    expect(done.status).toBe("FAILURE");
    const steps = Object.fromEntries(done.steps.map((s) => [s.stepKey, s]));
    expect(steps["test/flaky"]).toMatchObject({ status: "FAILURE", attempt: 3 });
    expect(steps["test/after_flaky"]?.status).toBe("SKIPPED");
    const events = await eventTypes(run.id);
    expect(events.filter((e) => e.eventType === "STEP_RETRY")).toHaveLength(2);
    expect(
      events.find((e) => e.eventType === "STEP_FAILURE" && e.message.includes("attempt 3"))?.error?.message,
    ).toContain("flaky failed on attempt 3");
    const status = await database.db.assetStatus.findUniqueOrThrow({ where: { assetKey: "test/flaky" } });
    expect(status.lastFailureRunId).toBe(run.id);
  });

  it("re-executes from failure: only the steps that did not succeed, linked to the parent run", async () => {
    const parent = await launch("test/numbers or test/flaky+");
    await waitForStatus(parent.id, ["FAILURE"]);
    const result = await launchReexecution(database.db, parent.id, "FROM_FAILURE", null, "test");
    expect(result.kind).toBe("success");
    if (result.kind !== "success") return;
    expect(result.run.assetSelection).toEqual(["test/flaky", "test/after_flaky"]);
    expect(result.run).toMatchObject({ parentRunId: parent.id, rootRunId: parent.id });
    await waitForStatus(result.run.id, ["FAILURE", "SUCCESS"]);
    expect(await launchReexecution(database.db, parent.id, "SELECTED_STEPS", ["test/nope"], "test")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("test/nope"),
    });
  });

  it("cancels a running run: CANCELING, then CANCELED with its step canceled", async () => {
    const run = await launch("test/slow");
    await waitForStatus(run.id, ["STARTED"]);
    const deadline = Date.now() + 30_000;
    while (
      (await database.db.step.findFirstOrThrow({ where: { runId: run.id } })).status !== "RUNNING" &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 200));
    const outcome = await requestRunCancel(database.db, run.id);
    expect(outcome.ok && outcome.run.status).toBe("CANCELING");
    const done = await waitForStatus(run.id, ["CANCELED", "FAILURE", "SUCCESS"]);
    expect(done.status).toBe("CANCELED");
    expect(done.steps[0]?.status).toBe("CANCELED");
  });

  it("fails a run whose stored config no longer fits its assets before any step starts, naming the field", async () => {
    // Launches check config first; a run queued before its code location changed can still meet config it rejects.
    const run = await createRun(database.db, {
      codeLocationName: "pipeline",
      snapshotId: null,
      assetKeys: ["test/slow"],
      runConfig: { ops: { "test/slow": { config: { ms: "soon" } } } },
      launchedBy: "test",
    });
    const done = await waitForStatus(run.id, ["SUCCESS", "FAILURE"]);
    expect(done.status).toBe("FAILURE");
    const failure = (await eventTypes(run.id)).find((e) => e.eventType === "RUN_FAILURE");
    expect(failure?.message).toMatch(/ms/);
    expect((await eventTypes(run.id)).some((e) => e.eventType === "STEP_START")).toBe(false);
  });
});

describe("run process memory ceiling", () => {
  it("replaces a run process whose memory passed the ceiling after its run", async () => {
    // Every process holds more than 1 MB, so none is reused; the same worker without the ceiling reuses its process.
    const worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir, runProcessMaxRssMb: 1 });
    try {
      const pids = await processesOfTwoRuns();
      expect(pids[0]).toMatch(/^\d+$/);
      expect(pids[1]).toMatch(/^\d+$/);
      expect(pids[1]).not.toBe(pids[0]);
    } finally {
      await worker.stop();
    }
  });
});

describe("launch validation", () => {
  it("creates nothing for an unknown key, a bad selection or config for an asset outside the run", async () => {
    const jobs = async () =>
      Number((await database.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]?.n);
    const before = await database.db.run.count();
    const jobsBefore = await jobs();
    expect(await launchRun(database.db, { assetKeys: [["test", "nope"]], launchedBy: "test" })).toMatchObject({
      kind: "assetNotFound",
      message: expect.stringContaining("test/nope"),
    });
    expect(await launchRun(database.db, { selection: "group:", launchedBy: "test" })).toMatchObject({
      kind: "invalidSelection",
      position: 6,
    });
    expect(
      await launchRun(database.db, {
        selection: "test/total",
        runConfig: '{"ops": {"test/slow": {}}}',
        launchedBy: "test",
      }),
    ).toMatchObject({
      kind: "invalidConfig",
      errors: [{ path: ["ops", "test/slow"], message: expect.stringContaining("not an asset of this run") }],
    });
    expect(
      await launchRun(database.db, { selection: "test/total", runConfig: "{not json", launchedBy: "test" }),
    ).toMatchObject({ kind: "invalidConfig" });
    expect(
      await launchRun(database.db, {
        selection: "test/slow",
        runConfig: "ops:\n  test/slow:\n    config:\n      ms: soon\n",
        launchedBy: "test",
      }),
    ).toMatchObject({
      kind: "invalidConfig",
      errors: [{ path: ["ops", "test/slow", "config", "ms"], message: 'expected integer, got "soon"' }],
    });
    expect(await database.db.run.count()).toBe(before);
    // Finished jobs may still be leaving the queue, so the count can only have gone down.
    expect(await jobs()).toBeLessThanOrEqual(jobsBefore);
  });
});

describe("with several workers", () => {
  it("two strata worker processes drain a queue of 50 runs, each executed exactly once", async () => {
    const runs: RunWithSteps[] = [];
    for (let i = 0; i < 50; i++) runs.push(await launch("test/numbers"));
    const workers = [1, 2].map(() =>
      spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "worker", "--concurrency", "2"], {
        env: { ...process.env, DATABASE_URL: database.url, STRATA_HOME: storageDir },
        stdio: "ignore",
      }),
    );
    try {
      for (const run of runs)
        expect((await waitForStatus(run.id, ["SUCCESS", "FAILURE"], 150_000)).status).toBe("SUCCESS");
    } finally {
      for (const worker of workers) worker.kill("SIGTERM");
      await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once("exit", r)))));
    }
    const starts = await database.db.event.groupBy({
      by: ["runId"],
      where: { runId: { in: runs.map((r) => r.id) }, eventType: "RUN_START" },
      _count: true,
    });
    expect(starts).toHaveLength(runs.length);
    expect(starts.every((s) => s._count === 1)).toBe(true);
    const workerIds = new Set(
      (await database.db.run.findMany({ where: { id: { in: runs.map((r) => r.id) } } })).map((r) => r.workerId),
    );
    expect(workerIds.size).toBe(2);
  }, 240_000);

  it("a worker killed with SIGKILL mid-run leaves a run the monitor fails with the reason", async () => {
    const worker = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "worker"], {
      env: { ...process.env, DATABASE_URL: database.url, STRATA_HOME: storageDir },
      stdio: "ignore",
    });
    try {
      const run = await launch("test/slow");
      const started = await waitForStatus(run.id, ["STARTED"]);
      worker.kill("SIGKILL");
      await new Promise((r) => worker.once("exit", r));
      // As the daemon would see it once the heartbeat timeout has passed.
      const later = new Date((started.heartbeatAt ?? new Date()).getTime() + 31_000);
      expect(await failRunsWithLostWorkers(database.db, later)).toContain(run.id);
      const failed = await database.db.run.findUniqueOrThrow({ where: { id: run.id }, include: { steps: true } });
      expect(failed.status).toBe("FAILURE");
      expect(failed.steps.every((s) => s.status !== "RUNNING" && s.status !== "PENDING")).toBe(true);
      const failure = (await eventTypes(run.id)).find((e) => e.eventType === "RUN_FAILURE");
      expect(failure?.message).toMatch(/stopped heartbeating/);
    } finally {
      worker.kill("SIGKILL");
    }
  }, 120_000);
});

describe("concurrency limits", () => {
  it("holds a run queued with the reason while the limit is used, then runs it", async () => {
    const worker = await startWorker({
      databaseUrl: database.url,
      concurrency: 2,
      storageDir,
      limits: { maxConcurrentRuns: 1 },
    });
    try {
      const first = await launch("test/slow", { ops: { "test/slow": { config: { ms: 2_000 } } } });
      await waitForStatus(first.id, ["STARTED"]);
      const second = await launch("test/slow", { ops: { "test/slow": { config: { ms: 10 } } } });
      const deadline = Date.now() + 20_000;
      let held = await database.db.run.findUniqueOrThrow({ where: { id: second.id } });
      while (!held.queuedReason && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        held = await database.db.run.findUniqueOrThrow({ where: { id: second.id } });
      }
      expect(held.status).toBe("QUEUED");
      expect(held.queuedReason).toContain("maxConcurrentRuns");

      const [a, b] = [
        await waitForStatus(first.id, ["SUCCESS", "FAILURE"]),
        await waitForStatus(second.id, ["SUCCESS", "FAILURE"]),
      ];
      expect([a.status, b.status]).toEqual(["SUCCESS", "SUCCESS"]);
      expect(b.startTime!.getTime()).toBeGreaterThanOrEqual(a.endTime!.getTime());
      expect(b.queuedReason).toBeNull();
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
