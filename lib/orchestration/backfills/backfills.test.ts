// Launching, previewing, reading, canceling and retrying partition backfills against a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keySpaceForDefinition } from "../../store/partitionKeySpaces";
import { recordPartitionOutcome } from "../../store/partitionStatus";
import { claimRun, markRunStarted } from "../../store/runs";
import { BACKFILL_TEST_NOW, backfillSnapshot, saveBackfillLocation } from "../../store/testing/backfillLocation";
import { failRun, succeedRun } from "../../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { readBackfillAssetStatuses, readBackfillRequestStatus } from "./backfillProgress";
import { tickBackfills } from "./backfillSubmission";
import {
  cancelBackfill,
  createPartitionBackfill,
  getBackfill,
  type LaunchBackfillInput,
  listBackfills,
  previewPartitionBackfill,
  retryBackfill,
} from "./backfills";

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await saveBackfillLocation(database.db);
});
afterAll(async () => database?.drop());

const now = BACKFILL_TEST_NOW;
const keys = (...list: string[]) => list.map((k) => k.split("/"));
const launch = (input: Omit<LaunchBackfillInput, "launchedBy">) =>
  createPartitionBackfill(database.db, { launchedBy: "test", ...input }, now);
const tick = (backfillId: string) =>
  tickBackfills(database.db, { now, chunkSize: 1000, maxQueuedRuns: 1000, backfillIds: [backfillId] });

