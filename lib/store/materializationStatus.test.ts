// How a batch of a run's events is written, against a real Postgres: step-only batches in one statement, a batch's
// materializations in one status read and one upsert that still see each other, and a run's usual end in one statement.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import { buildAssetNode } from "../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "./codeLocations";
import { MaterializationStatusBatch, statusesAlongside } from "./materializationStatus";
import { appendLastRunEvents, appendRunEvents, type EventInput } from "./runEvents";
import { createRun, finishRun, runEndInBatch } from "./runs";
import { inSqlTransaction, sqlOf } from "./sql";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

const LOCATION = "batches";
const snapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [
    buildAssetNode("batch/raw", { codeVersion: "raw-v1" }),
    buildAssetNode("batch/clean", { deps: ["batch/raw"], codeVersion: "clean-v2" }),
    buildAssetNode("batch/report", { deps: ["batch/clean", "batch/raw"] }),
  ],
  checks: [],
};

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await upsertCodeLocation(database.db, LOCATION, "/nowhere/batches.ts");
  await saveDefinitionsSnapshot(database.db, LOCATION, snapshot);
  snapshotId = (await database.db.codeLocation.findUniqueOrThrow({ where: { name: LOCATION } })).currentSnapshotId!;
});
afterAll(async () => database?.drop());

const run = (assetKeys: string[]) =>
  createRun(database.db, { codeLocationName: LOCATION, snapshotId, assetKeys, launchedBy: "test" });

const event = (assetKey: string, eventType: string, extra: Partial<EventInput> = {}): EventInput => ({
  eventType,
  stepKey: assetKey,
  assetKey: assetKey.split("/"),
  message: eventType,
  ...extra,
});

const status = (assetKey: string) => database.db.assetStatus.findUnique({ where: { assetKey } });
const steps = async (runId: string) =>
  Object.fromEntries(
    (await database.db.step.findMany({ where: { runId } })).map((step) => [step.stepKey, step.status] as const),
  );

it("writes a batch of step starts and log lines with the step rows it changes", async () => {
  const r = await run(["batch/raw", "batch/clean"]);
  const ids = await appendRunEvents(database.db, r.id, [
    event("batch/raw", "STEP_START", { attempt: 1 }),
    { eventType: "LOG", stepKey: "batch/raw", message: "reading" },
    event("batch/clean", "STEP_START", { attempt: 1 }),
  ]);
  expect(ids).toHaveLength(3);
  expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
  const stored = await database.db.event.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  expect(stored.map((e) => [e.eventType, e.stepKey, e.runId])).toEqual([
    ["STEP_START", "batch/raw", r.id],
    ["LOG", "batch/raw", r.id],
    ["STEP_START", "batch/clean", r.id],
  ]);
  expect(await steps(r.id)).toEqual({ "batch/raw": "RUNNING", "batch/clean": "RUNNING" });
  const raw = await database.db.step.findFirstOrThrow({ where: { runId: r.id, stepKey: "batch/raw" } });
  expect(raw.startTime).not.toBeNull();
  expect(raw.attempt).toBe(1);
  // Nothing of an asset's status comes from a step's start.
  expect(await status("batch/raw")).toBeNull();
});

it("records each materialization's inputs from the upstream materializations of the same batch", async () => {
  const r = await run(["batch/raw", "batch/clean", "batch/report"]);
  const ids = await appendRunEvents(database.db, r.id, [
    event("batch/raw", "ASSET_MATERIALIZATION"),
    event("batch/raw", "STEP_SUCCESS"),
    event("batch/clean", "ASSET_MATERIALIZATION", { extra: { dataVersion: "v42" } }),
    event("batch/clean", "STEP_SUCCESS"),
    event("batch/report", "ASSET_MATERIALIZATION"),
    event("batch/report", "STEP_SUCCESS"),
  ]);
  const [rawId, , cleanId, , reportId] = ids;
  expect(await status("batch/raw")).toMatchObject({
    lastMaterializationEventId: rawId,
    lastMaterializationRunId: r.id,
    lastCodeVersion: "raw-v1",
    lastUpstreamVersions: {},
  });
  expect(await status("batch/clean")).toMatchObject({
    lastMaterializationEventId: cleanId,
    lastMaterializationDataVersion: "v42",
    lastCodeVersion: "clean-v2",
    lastUpstreamVersions: { "batch/raw": `materialization:${rawId}` },
  });
  expect(await status("batch/report")).toMatchObject({
    lastMaterializationEventId: reportId,
    lastCodeVersion: null,
    lastUpstreamVersions: { "batch/clean": "data:v42", "batch/raw": `materialization:${rawId}` },
  });
  expect(await steps(r.id)).toEqual({ "batch/raw": "SUCCESS", "batch/clean": "SUCCESS", "batch/report": "SUCCESS" });
});

