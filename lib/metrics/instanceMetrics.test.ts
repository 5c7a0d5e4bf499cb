// /metrics against a real Postgres and a real worker: a scrape, a run launched and executed, another scrape in which
// the run counts, the queue wait, run and step histograms have moved; then backfills, freshness and the daemon's loops.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleSettingsSchema } from "../core/consoleSettings";
import { reloadCodeLocation } from "../executor/reloadCodeLocation";
import { type StrataWorker, startWorker } from "../executor/worker";
import { launchRun } from "../orchestration/runs/launchRun";
import { upsertCodeLocation } from "../store/codeLocations";
import { processIdentity, recordHeartbeat } from "../store/instanceHeartbeats";
import { createRun } from "../store/runs";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { createInstanceMetrics, type InstanceMetrics } from "./instanceMetrics";
import { createMetricsHandler } from "./metricsEndpoint";

let database: TestDatabase;
let metrics: InstanceMetrics;
let worker: StrataWorker | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  await upsertCodeLocation(database.db, "pipeline", path.resolve("lib/executor/testdata/pipeline.ts"));
  const loaded = await reloadCodeLocation(database.db, "pipeline");
  expect(loaded?.loadError).toBeNull();
  metrics = createInstanceMetrics(database.db);
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
});

/** Scrapes through the HTTP handler, as Prometheus would (sign-in off: the local admin). */
async function scrape(): Promise<string> {
  const handler = createMetricsHandler({
    db: database.db,
    settings: consoleSettingsSchema.parse({}),
    metrics,
  });
  const response = await handler(new Request("http://localhost:3000/metrics"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one sample line, e.g. sample(text, 'strata_runs{status="SUCCESS"}'); undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function waitForStatus(runId: string, statuses: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await database.db.run.findUniqueOrThrow({ where: { id: runId } });
    if (statuses.includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} is ${run.status}, expected ${statuses.join("/")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("/metrics", () => {
  it("sees a launched run in the run gauges, the queue and the queue wait, run and step duration histograms", async () => {
    const before = await scrape();
    expect(before).toContain("# HELP strata_runs Runs by status.");
    expect(before).toContain("# TYPE strata_step_duration_seconds histogram");
    expect(sample(before, 'strata_runs{status="SUCCESS"}')).toBe(0);
    expect(sample(before, "strata_run_queue_wait_seconds_count")).toBe(0);

    const launched = await launchRun(database.db, { selection: "+test/total", launchedBy: "test" });
    if (launched.kind !== "success") throw new Error(JSON.stringify(launched));
    const queued = await scrape();
    expect(sample(queued, 'strata_runs{status="QUEUED"}')).toBe(1);
    expect(sample(queued, "strata_run_queue_depth")).toBe(1);
    expect(sample(queued, "strata_run_queue_oldest_age_seconds")).toBeGreaterThanOrEqual(0);

    // The worker starts only now, so the run waits in the queue a measurable while.
    await new Promise((r) => setTimeout(r, 300));
    const storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-metrics-"));
    worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
    expect((await waitForStatus(launched.run.id, ["SUCCESS", "FAILURE"])).status).toBe("SUCCESS");

    const after = await scrape();
    expect(sample(after, 'strata_runs{status="SUCCESS"}')).toBe(1);
    expect(sample(after, 'strata_runs{status="QUEUED"}')).toBe(0);
    expect(sample(after, "strata_run_queue_depth")).toBe(0);
    expect(sample(after, "strata_run_queue_wait_seconds_count")).toBe(1);
    expect(sample(after, "strata_run_queue_wait_seconds_sum")).toBeGreaterThanOrEqual(0.3);
    expect(sample(after, 'strata_run_queue_wait_seconds_bucket{le="0.1"}')).toBe(0);
    expect(sample(after, 'strata_run_queue_wait_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(sample(after, 'strata_run_duration_seconds_count{status="SUCCESS"}')).toBe(1);
    expect(sample(after, 'strata_step_duration_seconds_count{status="SUCCESS"}')).toBe(2);
    expect(sample(after, 'strata_live_processes{kind="WORKER"}')).toBe(1);
    expect(sample(after, 'strata_worker_run_slots{state="total"}')).toBe(1);

    // Observed once: a scrape with nothing new leaves the histograms where they were.
    const again = await scrape();
    expect(sample(again, "strata_run_queue_wait_seconds_count")).toBe(1);
    expect(sample(again, 'strata_step_duration_seconds_count{status="SUCCESS"}')).toBe(2);
  });

  it("counts a step that fails after its retries once, as a failure", async () => {
    const launched = await launchRun(database.db, { selection: "test/flaky", launchedBy: "test" });
    if (launched.kind !== "success") throw new Error(JSON.stringify(launched));
    expect((await waitForStatus(launched.run.id, ["SUCCESS", "FAILURE"])).status).toBe("FAILURE");
    const text = await scrape();
    expect(sample(text, 'strata_runs{status="FAILURE"}')).toBe(1);
    expect(sample(text, 'strata_run_duration_seconds_count{status="FAILURE"}')).toBe(1);
    expect(sample(text, 'strata_step_duration_seconds_count{status="FAILURE"}')).toBe(1);
    expect(sample(text, 'strata_step_duration_seconds_count{status="SUCCESS"}')).toBe(2);
    expect(sample(text, "strata_run_queue_wait_seconds_count")).toBe(2);
  });

  it("shows each active backfill's progress, and freshness states", async () => {
    await database.db.backfill.create({
      data: { id: "bf-metrics", targets: {}, strategy: "ONE_RUN_PER_PARTITION", numRuns: 3, numSubmitted: 1 },
    });
    await createRun(database.db, {
      codeLocationName: "pipeline",
      snapshotId: null,
      assetKeys: ["test/numbers"],
      launchedBy: "test",
      backfillId: "bf-metrics",
      backfillRequestKey: "a",
    });
    await database.db.assetFreshness.createMany({
      data: [
        { assetKey: "a", status: "FRESH", reason: "", evaluatedAt: new Date(), statusChangedAt: new Date() },
        { assetKey: "b", status: "STALE", reason: "", evaluatedAt: new Date(), statusChangedAt: new Date() },
      ],
    });
    const text = await scrape();
    expect(sample(text, "strata_backfills_active")).toBe(1);
    expect(sample(text, 'strata_backfill_runs{backfill="bf-metrics",state="planned"}')).toBe(3);
    expect(sample(text, 'strata_backfill_runs{backfill="bf-metrics",state="submitted"}')).toBe(1);
    expect(sample(text, 'strata_asset_freshness{status="FRESH"}')).toBe(1);
    expect(sample(text, 'strata_asset_freshness{status="STALE"}')).toBe(1);
    expect(sample(text, 'strata_asset_freshness{status="WARN"}')).toBe(0);

    await database.db.backfill.update({ where: { id: "bf-metrics" }, data: { status: "COMPLETED" } });
    const done = await scrape();
    expect(sample(done, "strata_backfills_active")).toBe(0);
    expect(done).not.toContain('backfill="bf-metrics"');
  });

  it("reads the daemon's loops from its heartbeat: lag, failing, ticks and errors", async () => {
    const now = Date.now();
    await recordHeartbeat(database.db, processIdentity("DAEMON", "daemon:test"), {
      loops: {
        backfills: {
          intervalMs: 1000,
          lastTickAt: new Date(now - 4_000).toISOString(),
          lastError: null,
          ticks: 10,
          failedTicks: 0,
        },
        sensors: { intervalMs: 5000, lastTickAt: null, lastError: "boom", ticks: 3, failedTicks: 3 },
      },
    });
    const text = await scrape();
    expect(sample(text, 'strata_live_processes{kind="DAEMON"}')).toBe(1);
    expect(sample(text, 'strata_daemon_loop_lag_seconds{loop="backfills"}')).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'strata_daemon_loop_lag_seconds{loop="sensors"}')).toBeUndefined();
    expect(sample(text, 'strata_daemon_loop_interval_seconds{loop="sensors"}')).toBe(5);
    expect(sample(text, 'strata_daemon_loop_failing{loop="sensors"}')).toBe(1);
    expect(sample(text, 'strata_daemon_loop_failing{loop="backfills"}')).toBe(0);
    expect(sample(text, 'strata_daemon_loop_ticks_total{loop="backfills"}')).toBe(10);
    expect(sample(text, 'strata_daemon_loop_errors_total{loop="sensors"}')).toBe(3);
  });
});
