// Partition status derived from run events in the event's transaction, against a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionKeySpace } from "../core/partitions";
import type { PartitionKeySpace, PartitionsDefinitionSnapshot } from "../core/partitions/types";
import { readPartitionStatus } from "./partitionStatus";
import { appendRunEvents, type EventInput } from "./runEvents";
import { type RunPartitionColumns, runPartitions } from "./runPartitions";
import { createRun, finishRun } from "./runs";
import { hundredThousandHourly, januaryDaily, regions, savePartitionedLocation } from "./testing/partitionedLocation";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await savePartitionedLocation(database.db);
});
afterAll(async () => database?.drop());

const spaceOf = (definition: PartitionsDefinitionSnapshot): PartitionKeySpace =>
  partitionKeySpace(definition, { now: new Date(), dynamicKeys: () => [] });

/** A run whose partitions are given as they are stored. */
async function run(assetKey: string, columns: Partial<RunPartitionColumns>, withSnapshot = true) {
  const partitions = runPartitions({
    partitionKey: null,
    partitionRangeStart: null,
    partitionRangeEnd: null,
    ...columns,
  });
  return createRun(database.db, {
    codeLocationName: "partitioned",
    snapshotId: withSnapshot ? snapshotId : null,
    assetKeys: [assetKey],
    launchedBy: "test",
    partitions,
  });
}

const step = (assetKey: string, eventType: string, extra: Partial<EventInput> = {}): EventInput => ({
  eventType,
  stepKey: assetKey,
  assetKey: assetKey.split("/"),
  message: eventType,
  ...extra,
});

describe("a single-partition run", () => {
  it("marks the partition in progress, then materialized", async () => {
    const r = await run("regional", { partitionKey: "eu" });
    await appendRunEvents(database.db, r.id, [step("regional", "STEP_START", { partitionKey: "eu" })]);
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [],
      failed: [],
      inProgress: [[1, 1]],
    });
    await appendRunEvents(database.db, r.id, [
      step("regional", "ASSET_MATERIALIZATION", { partitionKey: "eu" }),
      step("regional", "STEP_SUCCESS", { partitionKey: "eu" }),
    ]);
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [[1, 1]],
      failed: [],
      inProgress: [],
    });
  });

  it("a retried failure changes nothing; the final failure marks the partition failed, even after an earlier success", async () => {
    const r = await run("regional", { partitionKey: "eu" });
    await appendRunEvents(database.db, r.id, [
      step("regional", "STEP_START", { partitionKey: "eu" }),
      step("regional", "STEP_FAILURE", { partitionKey: "eu", extra: { willRetry: true } }),
    ]);
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [[1, 1]],
      failed: [],
      inProgress: [[1, 1]],
    });
    await appendRunEvents(database.db, r.id, [
      step("regional", "STEP_FAILURE", { partitionKey: "eu", extra: { willRetry: false } }),
    ]);
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [],
      failed: [[1, 1]],
      inProgress: [],
    });
  });

  it("steps that finishRun closes end the partition's progress: a running step fails, a pending one is skipped", async () => {
    const failing = await run("regional", { partitionKey: "us" });
    await appendRunEvents(database.db, failing.id, [step("regional", "STEP_START", { partitionKey: "us" })]);
    await finishRun(database.db, failing.id, "FAILURE", "The worker died.");
    expect((await readPartitionStatus(database.db, "regional", spaceOf(regions))).failed).toEqual([[0, 1]]);

    const canceled = await run("regional", { partitionKey: "apac" });
    await appendRunEvents(database.db, canceled.id, [step("regional", "STEP_START", { partitionKey: "apac" })]);
    expect((await readPartitionStatus(database.db, "regional", spaceOf(regions))).inProgress).toEqual([[2, 2]]);
    await finishRun(database.db, canceled.id, "CANCELED", "Canceled by request.");
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [],
      failed: [[0, 1]],
      inProgress: [],
    });
  });

  it("records nothing for runs without a snapshot, unpartitioned assets, or keys outside the definition", async () => {
    const noSnapshot = await run("daily", { partitionKey: "2024-01-02" }, false);
    await appendRunEvents(database.db, noSnapshot.id, [
      step("daily", "STEP_START", { partitionKey: "2024-01-02" }),
      step("daily", "ASSET_MATERIALIZATION", { partitionKey: "2024-01-02" }),
    ]);
    const plain = await run("plain", {});
    await appendRunEvents(database.db, plain.id, [step("plain", "STEP_START"), step("plain", "ASSET_MATERIALIZATION")]);
    const outside = await run("daily", { partitionKey: "2030-01-01" });
    await appendRunEvents(database.db, outside.id, [
      step("daily", "ASSET_MATERIALIZATION", { partitionKey: "2030-01-01" }),
    ]);
    expect(
      await database.db.assetPartitionStatus.findMany({ where: { assetKey: { in: ["daily", "plain"] } } }),
    ).toEqual([]);
  });
});

