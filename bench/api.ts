// The web server's side at scale: loading a code location of 1,000 and 10,000 assets (the child process that imports
// it, and storing its snapshot), and the GraphQL queries the catalog and the graph send over 10,000 assets with
// materializations, failures, runs in progress, freshness policies and check results recorded.
import { performance } from "node:perf_hooks";
import { AssetGraphStructureQueryDocument } from "../components/asset-graph/assetGraphStructure";
import { AssetNodesQueryDocument } from "../components/assets/useAssetNodes";
import { AssetCheckLatestStatusesQueryDocument } from "../components/checks/useAssetChecks";
import { AssetPartitionSummariesQueryDocument } from "../components/partitions/usePartitions";
import { createGraphQLServer } from "../graphql/yoga";
import type { DefinitionsSnapshot } from "../lib/core/definitionsSnapshot";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { findCodeLocation, saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import type { Database } from "../lib/store/database";
import { appendRunEvents, type EventInput } from "../lib/store/runEvents";
import { createRun, finishRun } from "../lib/store/runs";
import { type BenchContext, createBenchDatabase } from "./context";
import { startBareProcess } from "./inProcess";
import { writeSyntheticLocation } from "./syntheticLocation";
import { timeAfterChange } from "./timeAfterChange";

// The console's own documents, as the strings it sends.
const ASSET_GRAPH_STRUCTURE_QUERY = AssetGraphStructureQueryDocument.toString();
const ASSET_CHECK_LATEST_STATUSES_QUERY = AssetCheckLatestStatusesQueryDocument.toString();
const ASSET_NODES_QUERY = AssetNodesQueryDocument.toString();
const ASSET_PARTITION_SUMMARIES_QUERY = AssetPartitionSummariesQueryDocument.toString();

const LOCATION = "synthetic";

async function currentSnapshot(db: Database): Promise<{ id: string; snapshot: DefinitionsSnapshot }> {
  const row = await db.codeLocation.findUniqueOrThrow({
    where: { name: LOCATION },
    select: { currentSnapshot: { select: { id: true, snapshot: true } } },
  });
  if (!row.currentSnapshot) throw new Error(`Code location ${LOCATION} has no snapshot.`);
  return { id: row.currentSnapshot.id, snapshot: row.currentSnapshot.snapshot as unknown as DefinitionsSnapshot };
}

/** Loads a synthetic location of `assets` assets into a database of its own; returns that database. */
async function benchLoad(ctx: BenchContext, assets: number, runs: number): Promise<Database> {
  const { db } = await createBenchDatabase(ctx, `bench_api_${assets}`);
  const location = await writeSyntheticLocation(`${ctx.workDir}/locations`, `api_${assets}`, {
    assets,
    chainDepth: 50,
  });
  await upsertCodeLocation(db, LOCATION, location.modulePath);
  const label = assets.toLocaleString("en");
  // The warm-up load also fills the TypeScript loader's transform cache, as any reload after the first finds it.
  await ctx.report.time(
    `reloadCodeLocation, ${label} assets (child process import + snapshot stored)`,
    runs,
    async () => {
      const loaded = await reloadCodeLocation(db, LOCATION);
      if (!loaded || loaded.loadError)
        throw new Error(`Could not load the ${label}-asset location: ${JSON.stringify(loaded?.loadError)}`);
    },
    { baseline: "node --import tsx -e 0 (bare child process)" },
  );

  const { snapshot } = await currentSnapshot(db);
  await ctx.report.time(`saveDefinitionsSnapshot, ${label} assets, unchanged`, runs, () =>
    saveDefinitionsSnapshot(db, LOCATION, snapshot),
  );
  // An edited location stores a new snapshot row: one description differs each time.
  let edits = 0;
  await ctx.report.time(`saveDefinitionsSnapshot, ${label} assets, changed (new row)`, runs, () =>
    saveDefinitionsSnapshot(db, LOCATION, {
      ...snapshot,
      assets: [{ ...snapshot.assets[0]!, description: `edit ${edits++}` }, ...snapshot.assets.slice(1)],
    }),
  );
  return db;
}

/**
 * The synthetic location declares neither freshness policies nor checks; every 10th asset gets a policy and every
 * 20th a check here (a new snapshot, as an edited location would store), so freshness and check badges have work.
 */
async function withPoliciesAndChecks(db: Database): Promise<{ id: string; snapshot: DefinitionsSnapshot }> {
  const { snapshot } = await currentSnapshot(db);
  const assets = snapshot.assets.map((node, i) =>
    i % 10 === 0 && !node.isSource ? { ...node, freshnessPolicy: { maximumLagMinutes: 60 * (1 + (i % 48)) } } : node,
  );
  const checks = snapshot.assets.flatMap((node, i) =>
    i % 20 === 0
      ? [
          {
            assetKey: node.key,
            name: "row_count_positive",
            description: null,
            severity: i % 40 === 0 ? ("ERROR" as const) : ("WARN" as const),
            blocking: false,
          },
        ]
      : [],
  );
  await saveDefinitionsSnapshot(db, LOCATION, { ...snapshot, assets, checks });
  return currentSnapshot(db);
}

const CHUNK = 50;
const PARALLEL_RUNS = 4;
const EVENTS_PER_WRITE = 30;

/** Runs `work` over `items`, a few at a time (each is a transaction; the pool is small). */
async function inParallel<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_RUNS }, lane));
}

