// The OpenLineage export loop against a real Postgres, a real HTTP endpoint and a real file: runs written to the
// event log the way a run process writes them become START, COMPLETE and FAIL events that pass the specification,
// delivered after the runs ended, retried with backoff while the endpoint fails, and given up after a bound.
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { LineageExportSettings } from "../core/lineageExport/settings";
import { lineageEventProblems } from "../core/openlineage/validateEvent";
import { dailyPartitionsSnapshot } from "../core/partitions";
import { definitionOf } from "../core/partitions/testing";
import { buildAssetNode } from "../core/testing";
import { lineageEventsOfStoredRun, MAX_LINEAGE_ATTEMPTS } from "../orchestration/lineageExport/lineageExport";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../store/codeLocations";
import { readLineageExportStatus } from "../store/lineageOutbox";
import { appendRunEvents } from "../store/runEvents";
import { createRun, finishRun } from "../store/runs";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { lineageExportLoop } from "./lineageExportDaemon";

const NS = "strata://producer-test";
let database: TestDatabase;
let server: Server;
let endpoint: string;
/** Statuses the endpoint answers with, in order; 200 once they run out. */
let answers: number[] = [];
const received: { body: Record<string, unknown>; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const status = answers.shift() ?? 200;
      if (status === 200) received.push({ body: JSON.parse(body), headers: request.headers });
      response.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "" : "busy, try later");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/lineage`;
});
afterAll(() => server?.close());

beforeEach(async () => {
  database = await createTestDatabase();
  answers = [];
  received.length = 0;
  await upsertCodeLocation(database.db, "warehouse", "/nowhere/warehouse.ts");
  await saveDefinitionsSnapshot(database.db, "warehouse", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("raw/events"),
      buildAssetNode("raw/users"),
      buildAssetNode("analytics/fact_events", {
        deps: ["raw/events", "raw/users"],
        partitionsDefinition: definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" })),
        metadata: {
          lineage: {
            type: "column_lineage",
            value: { depsByColumn: { user_id: [{ assetKey: ["raw", "users"], column: "id" }] } },
          },
        },
      }),
      buildAssetNode("analytics/report", { deps: ["analytics/fact_events"] }),
    ],
  });
});
afterEach(async () => database?.drop());

const at = (iso: string) => new Date(iso);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** A run as a run process records it: the fact table materializes a partition and is checked, the report fails. */
async function recordRun(): Promise<string> {
  const location = await database.db.codeLocation.findUniqueOrThrow({ where: { name: "warehouse" } });
  const run = await createRun(database.db, {
    codeLocationName: "warehouse",
    snapshotId: location.currentSnapshotId,
    assetKeys: ["analytics/fact_events", "analytics/report"],
    partitions: { kind: "key", key: "2026-03-01" },
    jobName: "daily_analytics",
    launchedBy: "test",
  });
  const fact = { stepKey: "analytics/fact_events", assetKey: ["analytics", "fact_events"], partitionKey: "2026-03-01" };
  const report = { stepKey: "analytics/report", assetKey: ["analytics", "report"], partitionKey: null };
  await appendRunEvents(database.db, run.id, [
    { ...fact, eventType: "STEP_START", attempt: 1, message: "Started." },
    {
      ...fact,
      eventType: "ASSET_MATERIALIZATION",
      message: "Materialized.",
      metadata: {
        row_count: { type: "int", value: 1200 },
        columns: { type: "table_schema", value: { columns: [{ name: "user_id", type: "int" }] } },
      },
    },
    {
      ...fact,
      eventType: "ASSET_CHECK_EVALUATION",
      message: "Check passed.",
      extra: { checkName: "no_null_user_ids", status: "SUCCEEDED", severity: "ERROR", blocking: true },
    },
    { ...fact, eventType: "STEP_SUCCESS", message: "Succeeded." },
    { ...report, eventType: "STEP_START", attempt: 1, message: "Started." },
    {
      ...report,
      eventType: "STEP_FAILURE",
      level: "ERROR",
      attempt: 1,
      error: { message: "division by zero", stack: "Error: division by zero\n    at report.ts:3" },
      extra: { willRetry: false },
      message: "Attempt 1 failed: division by zero",
    },
  ]);
  await finishRun(database.db, run.id, "FAILURE", "A step failed.");
  return run.id;
}

const outbox = () =>
  database.db.lineageOutboxEvent.findMany({
    orderBy: { id: "asc" },
    select: { stepKey: true, eventType: true, status: true, attempts: true, nextAttemptAt: true, error: true },
  });

it("delivers START, COMPLETE and FAIL over HTTP after the run ended, retrying with backoff while the endpoint fails", async () => {
  const settings: LineageExportSettings = {
    namespace: NS,
    transport: { type: "http", url: endpoint, apiKey: { env: "LINEAGE_API_KEY" }, timeoutMs: 5_000 },
  };
  // No jitter: each retry waits half its step (2.5 s after the first failure).
  const loop = lineageExportLoop(database.db, settings, {
    environment: { LINEAGE_API_KEY: "s3cret" },
    random: () => 0,
  });
  // The first tick only sets the cursor: what happened before the export was configured is not sent.
  expect(await loop.tick(at("2026-03-02T06:00:00Z"))).toEqual({ queued: 0, sent: 0, problem: null });

  const runId = await recordRun();
  const ended = await database.db.run.findUniqueOrThrow({ where: { id: runId } });
  expect(ended.status).toBe("FAILURE");
  expect(ended.endTime).not.toBeNull();

  answers = [503, 503];
  const t1 = at("2026-03-02T06:01:00Z");
  expect(await loop.tick(t1)).toEqual({
    queued: 4,
    sent: 0,
    problem: `${endpoint} answered HTTP 503: busy, try later`,
  });
  expect((await outbox()).map((e) => [e.stepKey, e.eventType, e.status, e.attempts])).toEqual([
    ["analytics/fact_events", "START", "PENDING", 1],
    ["analytics/fact_events", "COMPLETE", "PENDING", 0],
    ["analytics/report", "START", "PENDING", 0],
    ["analytics/report", "FAIL", "PENDING", 0],
  ]);
  expect((await outbox())[0]?.nextAttemptAt).toEqual(later(t1, 2_500));

  // The fact table's COMPLETE waits for its START; the report's START goes ahead, and fails too.
  expect((await loop.tick(later(t1, 1_000))).problem).toMatch(/HTTP 503/);
  expect((await outbox()).map((e) => e.attempts)).toEqual([1, 0, 1, 0]);
  expect(received).toHaveLength(0);
  // Nothing is due while both wait for their retries; the failure stays the loop's problem until one goes through.
  expect(await loop.tick(later(t1, 2_000))).toEqual({
    queued: 0,
    sent: 0,
    problem: `${endpoint} answered HTTP 503: busy, try later`,
  });
  expect(await loop.tick(later(t1, 3_000))).toEqual({ queued: 0, sent: 2, problem: null });
  expect(await loop.tick(later(t1, 4_000))).toEqual({ queued: 0, sent: 2, problem: null });
  expect((await outbox()).map((e) => [e.eventType, e.status, e.attempts, e.error])).toEqual([
    ["START", "SENT", 2, null],
    ["COMPLETE", "SENT", 1, null],
    ["START", "SENT", 2, null],
    ["FAIL", "SENT", 1, null],
  ]);

  const events = received.map((r) => r.body);
  expect(events.map((e) => [(e.job as { name: string }).name, e.eventType])).toEqual([
    ["analytics/fact_events", "START"],
    ["analytics/fact_events", "COMPLETE"],
    ["analytics/report", "START"],
    ["analytics/report", "FAIL"],
  ]);
  for (const event of events) expect(lineageEventProblems(event)).toEqual([]);
  expect(received.every((r) => r.headers.authorization === "Bearer s3cret")).toBe(true);
  expect(received[1]?.body).toMatchObject({
    run: {
      facets: {
        parent: { run: { runId }, job: { namespace: NS, name: "daily_analytics" } },
        strata_partition: { key: "2026-03-01" },
        nominalTime: { nominalStartTime: "2026-03-01T00:00:00.000Z", nominalEndTime: "2026-03-02T00:00:00.000Z" },
      },
    },
    inputs: [
      { namespace: NS, name: "raw/events" },
      { namespace: NS, name: "raw/users" },
    ],
    outputs: [
      {
        namespace: NS,
        name: "analytics/fact_events",
        facets: {
          schema: { fields: [{ name: "user_id", type: "int", ordinal_position: 1 }] },
          columnLineage: { fields: { user_id: { inputFields: [{ namespace: NS, name: "raw/users", field: "id" }] } } },
          dataQualityAssertions: { assertions: [{ assertion: "no_null_user_ids", success: true, severity: "error" }] },
        },
        outputFacets: { outputStatistics: { rowCount: 1200 } },
      },
    ],
  });
  expect(received[3]?.body).toMatchObject({
    run: { facets: { errorMessage: { message: "division by zero", programmingLanguage: "TypeScript" } } },
  });

  // Delivery wrote nothing to the run: it ended before the first attempt and is as it was.
  expect(await database.db.run.findUniqueOrThrow({ where: { id: runId } })).toEqual(ended);
  // What a consumer of this instance receives is what the run's stored events say now.
  expect(await lineageEventsOfStoredRun(database.db, runId, NS)).toEqual(events);
  // Nothing is sent twice.
  expect(await loop.tick(later(t1, 60_000))).toEqual({ queued: 0, sent: 0, problem: null });
  expect(received).toHaveLength(4);
});

it("appends one line per event to a file", async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "strata-lineage-")), "out", "lineage.jsonl");
  const loop = lineageExportLoop(database.db, { namespace: NS, transport: { type: "file", path: file } });
  await loop.tick(at("2026-03-02T06:00:00Z"));
  const runId = await recordRun();
  expect(await loop.tick(at("2026-03-02T06:01:00Z"))).toEqual({ queued: 4, sent: 4, problem: null });
  const lines = (await readFile(file, "utf8")).split("\n");
  expect(lines.at(-1)).toBe("");
  const events = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(events.map((e) => e.eventType)).toEqual(["START", "COMPLETE", "START", "FAIL"]);
  for (const event of events) expect(lineageEventProblems(event)).toEqual([]);
  expect(events).toEqual(await lineageEventsOfStoredRun(database.db, runId, NS));
});

/** A local URL nothing listens on. */
async function closedUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/lineage`;
}

