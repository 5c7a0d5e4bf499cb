// The trigger on Run that keeps BackfillRunCount, against real Postgres: concurrent status changes of one backfill's
// runs (a run going back to QUEUED among them) never deadlock, and the counts stay equal to a count of the runs.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillRunCounts } from "./backfillRuns";
import type { RunStatus } from "./generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

async function createBackfill(): Promise<string> {
  const id = randomUUID();
  await database.db.backfill.create({ data: { id, targets: {}, strategy: "ONE_RUN_PER_PARTITION" } });
  return id;
}

async function createRuns(backfillId: string, statuses: readonly RunStatus[]): Promise<string[]> {
  const ids = statuses.map(() => randomUUID());
  await database.db.run.createMany({
    data: statuses.map((status, i) => ({
      id: ids[i] as string,
      status,
      codeLocationName: "counts",
      backfillId,
      backfillRequestKey: `request-${i}`,
    })),
  });
  return ids;
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return client;
}

const setStatus = (client: pg.Client, runId: string, status: RunStatus) =>
  client.query(`UPDATE "Run" SET "status" = $2::"RunStatus" WHERE "id" = $1::uuid`, [runId, status]);

/** Resolves once the session `pid` waits for a lock. */
async function waitingForLock(observer: pg.Client, pid: number): Promise<void> {
  for (;;) {
    const { rows } = await observer.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
    if (rows[0]?.wait_event_type === "Lock") return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The counts the trigger kept, next to a count of the runs themselves. */
async function countsAndTruth(backfillId: string) {
  const kept = await backfillRunCounts(database.db, backfillId);
  const runs = await database.db.run.groupBy({ by: ["status"], where: { backfillId }, _count: { _all: true } });
  const truth = new Map(runs.map((r) => [r.status, r._count._all]));
  const nonZero = (counts: Map<RunStatus, number>) =>
    Object.fromEntries([...counts].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)));
  return { kept: nonZero(kept), truth: nonZero(truth) };
}

describe("BackfillRunCount trigger", () => {
  it("lets a run go back to QUEUED while another run of the backfill starts, without a deadlock", async () => {
    const backfillId = await createBackfill();
    const [requeued, starting] = await createRuns(backfillId, ["STARTED", "QUEUED"]);
    const holder = await connect();
    const a = await connect();
    const b = await connect();
    const observer = await connect();
    try {
      // The holder keeps the QUEUED count row locked, so both transactions line up behind it in a known order: B (run
      // QUEUED → STARTED) first, then A (run STARTED → QUEUED). A trigger that moved the old status's count before the
      // new one's had A hold STARTED while waiting for QUEUED, and B, once the holder let go, hold QUEUED while waiting
      // for STARTED: a deadlock, and Postgres ends one of them.
      await holder.query("BEGIN");
      await holder.query(
        `SELECT 1 FROM "BackfillRunCount" WHERE "backfillId" = $1 AND "status" = 'QUEUED' FOR UPDATE`,
        [backfillId],
      );
      await a.query("BEGIN");
      await b.query("BEGIN");
      const bPid = (await b.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
      const aPid = (await a.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
      const bUpdate = setStatus(b, starting as string, "STARTED").then(() => b.query("COMMIT"));
      await waitingForLock(observer, bPid);
      const aUpdate = setStatus(a, requeued as string, "QUEUED").then(() => a.query("COMMIT"));
      await waitingForLock(observer, aPid);
      await holder.query("COMMIT");

      const outcomes = await Promise.allSettled([aUpdate, bUpdate]);
      const errors = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []));
      expect(errors).toEqual([]);
      expect(await countsAndTruth(backfillId)).toEqual({
        kept: { QUEUED: 1, STARTED: 1 },
        truth: { QUEUED: 1, STARTED: 1 },
      });
    } finally {
      for (const client of [holder, a, b, observer]) await client.end();
    }
  });

  it("keeps the counts equal to the runs under many concurrent transitions, re-queues included", async () => {
    const backfillId = await createBackfill();
    const statuses: RunStatus[] = ["QUEUED", "STARTING", "STARTED", "SUCCESS", "FAILURE", "CANCELING", "CANCELED"];
    const ids = await createRuns(
      backfillId,
      Array.from({ length: 40 }, (_, i) => statuses[i % statuses.length] as RunStatus),
    );
    const clients = await Promise.all(Array.from({ length: 8 }, connect));
    try {
      // Each session walks its own runs through a retry cycle, several runs per transaction in shuffled order, so the
      // transactions touch the same count rows in every order.
      const errors: string[] = [];
      await Promise.all(
        clients.map(async (client, c) => {
          const mine = ids.filter((_, i) => i % clients.length === c);
          const cycle: RunStatus[] = ["STARTING", "STARTED", "QUEUED", "STARTED", "FAILURE", "QUEUED", "SUCCESS"];
          for (let round = 0; round < cycle.length; round++) {
            try {
              await client.query("BEGIN");
              for (let k = 0; k < mine.length; k++) {
                const run = mine[(k + round + c) % mine.length] as string;
                await setStatus(client, run, cycle[(round + k) % cycle.length] as RunStatus);
              }
              await client.query("COMMIT");
            } catch (error) {
              errors.push(String(error));
              await client.query("ROLLBACK");
            }
          }
        }),
      );
      expect(errors.filter((e) => /deadlock/i.test(e))).toEqual([]);
      const { kept, truth } = await countsAndTruth(backfillId);
      expect(kept).toEqual(truth);
    } finally {
      for (const client of clients) await client.end();
    }
  });

  it("counts runs inserted and deleted many at a time, and moved from one backfill to another", async () => {
    const first = await createBackfill();
    const second = await createBackfill();
    const ids = await createRuns(first, ["QUEUED", "QUEUED", "SUCCESS", "FAILURE", "QUEUED"]);
    await database.db.run.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { backfillId: second } });
    await database.db.run.updateMany({ where: { id: { in: ids.slice(2, 4) } }, data: { status: "QUEUED" } });
    await database.db.run.deleteMany({ where: { id: ids[4] as string } });
    expect(await countsAndTruth(first)).toEqual({ kept: { QUEUED: 2 }, truth: { QUEUED: 2 } });
    expect(await countsAndTruth(second)).toEqual({ kept: { QUEUED: 2 }, truth: { QUEUED: 2 } });
  });

  it("lets a backfill be deleted with its runs' link cleared", async () => {
    const backfillId = await createBackfill();
    const ids = await createRuns(backfillId, ["SUCCESS", "QUEUED"]);
    await database.db.backfill.delete({ where: { id: backfillId } });
    expect(await database.db.run.count({ where: { id: { in: ids }, backfillId: null } })).toBe(2);
    expect(await database.db.backfillRunCount.count({ where: { backfillId } })).toBe(0);
  });
});