/**
 * Status the way the executor records it: runs of 50 assets each, through the event log. About 60% of the assets
 * materialized (some twice), 5% failed after that, 2% in runs still going, and each check evaluated once.
 */
async function recordActivity(
  db: Database,
  snapshotId: string,
  snapshot: DefinitionsSnapshot,
): Promise<{ runs: number; events: number }> {
  const keys = snapshot.assets.filter((a) => !a.isSource).map((a) => a.key);
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
  const chunks = <T>(list: readonly T[]) =>
    Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));
  let runs = 0;
  let events = 0;
  const runOf = async (
    assetKeys: string[][],
    stepEvents: (key: string[], i: number) => EventInput[],
    finish: "SUCCESS" | "FAILURE" | null,
  ) => {
    const run = await createRun(db, {
      codeLocationName: LOCATION,
      snapshotId,
      assetKeys: assetKeys.map((k) => k.join("/")),
      launchedBy: "bench",
    });
    const batch = assetKeys.flatMap(stepEvents);
    // A few assets per transaction, as a worker writes them, so no transaction outlives Prisma's 5 s on a busy machine.
    for (let i = 0; i < batch.length; i += EVENTS_PER_WRITE)
      await appendRunEvents(db, run.id, batch.slice(i, i + EVENTS_PER_WRITE));
    if (finish) await finishRun(db, run.id, finish, finish === "SUCCESS" ? "Run succeeded." : "Run failed.");
    runs++;
    events += batch.length;
  };
  const materialized =
    (minutesAgo: number) =>
    (key: string[], i: number): EventInput[] => {
      const stepKey = key.join("/");
      return [
        { eventType: "STEP_START", stepKey, assetKey: key, message: "Step started.", timestamp: at(minutesAgo + 1) },
        {
          eventType: "ASSET_MATERIALIZATION",
          stepKey,
          assetKey: key,
          message: "Materialized.",
          metadata: { rows: { type: "int", value: i } },
          timestamp: at(minutesAgo),
        },
        { eventType: "STEP_SUCCESS", stepKey, assetKey: key, message: "Step succeeded.", timestamp: at(minutesAgo) },
      ];
    };
  const failed = (key: string[]): EventInput[] => {
    const stepKey = key.join("/");
    return [
      { eventType: "STEP_START", stepKey, assetKey: key, message: "Step started.", timestamp: at(11) },
      {
        eventType: "STEP_FAILURE",
        stepKey,
        assetKey: key,
        level: "ERROR",
        message: "Step failed.",
        error: { message: "boom", stack: null },
        timestamp: at(10),
      },
    ];
  };
  const started = (key: string[]): EventInput[] => [
    { eventType: "STEP_START", stepKey: key.join("/"), assetKey: key, message: "Step started.", timestamp: at(1) },
  ];

  const materializedKeys = keys.filter((_, i) => i % 5 < 3);
  // Older materializations of the first third: part of the catalog reads as stale against its upstreams.
  await inParallel(chunks(materializedKeys.slice(0, Math.floor(materializedKeys.length / 3))), (chunk) =>
    runOf(chunk, materialized(600), "SUCCESS"),
  );
  await inParallel(chunks(materializedKeys), (chunk, i) => runOf(chunk, materialized(240 - i), "SUCCESS"));
  await inParallel(chunks(keys.filter((_, i) => i % 20 === 3)), (chunk) => runOf(chunk, failed, "FAILURE"));
  await inParallel(chunks(keys.filter((_, i) => i % 50 === 7)), (chunk) => runOf(chunk, started, null));
  // Check evaluations belong to the runs of their assets; here one run evaluates them all.
  const checks = snapshot.checks ?? [];
  const checkRun = await createRun(db, { codeLocationName: LOCATION, snapshotId, assetKeys: [], launchedBy: "bench" });
  const evaluations: EventInput[] = checks.map((check, i) => ({
    eventType: "ASSET_CHECK_EVALUATION",
    assetKey: check.assetKey,
    message: `Check ${check.name} evaluated.`,
    extra: {
      checkName: check.name,
      status: i % 7 === 0 ? "FAILED" : "SUCCEEDED",
      severity: check.severity,
      blocking: check.blocking,
    },
    timestamp: at(5),
  }));
  for (const chunk of chunks(evaluations)) await appendRunEvents(db, checkRun.id, chunk);
  await finishRun(db, checkRun.id, "SUCCESS", "Checks evaluated.");
  return { runs: runs + 1, events: events + evaluations.length };
}

