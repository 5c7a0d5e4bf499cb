// A stopped worker has closed every connection it opened, so dropping its database right after (as each test file
// does) cannot reach a half-closed connection and crash the process.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { startWorker } from "./worker";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

async function connectionsOtherThanTests(): Promise<number> {
  const rows = await database.db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()`;
  return Number(rows[0]?.count ?? 0);
}

describe("stopping a worker", () => {
  it("closes the queue's connections before stop() returns", async () => {
    const before = await connectionsOtherThanTests();
    const worker = await startWorker({
      databaseUrl: database.url,
      concurrency: 2,
      storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-storage-")),
    });
    expect(await connectionsOtherThanTests()).toBeGreaterThan(before);
    await worker.stop();
    expect(await connectionsOtherThanTests()).toBe(before);
  });
});
