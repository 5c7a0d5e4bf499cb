// The backfill daemon against a real Postgres: plan order, dependencies, limits, completion, cancellation, and
// exactly-once submission when ticks are interrupted or run concurrently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillRunCounts } from "../../store/backfillRunCounts";
import { requestBackfillCancel } from "../../store/backfillRuns";
import { shownRunTags } from "../../store/runPartitions";
import { BACKFILL_TEST_NOW, saveBackfillLocation } from "../../store/testing/backfillLocation";
import { failRun, succeedRun } from "../../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { readBackfillCounts, readBackfillRequestStatus } from "./backfillProgress";
import { type TickBackfillsOptions, tickBackfills } from "./backfillSubmission";
import { createPartitionBackfill, getBackfill, type LaunchBackfillInput } from "./backfills";

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await saveBackfillLocation(database.db);
});
afterAll(async () => database?.drop());

async function launched(input: Omit<LaunchBackfillInput, "launchedBy">) {
  const result = await createPartitionBackfill(database.db, { launchedBy: "test", ...input }, BACKFILL_TEST_NOW);
  if (result.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(result)}`);
  return result.backfill;
}

// With the tags each run shows (its partition tag comes from its partition columns).
const runsOf = async (backfillId: string) =>
  (
    await database.db.run.findMany({
      where: { backfillId },
      orderBy: [{ createdAt: "asc" }, { backfillRequestKey: "asc" }],
    })
  ).map((run) => ({ ...run, tags: shownRunTags(run) }));

describe("tickBackfills", () => {
  it("submits runs in plan order within the limits, waits for upstream runs, and completes at the injected time", async () => {
    const backfill = await launched({
      assetKeys: [
        ["events", "raw"],
        ["events", "clean"],
        ["events", "weekly"],
        ["events", "summary"],
      ],
      partitionSelection: "2024-01-07...2024-01-14",
      runConfig: JSON.stringify({
        ops: { "events/raw": { config: { limit: 5 } }, "events/summary": { config: { verbose: true } } },
      }),
      tags: [{ key: "team", value: "data" }],
    });
    expect(backfill.numRuns).toBe(11); // 8 days (raw + clean), 2 weeks, the summary
    let clock = new Date("2024-03-01T00:00:00Z");
    const options = (): TickBackfillsOptions => ({
      now: clock,
      chunkSize: 3,
      maxQueuedRuns: 5,
      backfillIds: [backfill.id],
    });

    expect(await tickBackfills(database.db, options())).toEqual({ submitted: 3, finished: [] });
    let runs = await runsOf(backfill.id);
    expect(runs.map((r) => r.backfillRequestKey)).toEqual([
      "events/raw:2024-01-07",
      "events/raw:2024-01-08",
      "events/raw:2024-01-09",
    ]);
    expect(runs[0]).toMatchObject({
      status: "QUEUED",
      codeLocationName: "backfills",
      snapshotId,
      assetSelection: ["events/raw", "events/clean"],
      partitionKey: "2024-01-07",
      runConfig: { ops: { "events/raw": { config: { limit: 5 } } } },
      tags: { team: "data", "strata/backfill": backfill.id, "strata/partition": "2024-01-07" },
      launchedBy: "test",
    });
    // Five unfinished runs at most: two more, then nothing until some finish.
    expect((await tickBackfills(database.db, options())).submitted).toBe(2);
    expect((await tickBackfills(database.db, options())).submitted).toBe(0);
    for (const run of await runsOf(backfill.id)) await succeedRun(database.db, run.id);
    expect((await tickBackfills(database.db, options())).submitted).toBe(3);
    runs = await runsOf(backfill.id);
    expect(runs.map((r) => r.partitionKey)).toEqual(
      ["07", "08", "09", "10", "11", "12", "13", "14"].map((day) => `2024-01-${day}`),
    );
    // The weeks and the summary wait for their last days.
    expect((await tickBackfills(database.db, options())).submitted).toBe(0);
    for (const run of runs.slice(5)) await succeedRun(database.db, run.id);
    expect((await tickBackfills(database.db, options())).submitted).toBe(3);
    runs = await runsOf(backfill.id);
    expect(runs.slice(8).map((r) => [r.backfillRequestKey, r.partitionKey, r.assetSelection, r.runConfig])).toEqual([
      ["events/summary", null, ["events/summary"], { ops: { "events/summary": { config: { verbose: true } } } }],
      ["events/weekly:2024-01-07", "2024-01-07", ["events/weekly"], {}],
      ["events/weekly:2024-01-14", "2024-01-14", ["events/weekly"], {}],
    ]);
    for (const run of runs.slice(8)) await succeedRun(database.db, run.id);
    clock = new Date("2024-03-02T12:00:00Z");
    expect(await tickBackfills(database.db, options())).toEqual({ submitted: 0, finished: [backfill.id] });
    expect(await getBackfill(database.db, backfill.id)).toMatchObject({
      status: "COMPLETED",
      endTime: clock,
      numSubmitted: 11,
    });
    // Its runs' count changes were folded as it ticked, though it is read by request rather than by counts.
    expect(await database.db.backfillRunCountChange.count({ where: { backfillId: backfill.id } })).toBe(0);
    const counts = [...(await backfillRunCounts(database.db, backfill.id))].filter(([, count]) => count !== 0);
    expect(counts).toEqual([["SUCCESS", 11]]);
  });

  it("skips requests whose upstream failed and completes with failures", async () => {
    const backfill = await launched({
      assetKeys: [
        ["events", "clean"],
        ["events", "weekly"],
        ["events", "summary"],
      ],
      partitionSelection: "2024-01-07, 2024-01-14",
    });
    const options = { now: BACKFILL_TEST_NOW, chunkSize: 10, maxQueuedRuns: 10, backfillIds: [backfill.id] };
    await tickBackfills(database.db, options);
    const [first, second] = await runsOf(backfill.id);
    expect([first?.backfillRequestKey, second?.backfillRequestKey]).toEqual([
      "events/clean:2024-01-07",
      "events/clean:2024-01-14",
    ]);
    await succeedRun(database.db, first!.id);
    await failRun(database.db, second!.id);
    // The week of the 7th runs; the week of the 14th and the summary are skipped.
    expect(await tickBackfills(database.db, options)).toEqual({ submitted: 1, finished: [] });
    const week = (await runsOf(backfill.id))[2];
    expect(week?.backfillRequestKey).toBe("events/weekly:2024-01-07");
    await succeedRun(database.db, week!.id);
    expect(await tickBackfills(database.db, options)).toEqual({ submitted: 0, finished: [backfill.id] });
    expect(await runsOf(backfill.id)).toHaveLength(3);
    const current = await getBackfill(database.db, backfill.id);
    expect(current?.status).toBe("COMPLETED_WITH_FAILURES");
    expect((await readBackfillRequestStatus(database.db, current!, BACKFILL_TEST_NOW)).counts).toMatchObject({
      numSucceeded: 2,
      numFailed: 1,
      numSkipped: 2,
      numNotSubmitted: 0,
    });
  });

  it("resumes exactly after a tick is cut off while committing its chunk", async () => {
    const backfill = await launched({ assetKeys: [["big"]], partitionSelection: "p0000...p0199" });
    const options = { now: BACKFILL_TEST_NOW, maxQueuedRuns: 5000, backfillIds: [backfill.id] };
    expect((await tickBackfills(database.db, { ...options, chunkSize: 4 })).submitted).toBe(4);
    // Cut the next tick off after its chunk's runs were created, before they commit.
    const chunks: string[][] = [];
    const interrupted = tickBackfills(database.db, {
      ...options,
      chunkSize: 20,
      beforeCommit: (_, keys) => {
        chunks.push(keys);
        throw new Error("daemon killed");
      },
    });
    await expect(interrupted).rejects.toThrow("daemon killed");
    expect(chunks).toEqual([Array.from({ length: 20 }, (_, i) => `big:p${String(4 + i).padStart(4, "0")}`)]);
    expect(await database.db.run.count({ where: { backfillId: backfill.id } })).toBe(4);
    expect((await getBackfill(database.db, backfill.id))?.numSubmitted).toBe(4);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map([["QUEUED", 4]]));
    // No job, step or event is left behind by the rolled-back chunk either.
    const jobs = await database.db.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) FROM graphile_worker.jobs WHERE key IN (SELECT id::text FROM "Run" WHERE "backfillId" = ${backfill.id})`;
    const allJobs = await database.db.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) FROM graphile_worker.jobs WHERE key NOT IN (SELECT id::text FROM "Run")`;
    expect(Number(jobs[0]?.count)).toBe(4);
    expect(Number(allJobs[0]?.count)).toBe(0);
    expect(await database.db.step.count({ where: { run: { backfillId: backfill.id } } })).toBe(4);
    expect(await database.db.event.count({ where: { run: { backfillId: backfill.id } } })).toBe(4);

    while (
      (
        await tickBackfills(database.db, {
          now: BACKFILL_TEST_NOW,
          chunkSize: 70,
          maxQueuedRuns: 5000,
          backfillIds: [backfill.id],
        })
      ).submitted > 0
    );
    const runs = await database.db.run.findMany({ where: { backfillId: backfill.id }, select: { partitionKey: true } });
    expect(runs).toHaveLength(200);
    expect(new Set(runs.map((r) => r.partitionKey)).size).toBe(200);
    expect((await getBackfill(database.db, backfill.id))?.numSubmitted).toBe(200);
    expect(await backfillRunCounts(database.db, backfill.id)).toEqual(new Map([["QUEUED", 200]]));
  });

  it("never submits a request twice when two ticks run at once", async () => {
    const backfill = await launched({ assetKeys: [["big"]], partitionSelection: "p0000...p0299" });
    const options = { now: BACKFILL_TEST_NOW, chunkSize: 300, maxQueuedRuns: 1000, backfillIds: [backfill.id] };
    const [a, b, c] = await Promise.all([
      tickBackfills(database.db, options),
      tickBackfills(database.db, options),
      tickBackfills(database.db, options),
    ]);
    expect(a!.submitted + b!.submitted + c!.submitted).toBe(300);
    const runs = await database.db.run.findMany({ where: { backfillId: backfill.id }, select: { partitionKey: true } });
    expect(runs).toHaveLength(300);
    expect(new Set(runs.map((r) => r.partitionKey)).size).toBe(300);
    expect((await getBackfill(database.db, backfill.id))?.numSubmitted).toBe(300);
  });

  it("cancels the queued runs of a canceling backfill and submits nothing more", async () => {
    const backfill = await launched({ assetKeys: [["big"]], partitionSelection: "p0000...p0009" });
    const options = { now: BACKFILL_TEST_NOW, chunkSize: 4, maxQueuedRuns: 100, backfillIds: [backfill.id] };
    await tickBackfills(database.db, options);
    expect(await requestBackfillCancel(database.db, backfill.id)).toBe(true);
    expect(await tickBackfills(database.db, options)).toEqual({ submitted: 0, finished: [backfill.id] });
    const runs = await runsOf(backfill.id);
    expect(runs.map((r) => r.status)).toEqual(["CANCELED", "CANCELED", "CANCELED", "CANCELED"]);
    expect(await getBackfill(database.db, backfill.id)).toMatchObject({
      status: "CANCELED",
      endTime: BACKFILL_TEST_NOW,
    });
  });

  it("fails a backfill whose definitions are no longer stored", async () => {
    await database.db.backfill.create({
      data: {
        id: "gone0001",
        targets: { regional: [["us", "us"]] },
        strategy: "ONE_RUN_PER_PARTITION",
        snapshotIds: { backfills: "00000000-0000-0000-0000-000000000000" },
        numRuns: 1,
      },
    });
    const summary = await tickBackfills(database.db, {
      now: BACKFILL_TEST_NOW,
      chunkSize: 10,
      maxQueuedRuns: 10,
      backfillIds: ["gone0001"],
    });
    expect(summary.finished).toEqual(["gone0001"]);
    expect(await getBackfill(database.db, "gone0001")).toMatchObject({
      status: "FAILED",
      error: expect.stringContaining('code location "backfills"'),
    });
  });

  it("submits one run per contiguous range for assets that accept ranges", async () => {
    const backfill = await launched({
      assetKeys: [["events", "ranged"]],
      partitionSelection: "2024-01-01...2024-01-10, 2024-01-20...2024-01-31",
      strategy: "SINGLE_RUN",
    });
    await tickBackfills(database.db, {
      now: BACKFILL_TEST_NOW,
      chunkSize: 10,
      maxQueuedRuns: 10,
      backfillIds: [backfill.id],
    });
    const runs = await runsOf(backfill.id);
    expect(
      runs.map((r) => [
        r.partitionKey,
        r.partitionRangeStart,
        r.partitionRangeEnd,
        (r.tags as Record<string, string>)["strata/partition_range"],
      ]),
    ).toEqual([
      [null, "2024-01-01", "2024-01-10", "2024-01-01...2024-01-10"],
      [null, "2024-01-20", "2024-01-31", "2024-01-20...2024-01-31"],
    ]);
  });

  it("submits a one-asset backfill by position and reads its progress from the run counts", async () => {
    const backfill = await launched({
      assetKeys: [["events", "raw"]],
      partitionSelection: "2024-01-03...2024-01-09, 2024-01-20",
    });
    expect(backfill.numRuns).toBe(8);
    const options: TickBackfillsOptions = {
      now: BACKFILL_TEST_NOW,
      chunkSize: 3,
      maxQueuedRuns: 5,
      backfillIds: [backfill.id],
    };
    const keys = async () => (await runsOf(backfill.id)).map((r) => r.backfillRequestKey);
    const counts = async () => readBackfillCounts(database.db, backfill, BACKFILL_TEST_NOW);

    expect((await tickBackfills(database.db, options)).submitted).toBe(3);
    expect((await tickBackfills(database.db, options)).submitted).toBe(2);
    expect((await tickBackfills(database.db, options)).submitted).toBe(0); // five queued: the limit
    expect(await keys()).toEqual(
      ["2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07"].map((k) => `events/raw:${k}`),
    );
    const [first, second] = await runsOf(backfill.id);
    await succeedRun(database.db, first!.id);
    await failRun(database.db, second!.id);
    expect(await counts()).toMatchObject({
      numRuns: 8,
      numQueued: 3,
      numSucceeded: 1,
      numFailed: 1,
      numNotSubmitted: 3,
    });
    // The counts kept by the trigger agree with the runs themselves.
    const status = await readBackfillRequestStatus(database.db, backfill, BACKFILL_TEST_NOW);
    expect(status.counts).toEqual(await counts());

    const succeedQueued = async () => {
      for (const run of await runsOf(backfill.id)) if (run.status === "QUEUED") await succeedRun(database.db, run.id);
    };
    await succeedQueued();
    expect((await tickBackfills(database.db, options)).submitted).toBe(3);
    expect((await keys()).slice(5)).toEqual(["2024-01-08", "2024-01-09", "2024-01-20"].map((k) => `events/raw:${k}`));
    await succeedQueued();
    expect(await tickBackfills(database.db, options)).toEqual({ submitted: 0, finished: [backfill.id] });
    expect(await counts()).toMatchObject({ numSucceeded: 7, numFailed: 1, numNotSubmitted: 0 });
    expect((await getBackfill(database.db, backfill.id))?.status).toBe("COMPLETED_WITH_FAILURES");
  });
});