it("keeps a later materialization of an asset in one batch, and an observation between them in order", async () => {
  const r = await run(["batch/raw", "batch/clean"]);
  const at = (seconds: number) => ({ timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, seconds)) });
  const ids = await appendRunEvents(database.db, r.id, [
    event("batch/raw", "ASSET_MATERIALIZATION", at(0)),
    event("batch/raw", "ASSET_MATERIALIZATION", { ...at(1), extra: { dataVersion: "second" } }),
    event("batch/clean", "ASSET_MATERIALIZATION", at(2)),
    event("batch/raw", "ASSET_OBSERVATION", { ...at(3), extra: { dataVersion: "observed" } }),
    event("batch/clean", "ASSET_MATERIALIZATION", at(4)),
  ]);
  expect(await status("batch/raw")).toMatchObject({
    lastMaterializationEventId: ids[1],
    lastMaterializationDataVersion: "second",
    lastObservationDataVersion: "observed",
  });
  // The second materialization of clean read raw after the observation: observed later than materialized.
  expect((await status("batch/clean"))?.lastUpstreamVersions).toEqual({ "batch/raw": "data:observed" });
  expect((await status("batch/clean"))?.lastMaterializationEventId).toBe(ids[4]);
});

it("ends a run whose steps all ended once, in one statement, and closes open steps the long way", async () => {
  const done = await run(["batch/raw"]);
  await appendRunEvents(database.db, done.id, [event("batch/raw", "STEP_START"), event("batch/raw", "STEP_SUCCESS")]);
  expect(await finishRun(database.db, done.id, "SUCCESS", "All done.")).toBe(true);
  expect(await finishRun(database.db, done.id, "FAILURE", "Too late.")).toBe(false);
  const ends = await database.db.event.findMany({
    where: { runId: done.id, eventType: { in: ["RUN_SUCCESS", "RUN_FAILURE"] } },
  });
  expect(ends.map((e) => [e.eventType, e.level, e.message])).toEqual([["RUN_SUCCESS", "INFO", "All done."]]);
  expect((await database.db.run.findUniqueOrThrow({ where: { id: done.id } })).status).toBe("SUCCESS");

  const open = await run(["batch/raw", "batch/clean"]);
  await appendRunEvents(database.db, open.id, [event("batch/raw", "STEP_START")]);
  expect(await finishRun(database.db, open.id, "FAILURE", "Crashed.")).toBe(true);
  expect(await steps(open.id)).toEqual({ "batch/raw": "FAILURE", "batch/clean": "SKIPPED" });
  const failure = await database.db.event.findFirstOrThrow({ where: { runId: open.id, eventType: "RUN_FAILURE" } });
  expect([failure.level, failure.message]).toEqual(["ERROR", "Crashed."]);
});

it("reads statuses alongside a batch's rows exactly as their own read does", async () => {
  // Rows the tests above left: materialized and observed, materialized only, and an asset without a row.
  const keys = ["batch/raw", "batch/clean", "batch/nowhere"];
  const tx = sqlOf(database.db);
  const [row] = await tx.query<{ read: unknown }>(
    { name: "test_statuses_alongside", text: `SELECT (${statusesAlongside(1)}) AS "read"` },
    [keys],
  );
  const alongside = new MaterializationStatusBatch(tx);
  alongside.seed(keys, row?.read);
  const own = await new MaterializationStatusBatch(tx).statuses(keys);
  expect(own.get("batch/raw")?.lastObservationAt).toBeInstanceOf(Date);
  expect(own.get("batch/nowhere")).toBeUndefined();
  expect(await alongside.statuses(keys)).toEqual(own);
});

