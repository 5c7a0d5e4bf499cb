// Rendering /metrics (the text a Prometheus scrape receives) over a busy instance's database: 100,000 runs (5,000 of
// them queued), 300,000 steps, 1,000,000 events, 20 active backfills. Once with nothing new since the previous scrape,
// and once after 1,000 runs started and 3,000 steps ended (the histograms read 10,000 new events past their cursor).
import pg from "pg";
import { createInstanceMetrics } from "../lib/metrics/instanceMetrics";
import { type BenchContext, createBenchDatabase } from "./context";

const RUNS = 100_000;
const EVENTS_PER_RUN = 10;

async function seed(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Backfill" ("id", "targets", "strategy", "numRuns", "numSubmitted", "updatedAt")
    SELECT 'bf-' || i, '{}', 'ONE_RUN_PER_PARTITION', 1000, 500, now() FROM generate_series(1, 20) i`);
  await client.query(`
    INSERT INTO "Run" ("id", "status", "codeLocationName", "assetSelection", "backfillId", "backfillRequestKey",
                       "createdAt", "startTime", "endTime", "updatedAt")
    SELECT gen_random_uuid(),
      (CASE WHEN i % 20 = 0 THEN 'QUEUED' WHEN i % 7 = 0 THEN 'FAILURE' ELSE 'SUCCESS' END)::"RunStatus",
      'bench', ARRAY['a', 'b', 'c'],
      CASE WHEN i % 100 < 20 THEN 'bf-' || (i % 100 + 1) END, CASE WHEN i % 100 < 20 THEN i::text END,
      now() - make_interval(secs => ${RUNS} - i), now() - make_interval(secs => ${RUNS} - i - 1),
      now() - make_interval(secs => ${RUNS} - i - 2), now()
    FROM generate_series(1, ${RUNS}) i`);
  await client.query(`
    INSERT INTO "Step" ("id", "runId", "stepKey", "assetKey", "status", "startTime", "endTime")
    SELECT gen_random_uuid(), r."id", k, k, 'SUCCESS', r."startTime", r."endTime" FROM "Run" r, unnest(r."assetSelection") k`);
  await client.query(`
    INSERT INTO "Event" ("runId", "stepKey", "eventType", "timestamp")
    SELECT r."id", 'a', (ARRAY['RUN_START', 'STEP_START', 'LOG', 'LOG', 'LOG', 'LOG', 'LOG', 'LOG', 'STEP_SUCCESS', 'RUN_SUCCESS'])[n], r."startTime"
    FROM "Run" r, generate_series(1, ${EVENTS_PER_RUN}) n`);
  await client.query(`ANALYZE`);
}

/** 1,000 runs' worth of new events past the cursor: each a start, three step ends and six log lines. */
async function moreEvents(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Event" ("runId", "stepKey", "eventType", "timestamp")
    SELECT r."id", s, e, now()
    FROM (SELECT "id" FROM "Run" ORDER BY random() LIMIT 1000) r,
      (VALUES ('a', 'RUN_START'), ('a', 'STEP_SUCCESS'), ('b', 'STEP_SUCCESS'), ('c', 'STEP_SUCCESS'),
              ('a', 'LOG'), ('a', 'LOG'), ('a', 'LOG'), ('a', 'LOG'), ('a', 'LOG'), ('a', 'LOG')) v(s, e)`);
}

export async function benchMetrics(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, "bench_metrics");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seed(client);
    const metrics = createInstanceMetrics(db);
    await report.time("render /metrics, 100,000 runs / 1,000,000 events, nothing new", 10, () => metrics.render(), {
      target: "< 250 ms",
    });
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await moreEvents(client);
      const started = performance.now();
      await metrics.render();
      samples.push(performance.now() - started);
    }
    report.record("render /metrics after 10,000 new events (1,000 runs started)", "ms", samples);
  } finally {
    await client.end();
    await db.$disconnect();
  }
}
