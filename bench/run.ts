// Benchmarks that print figures (never pass/fail): the pure asset graph and selection at scale,
// the GraphQL assetNodes query over a stored snapshot of the same size, partitions and backfills, and executor throughput.
import { performance } from "node:perf_hooks";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildAssetGraph } from "../lib/core/assetGraph";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import { selectAssets } from "../lib/core/selection";
import { buildAssetNode } from "../lib/core/testing";
import { createGraphQLServer } from "../graphql/yoga";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { startEmbeddedPostgres } from "../lib/store/embeddedPostgres";
import { applyPendingMigrations } from "../lib/store/migrations";
import { createPrismaClient } from "../lib/store/prisma";
import { launchRun } from "../lib/store/launchRun";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { startWorker } from "../lib/executor/worker";
import { benchPartitions } from "./partitions";
import { benchPartitionsTab } from "./partitionsTab";

/** A layered DAG: `width` assets per layer, each depending on two assets of the layer before. */
function layeredAssets(layers: number, width: number): AssetNodeSnapshot[] {
  const nodes: AssetNodeSnapshot[] = [];
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      const deps = l === 0 ? [] : [`g${l - 1}/a${w}`, `g${l - 1}/a${(w + 1) % width}`];
      nodes.push(buildAssetNode(`g${l}/a${w}`, { deps, groupName: `group_${l}`, kinds: ["postgres"], tags: { tier: w % 2 ? "gold" : "silver" } }));
    }
  }
  return nodes;
}

async function time<T>(label: string, runs: number, fn: () => T | Promise<T>): Promise<void> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms   (n=${runs})`);
}

// `npm run bench -- <section> …` runs only those sections; all of them by default.
const SECTIONS = ["graph", "api", "partitions", "partitions-tab", "executor"] as const;
type Section = (typeof SECTIONS)[number];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench section(s): ${unknown.join(", ")}. Sections: ${SECTIONS.join(", ")}.`);
  process.exit(2);
}
const runs = (section: Section) => asked.length === 0 || asked.includes(section);

const nodes = layeredAssets(100, 100); // 10,000 assets, 19,800 edges
if (runs("graph")) {
  console.log(`Asset graph: ${nodes.length} assets`);
  await time("buildAssetGraph", 10, () => buildAssetGraph(nodes));
  const graph = buildAssetGraph(nodes);
  await time("topologicalOrder (all)", 10, () => graph.topologicalOrder());
  await time('selectAssets "+g99/a0" (all upstream)', 10, () => selectAssets(graph, "+g99/a0"));
  await time('selectAssets "group:group_5 and tag:tier=gold or kind:x"', 10, () => selectAssets(graph, "group:group_5 and tag:tier=gold or kind:x"));
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "strata-bench-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  const url = await server.createDatabase("bench");
  await applyPendingMigrations(url);
  const db = createPrismaClient(url);
  if (runs("api")) {
    console.log("GraphQL API");
    await upsertCodeLocation(db, "bench", "/bench/definitions.ts");
    await time("saveDefinitionsSnapshot (10,000 assets)", 3, () => saveDefinitionsSnapshot(db, "bench", { schemaVersion: 1, assets: nodes }));
    const yoga = createGraphQLServer(() => db);
    const query = (q: string) =>
      Promise.resolve(yoga.fetch("http://localhost/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }) })).then((r) => r.text());
    const catalog = "{ assetNodes { id assetKey { path } groupName owners kinds dependencyKeys { path } dependedByKeys { path } assetLatestInfo { state lastMaterializationTimestamp } } }";
    const bytes = (await query(catalog)).length;
    await time(`GraphQL assetNodes, catalog fields (${(bytes / 1e6).toFixed(1)} MB)`, 5, () => query(catalog));
    await time('GraphQL assetNodes(selection: "+g99/a0")', 5, () => query('{ assetNodes(selection: "+g99/a0") { id } }'));
  }

  // Partitions get a database of their own, so the backfill's queued runs stay out of the executor figures below.
  if (runs("partitions")) {
    console.log("Partitions");
    const partitionsDb = createPrismaClient(await server.createDatabase("bench_partitions"));
    await applyPendingMigrations(server.urlFor("bench_partitions"));
    await benchPartitions(partitionsDb, time);
    await partitionsDb.$disconnect();
  }

  if (runs("partitions-tab")) {
    console.log("Partitions tab in headless Chromium (the built console)");
    await benchPartitionsTab(server, time);
  }

  // Executor throughput: launch to finish, each run in its own child process.
  if (runs("executor")) {
    console.log("Executor");
    await upsertCodeLocation(db, "pipeline", path.resolve("lib/executor/testdata/pipeline.ts"));
    await reloadCodeLocation(db, "pipeline");
    const worker = await startWorker({ databaseUrl: url, concurrency: 2, storageDir: dataDir + "/storage" });
    const runCount = 10;
    const start = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < runCount; i++) {
      const launched = await launchRun(db, { selection: "+test/total", launchedBy: "bench" });
      if (launched.kind === "success") ids.push(launched.run.id);
    }
    const launchedMs = performance.now() - start;
    while ((await db.run.count({ where: { id: { in: ids }, status: { in: ["SUCCESS", "FAILURE"] } } })) < ids.length) await new Promise((r) => setTimeout(r, 50));
    const drainMs = performance.now() - start;
    await worker.stop();
    console.log(`${`launchRun x${runCount}`.padEnd(58)} mean ${(launchedMs / runCount).toFixed(2).padStart(11)} ms`);
    console.log(`${`${runCount} two-asset runs drained, 1 worker x 2 slots`.padEnd(58)} total ${drainMs.toFixed(0).padStart(10)} ms  (${((runCount / drainMs) * 1000).toFixed(2)} runs/s)`);
  }
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
console.log(`Heap used at end: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
