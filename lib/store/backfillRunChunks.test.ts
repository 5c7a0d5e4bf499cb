// A chunk of a backfill's runs in one statement, against real Postgres: the same rows createRun writes, runs and jobs
// in request order, nothing for a backfill that no longer wants runs, and requests with a run already passed over.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BackfillRunRequest } from "../core/backfill";
import { partitionKeySelection, partitionRangeSelection } from "../core/partitions";
import { runConfigForAssets } from "../core/runConfig";
import { type BackfillRecord, insertBackfill } from "./backfillRecord";
import { backfillRunCounts } from "./backfillRunCounts";
import { submitBackfillRequests } from "./backfillRuns";
import { createRun } from "./runs";
import { BACKFILL_LOCATION, saveBackfillLocation } from "./testing/backfillLocation";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
let snapshotId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await saveBackfillLocation(database.db);
});

afterAll(async () => {
  await database?.drop();
});

let backfills = 0;
async function backfillOf(): Promise<BackfillRecord> {
  backfills++;
  return insertBackfill(database.db, {
    id: `chunk${String(backfills).padStart(3, "0")}`,
    targets: {},
    strategy: "ONE_RUN_PER_PARTITION",
    onlyMissingOrFailed: false,
    runConfig: { ops: { "events/raw": { config: { limit: 5 } }, "events/summary": { config: { verbose: true } } } },
    tags: { team: "data" },
    launchedBy: "alice",
    snapshotIds: { [BACKFILL_LOCATION]: snapshotId },
    numPartitions: 0,
    numRuns: 0,
    parentBackfillId: null,
    idempotencyKey: null,
  });
}

function request(key: string, assetKeys: string[], partitions: BackfillRunRequest["partitions"]): BackfillRunRequest {
  return { requestKey: key, codeLocationName: BACKFILL_LOCATION, assetKeys, partitions, upstreamRequestKeys: [] };
}

const requests: BackfillRunRequest[] = [
  request("events/raw:2024-01-07", ["events/raw", "events/clean"], partitionKeySelection("2024-01-07")),
  request(
    "events/ranged:2024-01-01...2024-01-10",
    ["events/ranged"],
    partitionRangeSelection("2024-01-01", "2024-01-10"),
  ),
  request("events/summary", ["events/summary"], null),
];

/** A run as stored with its steps, event and queue job, without what differs between any two runs (ids, times). */
async function storedRun(runId: string) {
  const {
    id,
    createdAt,
    updatedAt,
    backfillRequestKey: _,
    steps,
    events,
    ...run
  } = await database.db.run.findUniqueOrThrow({
    where: { id: runId },
    include: { steps: { orderBy: { stepKey: "asc" } }, events: { orderBy: { id: "asc" } } },
  });
  expect(updatedAt).toEqual(createdAt);
  const jobs = await database.db.$queryRaw<Record<string, unknown>[]>`
    SELECT task.identifier AS task, job.payload, job.job_queue_id, job.max_attempts, job.attempts, job.priority,
      job.flags, job.key, job.locked_at, job.revision, job.is_available
    FROM graphile_worker._private_jobs job JOIN graphile_worker._private_tasks task ON task.id = job.task_id
    WHERE job.key = ${id}`;
  expect(jobs).toHaveLength(1);
  const { key, payload, ...job } = jobs[0]!;
  expect(key).toBe(id);
  expect(payload).toEqual({ runId: id });
  return {
    run,
    steps: steps.map(({ id: _, runId, ...step }) => {
      expect(runId).toBe(id);
      return step;
    }),
    events: events.map(({ id: _, runId, timestamp, ...event }) => {
      expect(runId).toBe(id);
      expect(timestamp.getTime()).toBeGreaterThanOrEqual(createdAt.getTime());
      return event;
    }),
    job,
  };
}