describe("a range run", () => {
  it("marks the whole range in progress and, on failure, fails only the partitions it did not materialize", async () => {
    const r = await run("daily_ranged", { partitionRangeStart: "2024-01-10", partitionRangeEnd: "2024-01-19" });
    const range = { extra: { partitionRange: { start: "2024-01-10", end: "2024-01-19" } } };
    await appendRunEvents(database.db, r.id, [step("daily_ranged", "STEP_START", range)]);
    const space = spaceOf(januaryDaily);
    expect(await readPartitionStatus(database.db, "daily_ranged", space)).toEqual({
      materialized: [],
      failed: [],
      inProgress: [[9, 18]],
    });
    await appendRunEvents(
      database.db,
      r.id,
      ["2024-01-10", "2024-01-11", "2024-01-12"].map((partitionKey) =>
        step("daily_ranged", "ASSET_MATERIALIZATION", { partitionKey }),
      ),
    );
    await finishRun(database.db, r.id, "FAILURE", "Missing partitions 2024-01-13…2024-01-19.");
    expect(await readPartitionStatus(database.db, "daily_ranged", space)).toEqual({
      materialized: [[9, 11]],
      failed: [[12, 18]],
      inProgress: [],
    });
  });

  it("keeps 100,000 partitions in one row of a few ranges", async () => {
    const space = spaceOf(hundredThousandHourly);
    expect(space.size).toBe(100_000);
    const all = await run("hourly", { partitionRangeStart: space.keyAt(0), partitionRangeEnd: space.keyAt(99_999) });
    const allRange = { extra: { partitionRange: { start: space.keyAt(0), end: space.keyAt(99_999) } } };
    await appendRunEvents(database.db, all.id, [
      step("hourly", "STEP_START", allRange),
      step("hourly", "STEP_SUCCESS", allRange),
    ]);
    const failing = await run("hourly", {
      partitionRangeStart: space.keyAt(50_000),
      partitionRangeEnd: space.keyAt(59_999),
    });
    const failingRange = { extra: { partitionRange: { start: space.keyAt(50_000), end: space.keyAt(59_999) } } };
    await appendRunEvents(database.db, failing.id, [
      step("hourly", "STEP_START", failingRange),
      step("hourly", "STEP_FAILURE", { ...failingRange, extra: { ...failingRange.extra, willRetry: false } }),
    ]);
    const single = await run("hourly", { partitionKey: space.keyAt(70_000) });
    await appendRunEvents(database.db, single.id, [
      step("hourly", "ASSET_MATERIALIZATION", { partitionKey: space.keyAt(70_000) }),
    ]);

    const started = performance.now();
    const status = await readPartitionStatus(database.db, "hourly", space);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(status).toEqual({ materialized: [[70_000, 70_000]], failed: [[50_000, 59_999]], inProgress: [] });
    const rows = await database.db.assetPartitionStatus.findMany({ where: { assetKey: "hourly" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.failed).toEqual([[space.keyAt(50_000), space.keyAt(59_999)]]);
    expect(JSON.stringify(rows[0]).length).toBeLessThan(500);
  });
});

it("concurrent runs of one asset lose no update", async () => {
  const space = spaceOf(januaryDaily);
  const keys = space.keys();
  const runs = await Promise.all(keys.map((partitionKey) => run("daily", { partitionKey })));
  await Promise.all(
    runs.map((r, i) =>
      appendRunEvents(database.db, r.id, [
        step("daily", "STEP_START", { partitionKey: keys[i] }),
        step("daily", "ASSET_MATERIALIZATION", { partitionKey: keys[i] }),
        step("daily", "STEP_SUCCESS", { partitionKey: keys[i] }),
      ]),
    ),
  );
  expect(await readPartitionStatus(database.db, "daily", space)).toEqual({
    materialized: [[0, 30]],
    failed: [],
    inProgress: [],
  });
});

describe("a batch of events", () => {
  it("applies one batch's start, materialization and end in event order, per asset, as one event after another would", async () => {
    const r = await run("regional", { partitionKey: "apac" });
    const other = await run("daily", { partitionKey: "2024-01-03" });
    // One batch: apac starts and ends materialized; in the same transaction another asset's partition starts.
    await appendRunEvents(database.db, r.id, [
      step("regional", "STEP_START", { partitionKey: "apac" }),
      step("daily", "STEP_START", { partitionKey: "2024-01-03", stepKey: "daily" }),
      step("regional", "ASSET_MATERIALIZATION", { partitionKey: "apac" }),
      step("regional", "STEP_SUCCESS", { partitionKey: "apac" }),
    ]);
    // Earlier tests left us and eu failed.
    expect(await readPartitionStatus(database.db, "regional", spaceOf(regions))).toEqual({
      materialized: [[2, 2]],
      failed: [[0, 1]],
      inProgress: [],
    });
    expect((await readPartitionStatus(database.db, "daily", spaceOf(januaryDaily))).inProgress).toEqual([[2, 2]]);
    await appendRunEvents(database.db, other.id, [
      step("daily", "STEP_START", { partitionKey: "2024-01-03" }),
      step("daily", "STEP_CANCELED", { partitionKey: "2024-01-03" }),
    ]);
    expect((await readPartitionStatus(database.db, "daily", spaceOf(januaryDaily))).inProgress).toEqual([]);
  });
});

describe("a run ended around a step whose start was never written", () => {
  it("fails the step, and its partition, when its code had started; skips it otherwise", async () => {
    const computed = await run("daily", { partitionKey: "2024-01-20" });
    await finishRun(database.db, computed.id, "FAILURE", "The run process exited unexpectedly.", {
      computedSteps: new Set(["daily"]),
    });
    const steps = await database.db.step.findMany({ where: { runId: computed.id }, select: { status: true } });
    expect(steps.map((step) => step.status)).toEqual(["FAILURE"]);
    expect((await readPartitionStatus(database.db, "daily", spaceOf(januaryDaily))).failed).toContainEqual([19, 19]);

    const unstarted = await run("daily", { partitionKey: "2024-01-21" });
    await finishRun(database.db, unstarted.id, "FAILURE", "The run process exited unexpectedly.");
    const skipped = await database.db.step.findMany({ where: { runId: unstarted.id }, select: { status: true } });
    expect(skipped.map((step) => step.status)).toEqual(["SKIPPED"]);
  });
});

describe("reading statuses", () => {
  it("reads a row again only once it has changed", async () => {
    const space = spaceOf(regions);
    const before = await readPartitionStatus(database.db, "regional", space);
    expect(await readPartitionStatus(database.db, "regional", space)).toBe(before);
    const r = await run("regional", { partitionKey: "eu" });
    await appendRunEvents(database.db, r.id, [step("regional", "STEP_START", { partitionKey: "eu" })]);
    const after = await readPartitionStatus(database.db, "regional", space);
    expect(after).not.toBe(before);
    expect(after.inProgress).toContainEqual([1, 1]);
  });
});
