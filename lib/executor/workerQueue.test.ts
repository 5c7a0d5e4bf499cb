// A worker's queue. An idle worker's runner is not mistaken for a stalled one, and a job queued while a worker's every
// slot is busy is run by another worker rather than waiting for a long run to end.

import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchRun } from "../orchestration/runs/launchRun";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { loadTestLocation } from "./testing/testLocation";
import { type StrataWorker, startWorker } from "./worker";

let database: TestDatabase;
let worker: StrataWorker;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadTestLocation(database.db, "pipeline", "lib/executor/testdata/pipeline.ts");
  worker = await startWorker({
    databaseUrl: database.url,
    concurrency: 2,
    storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-storage-")),
    // Three polls of silence would count as a stall: an idle queue polls every second.
    queueStallMs: 3_000,
    log: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
});

async function launch(selection: string, runConfig?: object): Promise<string> {
  const launched = await launchRun(database.db, {
    selection,
    runConfig: runConfig ? JSON.stringify(runConfig) : null,
    launchedBy: "test",
  });
  if (launched.kind !== "success") throw new Error(launched.message);
  return launched.run.id;
}

const readRun = (runId: string) => database.db.run.findUniqueOrThrow({ where: { id: runId } });

describe("an idle worker", () => {
  it("keeps its queue runner while nothing is queued, then takes the next run", async () => {
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    expect(lines.filter((line) => line.includes("[queue]"))).toEqual([]);
    const runId = await launch("test/numbers");
    await expect
      .poll(async () => (await readRun(runId)).status, {
        timeout: 30_000,
        interval: 100,
      })
      .toBe("SUCCESS");
  }, 60_000);
});

describe("a job fetched ahead of a busy worker", () => {
  it("is run by another worker while the busy one's long run goes on", async () => {
    // Both queued before the worker of one slot starts, so its first fetch takes both: one runs, one waits locally.
    await worker.stop();
    const long = await launch("test/slow", { ops: { "test/slow": { config: { ms: 8_000 } } } });
    const short = await launch("test/numbers");
    const storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-storage-"));
    const busy = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
    let other: StrataWorker | null = null;
    try {
      await expect.poll(async () => (await readRun(long)).status, { timeout: 30_000, interval: 100 }).toBe("STARTED");
      other = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
      await expect.poll(async () => (await readRun(short)).status, { timeout: 30_000, interval: 100 }).toBe("SUCCESS");
      expect((await readRun(long)).status).toBe("STARTED");
      expect((await readRun(short)).workerId).not.toBe((await readRun(long)).workerId);
    } finally {
      await other?.stop();
      await busy.stop();
    }
  }, 90_000);
});
