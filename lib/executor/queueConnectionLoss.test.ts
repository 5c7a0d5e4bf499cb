// A worker whose queue connections the server ends (a failover, an idle-connection reaper, an administrator) goes on
// taking runs: the next run launched succeeds, however many of its connections were cut.

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

beforeAll(async () => {
  database = await createTestDatabase();
  await loadTestLocation(database.db, "pipeline", "lib/executor/testdata/pipeline.ts");
  worker = await startWorker({
    databaseUrl: database.url,
    concurrency: 2,
    storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-storage-")),
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
});

async function launchAndFinish(): Promise<string> {
  const launched = await launchRun(database.db, { selection: "test/numbers", launchedBy: "test" });
  if (launched.kind !== "success") throw new Error(launched.message);
  await expect
    .poll(async () => (await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } })).status, {
      timeout: 60_000,
      interval: 200,
    })
    .toMatch(/SUCCESS|FAILURE/);
  return (await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } })).status;
}

/** Ends every connection of this database whose last statement matches `statement`, other than the caller's. */
async function terminate(statement: string): Promise<number> {
  const rows = await database.db.$queryRawUnsafe<{ pid: number }[]>(
    `SELECT pg_terminate_backend(pid) AS ended, pid FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE $1`,
    statement,
  );
  return rows.length;
}

describe("a worker whose connections the server ends", () => {
  it("takes the next run after its queue's listening connection is cut", async () => {
    expect(await launchAndFinish()).toBe("SUCCESS");
    expect(await terminate("LISTEN%")).toBeGreaterThan(0);
    expect(await launchAndFinish()).toBe("SUCCESS");
  });

  it("takes the next run after every connection it holds is cut", async () => {
    expect(await terminate("%")).toBeGreaterThan(0);
    expect(await launchAndFinish()).toBe("SUCCESS");
    expect(await launchAndFinish()).toBe("SUCCESS");
  });
});
