// Growth: the pages a team opens every day, read over 100,000 events and again over 10,000,000 (a year of a busy
// instance), and retention pruning a million events while a run keeps writing. History is seeded in SQL (runs of 100
// events: a start, a step, log lines, a materialization and an end); the runs the pages look at are written the way
// the executor writes them, so every summary row they read exists. Opt-in (`npm run bench -- growth`): seeding ten
// million events takes minutes.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { partitionKeySelection } from "../lib/core/partitions";
import type { Database } from "../lib/store/database";
import { pruneHistory } from "../lib/store/retention";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun, finishRun } from "../lib/store/runs";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { graphQLOf } from "./inProcess";
import { percentile } from "./report";

const EVENTS_PER_RUN = 100;
const SMALL_EVENTS = 100_000;
const LARGE_EVENTS = 10_000_000;
/** Runs seeded per statement: a million events, so no transaction grows without bound. */
const RUNS_PER_CHUNK = 10_000;
const PRUNED_RUNS = 10_000;
const DAY_MS = 86_400_000;

const ASSET_PAGE = `query GrowthAssetPage($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode {
      id groupName dependencyKeys { path } dependedByKeys { path }
      assetLatestInfo { state lastMaterializationTimestamp lastMaterializationRunId lastFailureTimestamp lastFailureRunId }
      freshnessInfo { status minutesLate reason }
      staleStatus staleCauses(limit: 1) { reason } unsyncedPartitionCount partitionCount
      automationEvaluations(limit: 8) { id evaluatedAt requested runId }
      assetMaterializations(limit: 200) { runId partitionKey timestamp }
    }
  }
}`;
const PARTITION_STATUS = `query GrowthPartitions($assetKey: AssetKeyInput!) {
  assetNodeOrError(assetKey: $assetKey) {
    __typename
    ... on AssetNode { id partitionStats { numPartitions numMaterialized numFailed numInProgress numMissing } assetPartitions { numPartitions materialized failed inProgress } }
  }
}`;
const RUNS_LIST = `query GrowthRuns {
  runsOrError(limit: 30) {
    __typename
    ... on Runs { results { id status jobName partitionKey tags { key value } creationTime startTime endTime } nextCursor }
  }
}`;
const RUN_PAGE = `query GrowthRun($runId: ID!) {
  runOrError(runId: $runId) { __typename ... on Run { id status steps { stepKey status startTime endTime } } }
  logsForRun(runId: $runId, limit: 1000) { __typename ... on EventConnection { events { id eventType message timestamp } cursor hasMore } }
}`;

/** `count` finished runs of `EVENTS_PER_RUN` events each, ending before `endedBefore`, over the location's assets. */
async function seedHistory(client: pg.Client, count: number, endedBefore: Date, assetKeys: readonly string[]) {
  for (let done = 0; done < count; done += RUNS_PER_CHUNK) {
    const runs = Math.min(RUNS_PER_CHUNK, count - done);
    await client.query(
      `WITH runs AS (
         INSERT INTO "Run" ("id", "status", "codeLocationName", "assetSelection", "createdAt", "startTime", "endTime", "updatedAt")
         SELECT gen_random_uuid(), 'SUCCESS', 'growth', ARRAY[($2::text[])[(i % array_length($2::text[], 1)) + 1]],
           $1::timestamptz - make_interval(secs => i * 15 + 2), $1::timestamptz - make_interval(secs => i * 15 + 1),
           $1::timestamptz - make_interval(secs => i * 15), now()
         FROM generate_series($3::int, $3::int + $4::int - 1) i
         RETURNING "id", "assetSelection"[1] AS "assetKey", "startTime"
       ), steps AS (
         INSERT INTO "Step" ("id", "runId", "stepKey", "assetKey", "status", "startTime", "endTime")
         SELECT gen_random_uuid(), "id", "assetKey", "assetKey", 'SUCCESS', "startTime", "startTime" FROM runs
       )
       INSERT INTO "Event" ("runId", "stepKey", "assetKey", "eventType", "message", "timestamp")
       SELECT runs."id", runs."assetKey", CASE WHEN n = ${EVENTS_PER_RUN - 1} THEN runs."assetKey" END,
         CASE n WHEN 1 THEN 'RUN_START' WHEN 2 THEN 'STEP_START' WHEN ${EVENTS_PER_RUN - 1} THEN 'ASSET_MATERIALIZATION'
           WHEN ${EVENTS_PER_RUN} THEN 'RUN_SUCCESS' ELSE 'LOG' END,
         'line ' || n, runs."startTime"
       FROM runs, generate_series(1, ${EVENTS_PER_RUN}) n`,
      [endedBefore, assetKeys, done, runs],
    );
  }
  await client.query("ANALYZE");
}

