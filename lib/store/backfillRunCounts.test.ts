// A backfill's run counts against real Postgres: the trigger on Run adds changes that no other status change waits
// on, concurrent status changes of one backfill's runs (a run going back to QUEUED among them) never deadlock, and the
// counts, folded or not, stay equal to a count of the runs.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillRunCounts, foldBackfillRunCounts } from "./backfillRunCounts";
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
  it("lets runs of one backfill change status while another's change is not committed yet", async () => {
    const backfillId = await createBackfill();
    const [ending, starting, requeued] = await createRuns(backfillId, ["STARTED", "QUEUED", "STARTED"]);
    const a = await connect();
    const b = await connect();
    try {
      // A run's end, uncommitted: it held the backfill's count rows (and so every claim of its other runs) until its
      // commit when counts were updated in place.
      await a.query("BEGIN");
      await setStatus(a, ending as string, "SUCCESS");
      await b.query("SET lock_timeout = '2s'");
      await setStatus(b, starting as string, "STARTED");
      await setStatus(b, requeued as string, "QUEUED");
      await a.query("COMMIT");
      expect(await countsAndTruth(backfillId)).toEqual({
        kept: { QUEUED: 1, STARTED: 1, SUCCESS: 1 },
        truth: { QUEUED: 1, STARTED: 1, SUCCESS: 1 },
      });
    } finally {
      for (const client of [a, b]) await client.end();
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
      // The daemon folds the changes meanwhile, as it does each tick.
      let transitioning = true;
      let folds = 0;
      const folding = (async () => {
        while (transitioning) {
          await foldBackfillRunCounts(database.db, backfillId);
          folds++;
        }
      })();
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
      transitioning = false;
      await folding;
      expect(folds).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      const { kept, truth } = await countsAndTruth(backfillId);
      expect(kept).toEqual(truth);
      await foldBackfillRunCounts(database.db, backfillId);
      expect(await database.db.backfillRunCountChange.count({ where: { backfillId } })).toBe(0);
      expect(await countsAndTruth(backfillId)).toEqual({ kept, truth });
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
    expect(await database.db.backfillRunCountChange.count({ where: { backfillId } })).toBe(0);
  });

  it("folds a backfill's changes into its count rows once, however many folders ask at once", async () => {
    const backfillId = await createBackfill();
    const ids = await createRuns(backfillId, ["QUEUED", "QUEUED", "QUEUED", "STARTED"]);
    await database.db.run.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { status: "STARTED" } });
    await database.db.run.updateMany({ where: { id: ids[3] as string }, data: { status: "SUCCESS" } });
    const before = await countsAndTruth(backfillId);
    expect(before.kept).toEqual({ QUEUED: 1, STARTED: 2, SUCCESS: 1 });
    const changes = await database.db.backfillRunCountChange.count({ where: { backfillId } });

    const folded = await Promise.all(Array.from({ length: 4 }, () => foldBackfillRunCounts(database.db, backfillId)));
    // Each change is folded by exactly one of them (a folder that finds another at work skips).
    expect(folded.reduce((sum, n) => sum + n, 0)).toBe(changes);
    expect(await database.db.backfillRunCountChange.count({ where: { backfillId } })).toBe(0);
    expect(await countsAndTruth(backfillId)).toEqual(before);
    const rows = await database.db.backfillRunCount.findMany({
      where: { backfillId },
      select: { status: true, count: true },
    });
    expect(Object.fromEntries(rows.filter((r) => r.count !== 0).map((r) => [r.status, r.count]))).toEqual(before.kept);
    expect(await foldBackfillRunCounts(database.db, backfillId)).toBe(0);
  });
});