const keysOfRuns = async (backfillId: string) =>
  (
    await database.db.run.findMany({
      where: { backfillId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { backfillRequestKey: true },
    })
  ).map((run) => run.backfillRequestKey);

/** How the daemon submitted a request before chunks: createRun, inside the backfill's lock. */
const createdOneByOne = (backfill: BackfillRecord, r: BackfillRunRequest, requestKey: string) =>
  createRun(database.db, {
    codeLocationName: r.codeLocationName,
    snapshotId: backfill.snapshotIds[r.codeLocationName] ?? null,
    assetKeys: r.assetKeys,
    partitions: r.partitions,
    runConfig: runConfigForAssets(backfill.runConfig, r.assetKeys),
    tags: backfill.tags,
    launchedBy: backfill.launchedBy,
    backfillId: backfill.id,
    backfillRequestKey: requestKey,
  });

const runIdOf = async (backfillId: string, backfillRequestKey: string) =>
  (
    await database.db.run.findUniqueOrThrow({
      where: { backfillId_backfillRequestKey: { backfillId, backfillRequestKey } },
      select: { id: true },
    })
  ).id;

const jobsOf = (backfillId: string) =>
  database.db.$queryRaw<{ key: string }[]>`
    SELECT key FROM graphile_worker.jobs
    WHERE key IN (SELECT id::text FROM "Run" WHERE "backfillId" = ${backfillId})
    ORDER BY priority, run_at, id`;

describe("submitBackfillRequests", () => {
  it("writes the rows createRun writes for the same request: run, steps, event text and queue job", async () => {
    const backfill = await backfillOf();
    for (const r of requests) await createdOneByOne(backfill, r, `${r.requestKey}#one`);
    expect(await submitBackfillRequests(database.db, backfill, requests)).toEqual({ kind: "submitted", count: 3 });
    for (const r of requests) {
      const chunked = await storedRun(await runIdOf(backfill.id, r.requestKey));
      expect(chunked).toEqual(await storedRun(await runIdOf(backfill.id, `${r.requestKey}#one`)));
      expect(chunked.run).toMatchObject({ snapshotId, tags: { team: "data", "strata/backfill": backfill.id } });
    }
    const summary = await storedRun(await runIdOf(backfill.id, "events/summary"));
    expect(summary.run.runConfig).toEqual({ ops: { "events/summary": { config: { verbose: true } } } });
    const ranged = await storedRun(await runIdOf(backfill.id, requests[1]!.requestKey));
    expect(ranged.run).toMatchObject({
      partitionKey: null,
      partitionRangeStart: "2024-01-01",
      partitionRangeEnd: "2024-01-10",
    });
    expect(ranged.events.map((e) => e.message)).toEqual([
      "Run enqueued by alice for 1 asset(s) (partitions 2024-01-01...2024-01-10).",
    ]);
    // The chunk counts its own runs; createRun's were never counted as submitted.
    expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfill.id } })).numSubmitted).toBe(3);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map([["QUEUED", 6]]));
  });

  it("creates runs and queues jobs in request order, after the backfill's runs so far, and counts them all", async () => {
    const backfill = await backfillOf();
    const many = Array.from({ length: 120 }, (_, i) =>
      request(`events/raw:${i}`, ["events/raw"], partitionKeySelection(`k${String(i).padStart(3, "0")}`)),
    );
    expect(await submitBackfillRequests(database.db, backfill, many.slice(0, 60))).toEqual({
      kind: "submitted",
      count: 60,
    });
    expect(await submitBackfillRequests(database.db, backfill, many.slice(60))).toEqual({
      kind: "submitted",
      count: 60,
    });
    const keys = many.map((r) => r.requestKey);
    expect(await keysOfRuns(backfill.id)).toEqual(keys);
    const runs = await database.db.run.findMany({ where: { backfillId: backfill.id }, orderBy: { createdAt: "asc" } });
    expect(new Set(runs.map((run) => run.createdAt.getTime())).size).toBe(120);
    const ids = new Map(runs.map((run) => [run.id, run.backfillRequestKey]));
    expect((await jobsOf(backfill.id)).map((job) => ids.get(job.key))).toEqual(keys);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map([["QUEUED", 120]]));
    expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfill.id } })).numSubmitted).toBe(120);
  });

  it("passes over requests that have a run already, so each is submitted once", async () => {
    const backfill = await backfillOf();
    await submitBackfillRequests(database.db, backfill, requests.slice(0, 2));
    const keys: string[][] = [];
    const outcome = await submitBackfillRequests(database.db, backfill, requests, {
      beforeCommit: (requestKeys) => {
        keys.push(requestKeys);
      },
    });
    expect(outcome).toEqual({ kind: "submitted", count: 1 });
    expect(keys).toEqual([["events/summary"]]);
    expect(await keysOfRuns(backfill.id)).toEqual(requests.map((r) => r.requestKey));
    expect(await jobsOf(backfill.id)).toHaveLength(3);
    expect(await database.db.event.count({ where: { run: { backfillId: backfill.id } } })).toBe(3);
    expect(await database.db.step.count({ where: { run: { backfillId: backfill.id } } })).toBe(4);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map([["QUEUED", 3]]));
    expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfill.id } })).numSubmitted).toBe(3);
    // A chunk all of whose requests have runs changes nothing and calls no hook.
    expect(await submitBackfillRequests(database.db, backfill, requests)).toEqual({ kind: "submitted", count: 0 });
    expect(keys).toHaveLength(1);
    expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfill.id } })).numSubmitted).toBe(3);
  });

  it("creates nothing for a backfill that is no longer REQUESTED", async () => {
    const backfill = await backfillOf();
    await database.db.backfill.update({ where: { id: backfill.id }, data: { status: "CANCELING" } });
    expect(await submitBackfillRequests(database.db, backfill, requests)).toEqual({ kind: "notRequested" });
    expect(await database.db.run.count({ where: { backfillId: backfill.id } })).toBe(0);
    expect(await jobsOf(backfill.id)).toEqual([]);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map());
    expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfill.id } })).numSubmitted).toBe(0);
  });

  it("creates nothing when a cancel commits while it waits for the backfill's lock", async () => {
    const backfill = await backfillOf();
    const canceler = new pg.Client({ connectionString: database.url });
    await canceler.connect();
    try {
      // The cancel holds the lock, as requestBackfillCancel does, while the chunk is submitted.
      await canceler.query("BEGIN");
      await canceler.query(`SELECT pg_advisory_xact_lock(hashtext('strata.backfill'), hashtext($1))`, [backfill.id]);
      await canceler.query(`UPDATE "Backfill" SET "status" = 'CANCELING' WHERE "id" = $1`, [backfill.id]);
      const submitting = submitBackfillRequests(database.db, backfill, requests);
      for (;;) {
        const waiting = await canceler.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        if (waiting.rowCount) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await canceler.query("COMMIT");
      expect(await submitting).toEqual({ kind: "notRequested" });
    } finally {
      await canceler.end();
    }
    expect(await database.db.run.count({ where: { backfillId: backfill.id } })).toBe(0);
    expect(await jobsOf(backfill.id)).toEqual([]);
  });
});
