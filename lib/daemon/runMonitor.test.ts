// The run monitor against a real Postgres and real workers: a queued run whose job a dead worker took runs on another
// worker, exactly once however many daemons look; a run no worker manages to start fails saying why; a run held by a
// concurrency limit stays queued; and stopped processes leave the instance list.

import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestLocation } from "../executor/testing/testLocation";
import { startWorker } from "../executor/worker";
import { launchRun } from "../orchestration/runs/launchRun";
import { listInstanceProcesses, liveQueueWorkerIds } from "../store/instanceHeartbeats";
import type { RunWithSteps } from "../store/runs";
import { requeueStuckRuns } from "../store/stuckQueuedRuns";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { startDaemon } from "./daemon";
import { requeueRunsWithLostJobs } from "./runMonitor";

let database: TestDatabase;
let storageDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-monitor-"));
  await loadTestLocation(database.db, "pipeline", "lib/executor/testdata/pipeline.ts");
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

async function waitFor<T>(
  description: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const readRun = (runId: string) => database.db.run.findUniqueOrThrow({ where: { id: runId } });
const waitForEnd = (runId: string) =>
  waitFor(
    "the run to end",
    () => readRun(runId),
    (r) => r.status === "SUCCESS" || r.status === "FAILURE",
    60_000,
  );

/** What a worker does when it takes a job, as graphile-worker records it, by a worker that then dies without a trace. */
async function takeJobAsDeadWorker(runId: string, takenSecondsAgo: number, attempts = 1): Promise<void> {
  const taken = await database.db.$executeRaw`
    UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed', locked_at = now() - make_interval(secs => ${takenSecondsAgo}),
      attempts = ${attempts}::smallint, max_attempts = ${attempts}::smallint
    WHERE key = ${runId}`;
  expect(taken).toBe(1);
}

describe("a queued run whose job a killed worker took", () => {
  it("is executed by another worker once the daemon's run monitor unlocks the job", async () => {
    const run = await launch("test/numbers");
    await takeJobAsDeadWorker(run.id, 0);
    const worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
    const daemon = startDaemon(database.url);
    try {
      // The lock is fresh: nobody may treat it as lost until the heartbeat timeout has passed.
      expect((await requeueRunsWithLostJobs(database.db)).requeued).toEqual([]);
      const done = await waitForEnd(run.id);
      expect(done.status).toBe("SUCCESS");
      expect(done.workerId).toBe(worker.workerId);
      const left = await database.db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by = 'worker-killed'`;
      expect(left[0]?.n).toBe(0);
    } finally {
      await daemon.stop();
      await worker.stop();
    }
  }, 90_000);

  it("is queued again exactly once when two daemons look at the same moment", async () => {
    const run = await launch("test/numbers");
    await takeJobAsDeadWorker(run.id, 60);
    const [a, b] = await Promise.all([requeueRunsWithLostJobs(database.db), requeueRunsWithLostJobs(database.db)]);
    expect([...a.requeued, ...b.requeued].filter((id) => id === run.id)).toHaveLength(1);
    const jobs = await database.db.$queryRaw<{ attempts: number; max_attempts: number; locked_by: string | null }[]>`
      SELECT attempts::int, max_attempts::int, locked_by FROM graphile_worker.jobs WHERE key = ${run.id}`;
    expect(jobs).toEqual([{ attempts: 1, max_attempts: 2, locked_by: null }]);
    expect((await requeueRunsWithLostJobs(database.db)).requeued).not.toContain(run.id);
    // Leave no runnable job behind for the other tests' workers.
    await database.db.$executeRaw`SELECT graphile_worker.remove_job(${run.id}::text)`;
    await database.db.run.update({ where: { id: run.id }, data: { status: "CANCELED" } });
  });

  it("fails, saying why, once workers have taken it three times without starting it", async () => {
    const run = await launch("test/numbers");
    await takeJobAsDeadWorker(run.id, 60, 3);
    const outcome = await requeueRunsWithLostJobs(database.db);
    expect(outcome.failed).toEqual([run.id]);
    const failed = await readRun(run.id);
    expect(failed.status).toBe("FAILURE");
    const events = await database.db.event.findMany({ where: { runId: run.id, eventType: "RUN_FAILURE" } });
    expect(events[0]?.message).toContain("Taken from the queue 3 times");
    // Its dead job is cleared away on the next pass.
    await requeueRunsWithLostJobs(database.db);
    const jobs = await database.db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${run.id}`;
    expect(jobs[0]?.n).toBe(0);
  });
});

describe("a live worker's run", () => {
  it("keeps its queue job locked, however long ago the worker took it", async () => {
    const worker = await startWorker({ databaseUrl: database.url, concurrency: 2, storageDir });
    try {
      const run = await launch("test/slow", { ops: { "test/slow": { config: { ms: 3_000 } } } });
      await waitFor(
        "the run to start",
        () => readRun(run.id),
        (r) => r.status === "STARTED",
        60_000,
      );
      // Every lock counts as old here: only the worker's heartbeat says its jobs are in good hands.
      const outcome = await requeueStuckRuns(database.db, {
        liveQueueWorkerIds: await liveQueueWorkerIds(database.db, new Date(Date.now() - 30_000)),
        lockedBefore: new Date(Date.now() + 60_000),
      });
      expect(outcome.unlockedWorkers).toEqual([]);
      const [job] = await database.db.$queryRaw<{ locked_by: string | null }[]>`
        SELECT locked_by FROM graphile_worker.jobs WHERE key = ${run.id}`;
      expect(job?.locked_by).not.toBeNull();
      expect((await waitForEnd(run.id)).status).toBe("SUCCESS");
    } finally {
      await worker.stop();
    }
  }, 90_000);
});

describe("a run held by a concurrency limit", () => {
  it("stays queued with its reason while the monitor looks, then runs", async () => {
    const worker = await startWorker({
      databaseUrl: database.url,
      concurrency: 2,
      storageDir,
      limits: { maxConcurrentRuns: 1 },
    });
    try {
      const first = await launch("test/slow", { ops: { "test/slow": { config: { ms: 4_000 } } } });
      await waitFor(
        "the first run to start",
        () => readRun(first.id),
        (r) => r.status === "STARTED",
        60_000,
      );
      const second = await launch("test/slow", { ops: { "test/slow": { config: { ms: 10 } } } });
      await waitFor(
        "the second run to be held",
        () => readRun(second.id),
        (r) => r.queuedReason !== null,
        20_000,
      );
      // A held run's job is a second ahead or being looked at by a live worker: never mistaken for a lost one.
      for (let i = 0; i < 5; i++) {
        const outcome = await requeueRunsWithLostJobs(database.db);
        expect(outcome).toEqual({ requeued: [], failed: [] });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      expect((await readRun(second.id)).status).toBe("QUEUED");
      expect((await waitForEnd(second.id)).status).toBe("SUCCESS");
    } finally {
      await worker.stop();
    }
  }, 90_000);
});

describe("the instance list", () => {
  it("forgets a stopped worker after the configured time, and keeps the daemon that is running", async () => {
    const worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
    const id = `worker:${worker.workerId}`;
    await worker.stop();
    expect((await listInstanceProcesses(database.db)).find((p) => p.id === id)?.health).toBe("STOPPED");
    // 6 s: longer than a heartbeat interval, so the live daemon is never forgotten between two of its beats.
    const daemon = startDaemon(database.url, () => {}, { instance: { forgetStoppedAfterMinutes: 0.1 } });
    try {
      const left = await waitFor(
        "the stopped worker to be forgotten",
        () => listInstanceProcesses(database.db),
        (list) => !list.some((p) => p.id === id),
        30_000,
      );
      expect(left.some((p) => p.kind === "DAEMON" && p.health === "HEALTHY")).toBe(true);
    } finally {
      await daemon.stop();
    }
  }, 60_000);
});