it("ends a run with its last events in their statement, once they close its last open step, its end event last", async () => {
  const r = await run(["batch/raw", "batch/clean"]);
  await appendRunEvents(database.db, r.id, [event("batch/raw", "STEP_START"), event("batch/raw", "STEP_SUCCESS")]);
  // batch/clean is still pending: the events are written, the run goes on.
  expect(
    await appendLastRunEvents(database.db, r.id, [event("batch/raw", "LOG")], runEndInBatch(r.id, "SUCCESS", "Early.")),
  ).toBe(false);
  expect((await database.db.run.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("QUEUED");
  const ended = await appendLastRunEvents(
    database.db,
    r.id,
    [
      event("batch/clean", "STEP_START"),
      event("batch/clean", "ASSET_MATERIALIZATION"),
      event("batch/clean", "STEP_SUCCESS"),
    ],
    runEndInBatch(r.id, "SUCCESS", "All done."),
  );
  expect(ended).toBe(true);
  const stored = await database.db.run.findUniqueOrThrow({ where: { id: r.id } });
  expect([stored.status, stored.endTime]).toEqual(["SUCCESS", expect.any(Date)]);
  expect(await steps(r.id)).toEqual({ "batch/raw": "SUCCESS", "batch/clean": "SUCCESS" });
  const events = await database.db.event.findMany({ where: { runId: r.id }, orderBy: { id: "asc" } });
  expect(events.map((e) => e.eventType).slice(-4)).toEqual([
    "STEP_START",
    "ASSET_MATERIALIZATION",
    "STEP_SUCCESS",
    "RUN_SUCCESS",
  ]);
  expect(events.at(-1)?.message).toBe("All done.");
  expect((await status("batch/clean"))?.lastMaterializationRunId).toBe(r.id);
  // Ended already: the same end writes its events and says so.
  expect(
    await appendLastRunEvents(
      database.db,
      r.id,
      [event("batch/clean", "LOG")],
      runEndInBatch(r.id, "FAILURE", "Late."),
    ),
  ).toBe(false);
  expect((await database.db.run.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUCCESS");
});

it("reads a partition status row as the run it waited on committed it, locked", async () => {
  const assetKey = "batch/partitioned";
  await database.db.assetPartitionStatus.create({ data: { assetKey } });
  await database.db.assetStatus.create({ data: { assetKey } });
  // Another run of the asset, not committed yet: it holds the asset's status row and has changed its partitions.
  const other = new pg.Client({ connectionString: database.url });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(`UPDATE "AssetStatus" SET "updatedAt" = now() WHERE "assetKey" = $1`, [assetKey]);
    await other.query(`UPDATE "AssetPartitionStatus" SET "materialized" = '[["a","a"]]' WHERE "assetKey" = $1`, [
      assetKey,
    ]);
    const read = inSqlTransaction(database.db, async (tx) => {
      const batch = new MaterializationStatusBatch(tx);
      batch.materialize(
        assetKey,
        { eventId: 1n, at: new Date(), runId: null, dataVersion: null },
        { assetKey, partitionKey: "b", eventId: 1n, codeVersion: null, at: new Date() },
      );
      const rows = await batch.write([assetKey]);
      // Held for the rest of the transaction: another writer of the row would wait.
      const probe = new pg.Client({ connectionString: database.url });
      await probe.connect();
      const attempt = await probe
        .query(`SELECT 1 FROM "AssetPartitionStatus" WHERE "assetKey" = $1 FOR UPDATE NOWAIT`, [assetKey])
        .then(
          () => "free",
          (error: { code?: string }) => error.code,
        )
        .finally(() => probe.end());
      return { row: rows.get(assetKey), attempt };
    });
    await expect.poll(waitingForRowLock, { timeout: 10_000 }).toBe(1);
    await other.query("COMMIT");
    const { row, attempt } = await read;
    // As committed, not as it was when the statement began: a write only if unchanged then succeeds.
    const [committed] = await database.db.$queryRaw<{ version: string }[]>`
      SELECT xmin::text AS "version" FROM "AssetPartitionStatus" WHERE "assetKey" = ${assetKey}`;
    expect(row?.materialized).toEqual([["a", "a"]]);
    expect(row?.version).toBe(committed?.version);
    expect(attempt).toBe("55P03"); // lock_not_available
  } finally {
    await other.end();
  }
});

async function waitingForRowLock(): Promise<number> {
  const [row] = await database.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity
    WHERE wait_event_type = 'Lock' AND datname = current_database()`;
  return row?.count ?? 0;
}