async function launched(input: Omit<LaunchBackfillInput, "launchedBy">) {
  const result = await launch(input);
  if (result.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(result)}`);
  return result.backfill;
}

describe("createPartitionBackfill", () => {
  it("stores the targets as key ranges with the snapshot, counts and an 8-character id", async () => {
    const backfill = await launched({
      assetKeys: keys("events/raw", "events/clean", "events/summary"),
      partitionSelection: "2024-01-01...2024-01-03",
      tags: [{ key: "team", value: "data" }],
    });
    expect(backfill.id).toMatch(/^[a-z0-9]{8}$/);
    expect(backfill).toMatchObject({
      status: "REQUESTED",
      strategy: "ONE_RUN_PER_PARTITION",
      targets: {
        "events/raw": [["2024-01-01", "2024-01-03"]],
        "events/clean": [["2024-01-01", "2024-01-03"]],
        "events/summary": [],
      },
      snapshotIds: { backfills: snapshotId },
      numPartitions: 3,
      numRuns: 4,
      numSubmitted: 0,
      tags: { team: "data" },
      launchedBy: "test",
    });
    expect(await getBackfill(database.db, backfill.id)).toEqual(backfill);
  });

  it("leaves source assets out of a selection", async () => {
    const backfill = await launched({ selection: "+events/raw", partitionSelection: "2024-01-05" });
    expect(Object.keys(backfill.targets)).toEqual(["events/raw"]);
  });

  it("targets every partition when no partition selection is given", async () => {
    const backfill = await launched({ selection: "regional" });
    expect(backfill).toMatchObject({ targets: { regional: [["us", "apac"]] }, numPartitions: 3, numRuns: 3 });
  });

  it("accepts one partition selection for assets with different definitions when it names keys of each", async () => {
    const backfill = await launched({
      assetKeys: keys("events/clean", "events/weekly"),
      partitionSelection: "2024-01-07...2024-01-14",
    });
    // Eight days and two weeks; the weeks' keys are days too, so eight distinct keys.
    expect(backfill).toMatchObject({
      numPartitions: 8,
      numRuns: 10,
      targets: { "events/weekly": [["2024-01-07", "2024-01-14"]] },
    });
  });

  it("refuses bad requests with a clear message and stores nothing", async () => {
    const before = await database.db.backfill.count();
    const cases: [Omit<LaunchBackfillInput, "launchedBy">, { kind: string; message: RegExp | string }][] = [
      [
        { assetKeys: keys("events/rwa"), partitionSelection: "2024-01-01" },
        {
          kind: "assetNotFound",
          message: 'No asset with key "events/rwa" is defined in any loaded code location. Did you mean "events/raw"?',
        },
      ],
      [{ selection: "events/rwa" }, { kind: "assetNotFound", message: /Did you mean "events\/raw"\?/ }],
      [{ selection: "events/raw and (" }, { kind: "invalidSelection", message: /./ }],
      [
        { selection: "group:nope" },
        { kind: "error", message: 'The selection "group:nope" matches no assets that Strata materializes.' },
      ],
      [
        { assetKeys: keys("events/raw"), partitionSelection: "" },
        { kind: "invalidPartitionSelection", message: "Select at least one partition." },
      ],
      [
        { assetKeys: keys("events/raw"), partitionSelection: "2023-12-31" },
        { kind: "invalidPartitionSelection", message: /2023-12-31/ },
      ],
      [
        { assetKeys: keys("events/raw"), partitionSelection: "2024-01-05...2024-01-02" },
        { kind: "invalidPartitionSelection", message: /./ },
      ],
      [
        { assetKeys: keys("regional"), partitionSelection: "us, mars" },
        { kind: "invalidPartitionSelection", message: /mars/ },
      ],
      [
        { assetKeys: keys("events/clean", "events/weekly"), partitionSelection: "2024-01-01...2024-01-10" },
        {
          kind: "invalidPartitionSelection",
          message: /^The partition selection does not fit asset "events\/weekly" \(.+\): .*2024-01-01/,
        },
      ],
      [{ assetKeys: keys("plain") }, { kind: "error", message: /"plain" is not partitioned/ }],
      [{ assetKeys: keys("events/source") }, { kind: "error", message: /source asset/ }],
      [
        { assetKeys: keys("events/raw"), runConfig: '{"plain": {}}' },
        { kind: "invalidConfig", message: "The run config is invalid." },
      ],
      [
        { assetKeys: keys("events/raw"), runConfig: "{" },
        { kind: "invalidConfig", message: "The run config is invalid." },
      ],
      [
        { assetKeys: keys("events/raw"), tags: [{ key: "bad key", value: "x" }] },
        { kind: "error", message: /Tag key "bad key"/ },
      ],
      [{}, { kind: "error", message: "Nothing to backfill: give asset keys or a selection." }],
    ];
    for (const [input, expected] of cases) {
      const result = await launch(input);
      expect(result.kind, JSON.stringify(input)).toBe(expected.kind);
      expect((result as { message: string }).message, JSON.stringify(input)).toMatch(expected.message);
    }
    expect(await database.db.backfill.count()).toBe(before);
  });
});

describe("launch limits", () => {
  it("refuses a backfill planning more runs than maxBackfillRuns and stores nothing; the preview names the same limit", async () => {
    const limits = { maxTags: 50, maxTagLength: 1024, maxRunConfigBytes: 1024, maxBackfillRuns: 10 };
    const before = await database.db.backfill.count();
    const input = { assetKeys: keys("events/raw"), partitionSelection: "2024-01-01...2024-01-31", limits };
    const message =
      "backfill: 31 runs, at most 10 (launchLimits.maxBackfillRuns in strata.config.ts). Select fewer partitions, or launch it in parts.";
    expect(await launch(input)).toEqual({ kind: "error", message });
    expect(await previewPartitionBackfill(database.db, input, now)).toMatchObject({
      numRuns: 31,
      maxRuns: 10,
      limitError: message,
    });
    expect(await database.db.backfill.count()).toBe(before);
  });

  it("refuses reserved strata/* tags and too many tags", async () => {
    expect(
      await launch({
        assetKeys: keys("events/raw"),
        partitionSelection: "2024-01-01",
        tags: [{ key: "strata/backfill", value: "x" }],
      }),
    ).toMatchObject({
      kind: "error",
      message: expect.stringContaining('Tag "strata/backfill" is reserved'),
    });
    const limits = { maxTags: 1, maxTagLength: 1024, maxRunConfigBytes: 1024, maxBackfillRuns: 10 };
    const tags = [
      { key: "a", value: "1" },
      { key: "b", value: "2" },
    ];
    expect(await launch({ assetKeys: keys("events/raw"), partitionSelection: "2024-01-01", tags, limits })).toEqual({
      kind: "error",
      message: "tags: 2 tags, at most 1 (launchLimits.maxTags in strata.config.ts).",
    });
  });
});

describe("previewPartitionBackfill", () => {
  it("counts partitions and runs without storing anything", async () => {
    const before = await database.db.backfill.count();
    const preview = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/raw", "events/clean", "events/weekly"), partitionSelection: "2024-01-07...2024-01-21" },
      now,
    );
    expect(preview).toEqual({
      kind: "preview",
      numPartitions: 15,
      // 15 days for raw + clean together, then 3 weeks
      numRuns: 18,
      assets: [
        { assetKey: "events/raw", numPartitions: 15, partitionSelection: "2024-01-07...2024-01-21" },
        { assetKey: "events/clean", numPartitions: 15, partitionSelection: "2024-01-07...2024-01-21" },
        { assetKey: "events/weekly", numPartitions: 3, partitionSelection: "2024-01-07...2024-01-21" },
      ],
      maxRuns: 100_000,
      limitError: null,
      // 15 raw and 15 clean days and 3 weeks, each asset's partitions counted once.
      upstreamGaps: expect.objectContaining({ numPartitions: 33 }),
    });
    const single = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/ranged"), partitionSelection: "2024-01-01...2024-01-31", strategy: "SINGLE_RUN" },
      now,
    );
    expect(single).toMatchObject({ numPartitions: 31, numRuns: 1 });
    expect(await database.db.backfill.count()).toBe(before);
  });

  it("leaves out materialized partitions when only missing or failed ones are asked for", async () => {
    const definition = backfillSnapshot.assets.find((a) => a.key.join("/") === "events/ranged")?.partitionsDefinition;
    const space = await keySpaceForDefinition(database.db, definition!, now);
    await database.db.$transaction(async (tx) => {
      await recordPartitionOutcome(tx, "events/ranged", space, "materialized", [[0, 1]]);
      await recordPartitionOutcome(tx, "events/ranged", space, "failed", [[2, 2]]);
    });
    const preview = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/ranged"), partitionSelection: "2024-01-01...2024-01-05", onlyMissingOrFailed: true },
      now,
    );
    expect(preview).toMatchObject({ numPartitions: 3, numRuns: 3 });
    const nothing = await launch({
      assetKeys: keys("events/ranged"),
      partitionSelection: "2024-01-01...2024-01-02",
      onlyMissingOrFailed: true,
    });
    expect(nothing).toEqual({
      kind: "error",
      message: "Nothing to backfill: every selected partition is already materialized.",
    });
  });

  it("reports the same problems as a launch", async () => {
    expect(
      await previewPartitionBackfill(
        database.db,
        { assetKeys: keys("events/raw"), partitionSelection: "2099-01-01" },
        now,
      ),
    ).toMatchObject({ kind: "invalidPartitionSelection" });
  });
});

describe("listBackfills", () => {
  it("pages newest first", async () => {
    const all = (await listBackfills(database.db, { limit: 100 })).backfills;
    expect(all.length).toBeGreaterThan(3);
    const first = await listBackfills(database.db, { limit: 2 });
    const second = await listBackfills(database.db, { limit: 2, cursor: first.nextCursor });
    expect([...first.backfills, ...second.backfills].map((b) => b.id)).toEqual(all.slice(0, 4).map((b) => b.id));
    expect(all.map((b) => b.createdAt.getTime())).toEqual(
      [...all.map((b) => b.createdAt.getTime())].sort((a, b) => b - a),
    );
  });
});

describe("cancelBackfill", () => {
  it("cancels queued runs at once and the backfill when nothing is in progress", async () => {
    const backfill = await launched({ selection: "regional" });
    await tickBackfills(database.db, { now, chunkSize: 2, maxQueuedRuns: 1000, backfillIds: [backfill.id] });
    const result = await cancelBackfill(database.db, backfill.id, now);
    expect(result).toMatchObject({ kind: "success", backfill: { status: "CANCELED" } });
    const runs = await database.db.run.findMany({ where: { backfillId: backfill.id } });
    expect(runs.map((r) => r.status)).toEqual(["CANCELED", "CANCELED"]);
    await tick(backfill.id);
    expect(await database.db.run.count({ where: { backfillId: backfill.id } })).toBe(2);
    expect(await cancelBackfill(database.db, backfill.id, now)).toMatchObject({
      kind: "error",
      message: /already ended with CANCELED/,
    });
    expect(await cancelBackfill(database.db, "zzzzzzzz", now)).toMatchObject({ kind: "notFound" });
  });

  it("waits for runs in progress, then ends CANCELED", async () => {
    const backfill = await launched({ selection: "regional" });
    await tick(backfill.id);
    const [running, ...queued] = await database.db.run.findMany({
      where: { backfillId: backfill.id },
      orderBy: { createdAt: "asc" },
    });
    expect((await claimRun(database.db, running!.id, "test-worker")).kind).toBe("claimed");
    await markRunStarted(database.db, running!.id, 1);
    expect(await cancelBackfill(database.db, backfill.id, now)).toMatchObject({ backfill: { status: "CANCELING" } });
    for (const run of queued)
      expect((await database.db.run.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("CANCELED");
    await tick(backfill.id);
    expect((await getBackfill(database.db, backfill.id))?.status).toBe("CANCELING");
    await succeedRun(database.db, running!.id);
    await tick(backfill.id);
    expect(await getBackfill(database.db, backfill.id)).toMatchObject({ status: "CANCELED", endTime: now });
    expect(await database.db.run.count({ where: { backfillId: backfill.id } })).toBe(3);
  });
});

describe("retryBackfill", () => {
  it("launches a child backfill of the failed and skipped partitions, against the current definitions", async () => {
    const backfill = await launched({
      assetKeys: keys("events/raw", "events/clean", "events/weekly"),
      partitionSelection: "2024-01-07...2024-01-14",
      runConfig: 'ops: { "events/weekly": { config: { x: 1 } } }',
    });
    expect(await retryBackfill(database.db, backfill.id, "test", now)).toMatchObject({
      kind: "error",
      message: /still running/,
    });
    await tick(backfill.id);
    // Eight daily runs (raw + clean); the weeks wait for their days.
    const daily = await database.db.run.findMany({
      where: { backfillId: backfill.id },
      orderBy: { partitionKey: "asc" },
    });
    expect(daily).toHaveLength(8);
    for (const run of daily) {
      if (run.partitionKey === "2024-01-09") await failRun(database.db, run.id);
      else await succeedRun(database.db, run.id);
    }
    await tick(backfill.id);
    const [week14] = await database.db.run.findMany({
      where: { backfillId: backfill.id, backfillRequestKey: "events/weekly:2024-01-14" },
    });
    await succeedRun(database.db, week14!.id);
    await tick(backfill.id);
    expect(await getBackfill(database.db, backfill.id)).toMatchObject({
      status: "COMPLETED_WITH_FAILURES",
      endTime: now,
    });
    expect(
      (await readBackfillRequestStatus(database.db, (await getBackfill(database.db, backfill.id))!, now)).counts,
    ).toEqual({
      numRuns: 10,
      numQueued: 0,
      numInProgress: 0,
      numSucceeded: 8,
      numFailed: 1,
      numCanceled: 0,
      numSkipped: 1,
      numNotSubmitted: 0,
    });
    const statuses = await readBackfillAssetStatuses(database.db, backfill, now);
    expect(statuses.map((s) => [s.assetKey, s.numTargeted, s.numMaterialized, s.numFailed, s.numSkipped])).toEqual([
      ["events/raw", 8, 7, 1, 0],
      ["events/clean", 8, 7, 0, 1],
      ["events/weekly", 2, 1, 0, 1],
    ]);
    expect(statuses[2]?.partitions).toEqual([
      { partitionKey: "2024-01-07", status: "SKIPPED", runId: null },
      { partitionKey: "2024-01-14", status: "MATERIALIZED", runId: week14!.id },
    ]);

    const retry = await retryBackfill(database.db, backfill.id, "someone", now);
    expect(retry).toMatchObject({
      kind: "success",
      backfill: {
        parentBackfillId: backfill.id,
        launchedBy: "someone",
        targets: {
          "events/raw": [["2024-01-09", "2024-01-09"]],
          "events/clean": [["2024-01-09", "2024-01-09"]],
          "events/weekly": [["2024-01-07", "2024-01-07"]],
        },
        runConfig: { ops: { "events/weekly": { config: { x: 1 } } } },
        numRuns: 2,
      },
    });
  });

  it("refuses a backfill whose partitions all materialized", async () => {
    const backfill = await launched({ assetKeys: keys("regional"), partitionSelection: "us" });
    await tick(backfill.id);
    const [run] = await database.db.run.findMany({ where: { backfillId: backfill.id } });
    await succeedRun(database.db, run!.id);
    await tick(backfill.id);
    expect((await getBackfill(database.db, backfill.id))?.status).toBe("COMPLETED");
    expect(await retryBackfill(database.db, backfill.id, "test", now)).toMatchObject({
      kind: "error",
      message: /nothing to retry/,
    });
    expect(await retryBackfill(database.db, "nope", "test", now)).toMatchObject({ kind: "notFound" });
  });
});