it("gives an event up after the bound, keeping its last error, while an endpoint stays down", async () => {
  const down = await closedUrl();
  const log: string[] = [];
  const loop = lineageExportLoop(
    database.db,
    { namespace: NS, transport: { type: "http", url: down, apiKey: null, timeoutMs: 5_000 } },
    { log: (line) => log.push(line) },
  );
  let now = at("2026-03-02T06:00:00Z");
  await loop.tick(now);
  const runId = await recordRun();
  expect((await database.db.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("FAILURE");
  for (let attempt = 1; attempt <= MAX_LINEAGE_ATTEMPTS; attempt++) {
    now = later(now, 31 * 60_000);
    expect((await loop.tick(now)).problem).toBe(`Posting to ${down} failed: fetch failed (ECONNREFUSED)`);
  }
  // Said when it began failing and when an event was given up, not at every tick.
  expect(log).toEqual([
    `OpenLineage: sending START of step analytics/fact_events in run ${runId} failed: Posting to ${down} failed: fetch failed (ECONNREFUSED) Retrying with backoff.`,
    `OpenLineage: gave up START of step analytics/fact_events in run ${runId} after ${MAX_LINEAGE_ATTEMPTS} attempts: Posting to ${down} failed: fetch failed (ECONNREFUSED)`,
  ]);
  const [first, ...rest] = await outbox();
  expect(first).toMatchObject({ eventType: "START", status: "FAILED", attempts: MAX_LINEAGE_ATTEMPTS });
  expect(first?.error).toBe(`Posting to ${down} failed: fetch failed (ECONNREFUSED)`);
  // Each tick tried the oldest event once; the rest wait their turn.
  expect(rest.map((e) => [e.eventType, e.status, e.attempts])).toEqual([
    ["COMPLETE", "PENDING", 0],
    ["START", "PENDING", 0],
    ["FAIL", "PENDING", 0],
  ]);
  const status = await readLineageExportStatus(database.db);
  expect(status).toMatchObject({ pending: 3, sent: 0, failed: 1 });
  expect(status.lastFailure).toMatchObject({ runId, stepKey: "analytics/fact_events", eventType: "START", at: now });
  // Once its START is given up, the step's COMPLETE is no longer held back.
  await loop.tick(later(now, 1_000));
  expect((await outbox()).map((e) => [e.eventType, e.attempts])).toEqual([
    ["START", MAX_LINEAGE_ATTEMPTS],
    ["COMPLETE", 1],
    ["START", 0],
    ["FAIL", 0],
  ]);
});

it("says which API key is missing rather than sending without it", async () => {
  const loop = lineageExportLoop(
    database.db,
    { namespace: NS, transport: { type: "http", url: endpoint, apiKey: { env: "NOT_SET_KEY" }, timeoutMs: 5_000 } },
    { environment: {} },
  );
  await loop.tick(at("2026-03-02T06:00:00Z"));
  await recordRun();
  expect((await loop.tick(at("2026-03-02T06:01:00Z"))).problem).toBe(
    "The environment variable NOT_SET_KEY holding the OpenLineage API key is not set for the daemon.",
  );
  expect(received).toHaveLength(0);
});

it("queues a step whose event committed after the cursor had passed its id", async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "strata-lineage-")), "lineage.jsonl");
  const loop = lineageExportLoop(database.db, { namespace: NS, transport: { type: "file", path: file } });
  await loop.tick(at("2026-03-02T06:00:00Z"));
  const newRun = (asset: string) =>
    createRun(database.db, { codeLocationName: "warehouse", snapshotId: null, assetKeys: [asset], launchedBy: "test" });
  const slow = await newRun("raw/events");
  const quick = await newRun("raw/users");
  const start = (asset: string) => ({
    stepKey: asset,
    assetKey: asset.split("/"),
    eventType: "STEP_START",
    attempt: 1,
    message: "Started.",
  });
  await database.db.$transaction(async (tx) => {
    // The slow run's event takes its id first and commits last.
    await appendRunEvents(tx, slow.id, [start("raw/events")]);
    await appendRunEvents(database.db, quick.id, [start("raw/users")]);
    expect(await loop.tick(at("2026-03-02T06:01:00Z"))).toMatchObject({ queued: 1, sent: 1 });
  });
  expect(await loop.tick(at("2026-03-02T06:01:02Z"))).toMatchObject({ queued: 1, sent: 1 });
  expect(await loop.tick(at("2026-03-02T06:01:04Z"))).toMatchObject({ queued: 0, sent: 0 });
  const lines = (await readFile(file, "utf8")).trim().split("\n");
  expect(lines.map((line) => (JSON.parse(line) as { job: { name: string } }).job.name)).toEqual([
    "raw/users",
    "raw/events",
  ]);
});
