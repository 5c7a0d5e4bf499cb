// `npm run bench [-- section …]`: every figure the project tracks, printed as a table and written as JSON to
// bench/results/latest.json. Figures only: nothing here passes or fails on time.
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/store/embeddedPostgres";
import { benchApi } from "./api";
import { benchAssetGraphPage } from "./assetGraphPage";
import { benchAssets100k } from "./assets100k";
import type { BenchContext } from "./context";
import { benchCron } from "./cron";
import { benchExecutor } from "./executor";
import { benchGrowth } from "./growth";
import { benchLineage } from "./lineage";
import { benchLogWrites } from "./logWrites";
import { benchMetrics } from "./metrics";
import { benchPartitions } from "./partitions";
import { benchMillionPartitions } from "./partitionsMillion";
import { benchPartitionsTab } from "./partitionsTab";
import { benchPure } from "./pure";
import { BenchReport } from "./report";
import { benchRunPage } from "./runPage";
import { benchSecurity } from "./security";
import { benchUnderLoad } from "./underLoad";

/** Each section measures one part of the system; they run in this order. An opt-in section runs only when named. */
const SECTIONS: Record<string, { title: string; run: (ctx: BenchContext) => Promise<void>; optIn?: boolean }> = {
  core: { title: "Asset graph and selection (pure, 10,000 assets)", run: benchPure },
  api: { title: "Code location load, snapshot store and the GraphQL API at 1,000 / 10,000 assets", run: benchApi },
  "graph-page": {
    title: "Global asset graph in headless Chromium (the built console)",
    run: (ctx) => benchAssetGraphPage(ctx),
  },
  "assets-100k": {
    title: "100,000 assets: load and snapshot, GraphQL graph and asset list, the graph and the catalog in Chromium",
    run: benchAssets100k,
  },
  cron: { title: "Cron ticks: Strata's stepper against croner, 100,000 ticks", run: benchCron },
  partitions: { title: "Partitions and backfills", run: benchPartitions },
  "partitions-million": {
    title:
      "1,000,000 hourly partitions: health bar, a backfill of all of them, the daemon's other loops, the backfill page",
    run: benchMillionPartitions,
  },
  "partitions-tab": { title: "Partitions tab in headless Chromium (the built console)", run: benchPartitionsTab },
  "run-page": {
    title: "Run page in headless Chromium (the built console): a 100,000-event log and a 1,000,000-line compute log",
    run: benchRunPage,
  },
  executor: {
    title: "Executor: launch latency, run overhead, backfill throughput (worker and daemon processes)",
    run: benchExecutor,
  },
  logs: {
    title: "Log lines written: 100,000 ctx.log lines from one asset, next to the same rows inserted directly",
    run: benchLogWrites,
  },
  load: {
    title: "Under load: 20 clients polling the graph, runs and logs during a 2,000-partition backfill",
    run: benchUnderLoad,
  },
  lineage: {
    title: "OpenLineage received: one event per request as dbt-ol sends them, a 1,000-event batch, validation",
    run: benchLineage,
  },
  metrics: {
    title: "/metrics over 100,000 runs and 1,000,000 events: the text a Prometheus scrape receives",
    run: benchMetrics,
  },
  security: {
    title: "The console under heavy and refused GraphQL requests: memory, responses by status, latency after",
    run: benchSecurity,
  },
  growth: {
    title: "Growth: daily pages over 100,000 and 10,000,000 events, and pruning a million events while a run writes",
    run: benchGrowth,
    optIn: true,
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown bench section(s): ${unknown.join(", ")}. Sections: ${Object.keys(SECTIONS).join(", ")}.`);
  process.exit(2);
}

const report = new BenchReport();
const workDir = await mkdtemp(path.join(os.tmpdir(), "strata-bench-"));
await chmod(workDir, 0o755); // the embedded Postgres runs as its own user when the bench runs as root
const server = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres") });
const started = Date.now();
try {
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (asked.length > 0 ? !asked.includes(name) : section.optIn) continue;
    report.startSection(name, section.title);
    await section.run({ report, server, workDir });
  }
} finally {
  await server.stop();
  await rm(workDir, { recursive: true, force: true });
}
report.printTable();
await mkdir("bench/results", { recursive: true });
await report.writeJson("bench/results/latest.json");
console.log(`Bench took ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