/** Runs written as the executor writes them: each materializes one partition of `assetKey`, with steps and logs. */
async function recentRuns(db: Database, snapshotId: string, assetKey: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const partitionKey = new Date(Date.UTC(2026, 0, 1) + i * DAY_MS).toISOString().slice(0, 10);
    const run = await createRun(db, {
      codeLocationName: "growth",
      snapshotId,
      assetKeys: [assetKey],
      partitions: partitionKeySelection(partitionKey),
      launchedBy: "bench",
    });
    await appendRunEvents(db, run.id, [
      { eventType: "RUN_START", message: "Started." },
      { eventType: "STEP_START", stepKey: assetKey, message: "Step started." },
      ...Array.from({ length: 50 }, (_, n) => ({ eventType: "LOG", stepKey: assetKey, message: `line ${n}` })),
      {
        eventType: "ASSET_MATERIALIZATION",
        stepKey: assetKey,
        assetKey: assetKey.split("/"),
        partitionKey,
        message: "",
      },
      { eventType: "STEP_SUCCESS", stepKey: assetKey, message: "Step succeeded." },
    ]);
    await finishRun(db, run.id, "SUCCESS", "Finished.");
    ids.push(run.id);
  }
  return ids;
}

export async function benchGrowth(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, "bench_growth");
  const location = await storeSyntheticLocation(ctx, db, "growth", { assets: 100, partitioned: true });
  const snapshot = await db.definitionsSnapshot.findFirstOrThrow({ select: { id: true } });
  const daily = location.assetKeys.find((key) => key.startsWith("group_000/asset_"));
  if (!daily) throw new Error("The bench location has no daily-partitioned asset.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off"); // seeding only: the figures come from other connections
  const query = graphQLOf(db);
  try {
    const now = new Date();
    const runs = await recentRuns(db, snapshot.id, daily, 20);
    const runId = runs.at(-1) ?? "";
    const assetKey = { path: daily.split("/") };
    const pages: [string, () => Promise<unknown>][] = [
      ["asset page (asset, its latest and 200 materializations)", () => query(ASSET_PAGE, { assetKey })],
      ["runs list (first 30)", () => query(RUNS_LIST)],
      ["partition status of one asset", () => query(PARTITION_STATUS, { assetKey })],
      ["run page (run, steps, first 1,000 events)", () => query(RUN_PAGE, { runId })],
    ];
    const seedSince = performance.now();
    await seedHistory(client, SMALL_EVENTS / EVENTS_PER_RUN, new Date(now.getTime() - DAY_MS), location.assetKeys);
    console.log(
      `  (seeded ${SMALL_EVENTS.toLocaleString("en")} events in ${((performance.now() - seedSince) / 1000).toFixed(0)} s)`,
    );
    for (const [label, page] of pages) await report.time(`${label}, 100,000 events`, 20, page);

    const largeSince = performance.now();
    await seedHistory(
      client,
      (LARGE_EVENTS - SMALL_EVENTS) / EVENTS_PER_RUN,
      new Date(now.getTime() - 2 * DAY_MS - SMALL_EVENTS * 600),
      location.assetKeys,
    );
    console.log(
      `  (seeded ${LARGE_EVENTS.toLocaleString("en")} events in all, ${((performance.now() - largeSince) / 1000).toFixed(0)} s more)`,
    );
    for (const [label, page] of pages)
      await report.time(`${label}, 10,000,000 events`, 20, page, {
        baseline: `${label}, 100,000 events`,
        target: "as fast as at 100,000 events",
      });

    // Retention: the oldest 10,000 runs (a million events) fall past a 30-day policy while a run writes events.
    await client.query(
      `UPDATE "Run" SET "endTime" = now() - interval '400 days'
       WHERE id IN (SELECT id FROM "Run" WHERE "codeLocationName" = 'growth' AND "snapshotId" IS NULL ORDER BY "endTime" ASC LIMIT ${PRUNED_RUNS})`,
    );
    const writer = await createRun(db, {
      codeLocationName: "growth",
      snapshotId: snapshot.id,
      assetKeys: [],
      launchedBy: "bench",
    });
    const write = async () => {
      const started = performance.now();
      await appendRunEvents(db, writer.id, [{ eventType: "LOG", message: "still writing" }]);
      return performance.now() - started;
    };
    const quiet: number[] = [];
    for (let i = 0; i < 200; i++) quiet.push(await write());
    report.record("append one event, nothing else running", "ms", [percentile(quiet, 0.5)]);
    report.record("append one event, nothing else running (p99)", "ms", [percentile(quiet, 0.99)]);
    const busy: number[] = [];
    let pruning = true;
    const writing = (async () => {
      while (pruning) busy.push(await write());
    })();
    const pruneStarted = performance.now();
    const pruned = await pruneHistory(db, { runsDays: 30, computeLogsDays: null });
    const pruneSeconds = (performance.now() - pruneStarted) / 1000;
    pruning = false;
    await writing;
    console.log(
      `  (pruned ${pruned.runs.toLocaleString("en")} runs in ${pruneSeconds.toFixed(1)} s, ${busy.length} events appended meanwhile)`,
    );
    report.record("retention pruning 1,000,000 events", "ms", [pruneSeconds * 1000]);
    report.record("append one event while pruning (p99)", "ms", [percentile(busy, 0.99)], {
      baseline: "append one event, nothing else running (p99)",
      target: "not blocked by pruning",
    });
  } finally {
    await client.end();
    await db.$disconnect();
  }
}