export async function benchApi(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  await report.time("node --import tsx -e 0 (bare child process)", 10, startBareProcess);
  const small = await benchLoad(ctx, 1_000, 5);
  await small.$disconnect();
  const db = await benchLoad(ctx, 10_000, 3);

  const { id: snapshotId, snapshot } = await withPoliciesAndChecks(db);
  const seedStarted = performance.now();
  const activity = await recordActivity(db, snapshotId, snapshot);
  console.log(
    `  (recorded ${activity.runs} runs, ${activity.events.toLocaleString("en")} events in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
  );

  const yoga = createGraphQLServer(() => db);
  // Server time: the response is taken as bytes, as a socket would send them, not decoded as a client would.
  const query = async (document: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    if (body.includes('"errors"')) throw new Error(`GraphQL errors: ${body.subarray(0, 500).toString()}`);
    return body.length;
  };
  const megabytes = async (document: string, variables?: Record<string, unknown>) =>
    `${((await query(document, variables)) / 1e6).toFixed(1)} MB`;

  await report.time("Postgres round trip (SELECT 1)", 20, () => db.$queryRaw`SELECT 1`);
  await report.time("SELECT the 10,000-asset snapshot row (JSON parsed)", 10, () =>
    db.definitionsSnapshot.findUnique({ where: { id: snapshotId }, select: { snapshot: true } }),
  );
  const catalog = `GraphQL AssetNodes (catalog and graph), 10,000 assets, live status (${await megabytes(ASSET_NODES_QUERY)})`;
  await report.time(`${catalog}, statuses unchanged since the last poll`, 10, () => query(ASSET_NODES_QUERY), {
    baseline: "SELECT the 10,000-asset snapshot row (JSON parsed)",
    target: "< 200 ms",
  });
  // While runs move, a poll finds status rows changed: they are read again and every asset's status recomputed.
  const liveRun = await createRun(db, { codeLocationName: LOCATION, snapshotId, assetKeys: [], launchedBy: "bench" });
  let materialized = 0;
  const materializeOne = () => {
    const key = snapshot.assets[materialized++ % snapshot.assets.length]!.key;
    return appendRunEvents(db, liveRun.id, [
      { eventType: "ASSET_MATERIALIZATION", stepKey: key.join("/"), assetKey: key, message: "Materialized." },
    ]);
  };
  await timeAfterChange(
    ctx,
    `${catalog}, one asset materialized before each poll`,
    10,
    materializeOne,
    () => query(ASSET_NODES_QUERY),
    {
      baseline: "SELECT the 10,000-asset snapshot row (JSON parsed)",
      target: "< 200 ms",
    },
  );
  // The first poll after a reload stored a new snapshot: it is read, parsed and indexed once for the process.
  let reloads = 0;
  const reload = () =>
    saveDefinitionsSnapshot(db, LOCATION, {
      ...snapshot,
      assets: [{ ...snapshot.assets[0]!, description: `reload ${reloads++}` }, ...snapshot.assets.slice(1)],
    });
  await timeAfterChange(ctx, `${catalog}, first poll after a new snapshot`, 3, reload, () => query(ASSET_NODES_QUERY), {
    baseline: "SELECT the 10,000-asset snapshot row (JSON parsed)",
  });
  await report.time(
    `GraphQL AssetGraphStructure (the graph's first request), 10,000 assets (${await megabytes(ASSET_GRAPH_STRUCTURE_QUERY)})`,
    10,
    () => query(ASSET_GRAPH_STRUCTURE_QUERY),
  );
  const tip =
    snapshot.assets.find((a) => a.groupName === "deep_chain" && a.key.at(-1) === "step_049")?.key.join("/") ??
    "chain/step_049";
  await report.time(
    `GraphQL AssetNodes(selection: "+${tip}"), 50 assets`,
    10,
    () => query(ASSET_NODES_QUERY, { selection: `+${tip}` }),
    {
      baseline: "Postgres round trip (SELECT 1)",
    },
  );
  await report.time(
    `GraphQL AssetPartitionSummaries, 10,000 assets (${await megabytes(ASSET_PARTITION_SUMMARIES_QUERY)})`,
    10,
    () => query(ASSET_PARTITION_SUMMARIES_QUERY),
  );
  await report.time(
    `GraphQL AssetCheckLatestStatuses, ${(snapshot.checks ?? []).length} checks`,
    10,
    () => query(ASSET_CHECK_LATEST_STATUSES_QUERY),
    {
      baseline: "Postgres round trip (SELECT 1)",
    },
  );
  await report.time("findCodeLocation, 10,000 assets", 10, () => findCodeLocation(db, LOCATION));
  await db.$disconnect();
}
