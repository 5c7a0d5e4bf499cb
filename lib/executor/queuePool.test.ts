// The queue's pool hears a connection the server ends, idle or checked out, instead of letting it crash the process,
// and its commits do not wait for the disk while the store's do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { createQueuePool } from "./queuePool";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe("the queue's pool", () => {
  it("reports connections the server terminates and ends once however often it is asked", async () => {
    const heard: string[] = [];
    const queuePool = createQueuePool(database.url, (error) => heard.push(error.message));
    const checkedOut = await queuePool.pool.connect();
    const idle = await queuePool.pool.connect();
    const pids = await Promise.all(
      [checkedOut, idle].map(
        async (client) => (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid,
      ),
    );
    idle.release();
    await database.db.$executeRawUnsafe(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, pids);
    // Both connections are heard; an idle one twice (as the pool's and as its own), which is harmless.
    const terminations = () => heard.filter((message) => message.includes("due to administrator command")).length;
    await expect.poll(terminations, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    checkedOut.release(true);
    await Promise.all([queuePool.end(), queuePool.end()]);
    expect(queuePool.pool.totalCount).toBe(0);
  });

  it("commits without waiting for the disk, while the store's connections still wait", async () => {
    const queuePool = createQueuePool(database.url, () => {});
    try {
      const { rows } = await queuePool.pool.query<{ setting: string }>(
        "SELECT current_setting('synchronous_commit') AS setting",
      );
      expect(rows[0]?.setting).toBe("off");
      const [store] = await database.db.$queryRaw<
        { setting: string }[]
      >`SELECT current_setting('synchronous_commit') AS setting`;
      expect(store?.setting).toBe("on");
    } finally {
      await queuePool.end();
    }
  });
});
