// Retention against a real Postgres: old runs and compute logs go, the latest materializations and runs of a backfill in
// progress stay, and a dry run deletes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneHistory } from "./retention";
import { appendRunEvents, type EventInput } from "./runEvents";
import { createRun, finishRun } from "./runs";
import { savePartitionedLocation } from "./testing/partitionedLocation";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await savePartitionedLocation(database.db);
});
afterAll(async () => database?.drop());

const NOW = new Date("2026-12-05T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const event = (assetKey: string, eventType: string, partitionKey?: string): EventInput => ({
  eventType,
  stepKey: assetKey,
  assetKey: assetKey.split("/"),
  message: eventType,
  ...(partitionKey ? { partitionKey } : {}),
});

/** A finished run of one asset that ended `ageDays` ago, materializing it (or a partition of it), with a compute log. */
async function finishedRun(
  assetKey: string,
  ageDays: number,
  options: { partitionKey?: string; materialize?: boolean; backfillId?: string } = {},
) {
  const run = await createRun(database.db, {
    codeLocationName: "partitioned",
    snapshotId,
    assetKeys: [assetKey],
    launchedBy: "test",
    partitions: options.partitionKey ? { kind: "key", key: options.partitionKey } : null,
  });
  const events = [event(assetKey, "STEP_START", options.partitionKey)];
  if (options.materialize !== false) events.push(event(assetKey, "ASSET_MATERIALIZATION", options.partitionKey));
  await appendRunEvents(database.db, run.id, [...events, event(assetKey, "STEP_SUCCESS", options.partitionKey)]);
  await database.db.computeLog.create({
    data: { runId: run.id, stepKey: assetKey, stream: "STDOUT", chunk: "hello\n" },
  });
  await finishRun(database.db, run.id, "SUCCESS", "done");
  await database.db.run.update({
    where: { id: run.id },
    data: { endTime: daysAgo(ageDays), ...(options.backfillId ? { backfillId: options.backfillId } : {}) },
  });
  return run.id;
}

const exists = async (runId: string) => (await database.db.run.count({ where: { id: runId } })) === 1;
const logsOf = (runId: string) => database.db.computeLog.count({ where: { runId } });

describe("pruneHistory", () => {
  let olderOfEu: string;
  let latestOfEu: string;
  let withoutMaterialization: string;
  let latestOfUs: string;
  let recent: string;
  let inBackfill: string;

  beforeAll(async () => {
    olderOfEu = await finishedRun("regional", 100, { partitionKey: "eu" });
    latestOfUs = await finishedRun("regional", 90, { partitionKey: "us" });
    withoutMaterialization = await finishedRun("regional", 80, { partitionKey: "eu", materialize: false });
    latestOfEu = await finishedRun("regional", 70, { partitionKey: "eu" });
    recent = await finishedRun("regional", 1, { partitionKey: "apac", materialize: false });
    await database.db.backfill.create({
      data: { id: "bf000001", targets: {}, strategy: "ONE_RUN_PER_PARTITION", status: "REQUESTED" },
    });
    inBackfill = await finishedRun("regional", 95, {
      partitionKey: "apac",
      materialize: false,
      backfillId: "bf000001",
    });
  });

  it("a dry run counts what would go and deletes nothing", async () => {
    const result = await pruneHistory(database.db, { runsDays: 30, computeLogsDays: 7 }, { now: NOW, dryRun: true });
    expect(result).toMatchObject({ runs: 2, keptForLatestMaterialization: 2 });
    expect(result.computeLogChunks).toBeGreaterThanOrEqual(4);
    for (const id of [olderOfEu, withoutMaterialization, latestOfUs, latestOfEu, recent, inBackfill])
      expect(await exists(id)).toBe(true);
  });

  it("deletes old runs with their events, keeps the latest materialization of each partition, recent runs and a running backfill's runs", async () => {
    const result = await pruneHistory(database.db, { runsDays: 30, computeLogsDays: null }, { now: NOW, runBatch: 1 });
    expect(result).toMatchObject({ runs: 2, keptForLatestMaterialization: 2, complete: true });
    expect(await exists(olderOfEu)).toBe(false);
    expect(await exists(withoutMaterialization)).toBe(false);
    expect(await database.db.event.count({ where: { runId: olderOfEu } })).toBe(0);
    // eu's latest materialization is the 70-day-old run (also the asset's latest); us's the 90-day-old one.
    expect(await exists(latestOfEu)).toBe(true);
    expect(await exists(latestOfUs)).toBe(true);
    expect(await exists(recent)).toBe(true);
    expect(await exists(inBackfill)).toBe(true);
  });

  it("deletes old compute logs and keeps recent ones", async () => {
    const result = await pruneHistory(database.db, { runsDays: null, computeLogsDays: 7 }, { now: NOW, logBatch: 1 });
    expect(result.computeLogChunks).toBe(2);
    expect(await logsOf(latestOfEu)).toBe(0);
    expect(await logsOf(latestOfUs)).toBe(0);
    expect(await logsOf(recent)).toBe(1);
    // A backfill still in progress keeps its runs whole.
    expect(await logsOf(inBackfill)).toBe(1);
  });

  it("stops after maxBatches and says the pass is not complete", async () => {
    await finishedRun("regional", 200, { partitionKey: "eu", materialize: false });
    await finishedRun("regional", 200, { partitionKey: "eu", materialize: false });
    const first = await pruneHistory(
      database.db,
      { runsDays: 30, computeLogsDays: null },
      { now: NOW, runBatch: 1, maxBatches: 1 },
    );
    expect(first).toMatchObject({ runs: 1, complete: false });
    const rest = await pruneHistory(database.db, { runsDays: 30, computeLogsDays: null }, { now: NOW, runBatch: 1 });
    expect(rest).toMatchObject({ runs: 1, complete: true });
  });
});
