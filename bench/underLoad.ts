// The console and the executor under load, as a team's morning looks: a 2,000-partition backfill running while 20
// browsers poll the asset graph, the runs list and a run's logs at the console's own cadence. Prints the latency of
// those requests (p50, p99), the failed ones, and the backfill's rate next to the same backfill with nobody watching.
import { performance } from "node:perf_hooks";
import { AssetNodesQueryDocument } from "../components/assets/useAssetNodes";
import { buildConsoleIfStale, startConsole } from "../lib/cli/nextServer";
import { createPartitionBackfill } from "../lib/orchestration/backfills/backfills";
import type { Database } from "../lib/store/database";
import { freePort } from "../lib/store/embeddedPostgres";
import { waitForServer } from "./consoleInBrowser";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { startProcess, stopProcess, waitForRuns, withWorkers } from "./executor";
import { percentile } from "./report";

const CLIENTS = 20;
const BACKFILL_PARTITIONS = 2_000;
/** How often an open page asks again: the graph's live statuses, the runs list and a live run's logs all poll at 2 s. */
const POLL_MS = 2_000;
const DAY_MS = 86_400_000;

const RUNS_QUERY = `query BenchRuns($limit: Int) {
  runsOrError(limit: $limit) {
    __typename
    ... on Runs { results { id runId status jobName partitionKey tags { key value } creationTime startTime endTime } nextCursor }
  }
}`;
const LOGS_QUERY = `query BenchLogs($runId: ID!, $limit: Int) {
  logsForRun(runId: $runId, limit: $limit) {
    __typename
    ... on EventConnection { events { id stepKey eventType level message timestamp } cursor hasMore }
  }
}`;

interface Polls {
  latencies: Map<string, number[]>;
  failures: string[];
}

/** One GraphQL request as the console sends it; a failure is a non-2xx status, GraphQL errors or an error result. */
async function ask(base: string, query: string, variables: Record<string, unknown>): Promise<string | null> {
  const response = await fetch(`${base}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) return `HTTP ${response.status}`;
  const body = (await response.json()) as { errors?: { message: string }[]; data?: Record<string, unknown> };
  if (body.errors?.length) return body.errors[0]?.message ?? "GraphQL error";
  const result = Object.values(body.data ?? {})[0] as { __typename?: string } | undefined;
  if (result?.__typename?.endsWith("Error")) return result.__typename;
  return null;
}

/** `CLIENTS` pages polling until stopped, their starts spread over one poll interval as real visitors' are. */
function startPolling(base: string, logsRunId: string): { stop: () => Promise<Polls> } {
  const polls: Polls = { latencies: new Map(), failures: [] };
  const requests: [string, string, Record<string, unknown>][] = [
    ["graph", AssetNodesQueryDocument.toString(), { selection: null }],
    ["runs", RUNS_QUERY, { limit: 30 }],
    ["logs", LOGS_QUERY, { runId: logsRunId, limit: 1_000 }],
  ];
  let stopping = false;
  const timed = async ([name, query, variables]: (typeof requests)[number]) => {
    const started = performance.now();
    const failure = await ask(base, query, variables).catch((error: unknown) => String(error));
    const took = performance.now() - started;
    if (failure) polls.failures.push(`${name}: ${failure}`);
    else polls.latencies.set(name, [...(polls.latencies.get(name) ?? []), took]);
  };
  const client = async (index: number) => {
    await new Promise((resolve) => setTimeout(resolve, (index * POLL_MS) / CLIENTS));
    while (!stopping) {
      const round = performance.now();
      await Promise.all(requests.map(timed));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, POLL_MS - (performance.now() - round))));
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(clients);
      return polls;
    },
  };
}

/** Backfills `BACKFILL_PARTITIONS` days of `assetKey` from `first`; returns its rate in runs/s and its first run. */
async function backfillRate(db: Database, assetKey: string, first: Date): Promise<{ rate: number; runId: string }> {
  const last = new Date(first.getTime() + (BACKFILL_PARTITIONS - 1) * DAY_MS);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const started = performance.now();
  const created = await createPartitionBackfill(db, {
    assetKeys: [assetKey.split("/")],
    partitionSelection: `${day(first)}...${day(last)}`,
    launchedBy: "bench",
  });
  if (created.kind !== "success") throw new Error(`Could not create the bench backfill: ${created.message}`);
  await waitForRuns(db, { backfillId: created.backfill.id }, BACKFILL_PARTITIONS, 900_000, 250);
  const rate = BACKFILL_PARTITIONS / ((performance.now() - started) / 1_000);
  const failed = await db.run.count({ where: { backfillId: created.backfill.id, status: { not: "SUCCESS" } } });
  if (failed > 0) throw new Error(`${failed} runs of the bench backfill did not succeed.`);
  const run = await db.run.findFirstOrThrow({ where: { backfillId: created.backfill.id }, select: { id: true } });
  return { rate, runId: run.id };
}

export async function benchUnderLoad(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, "bench_under_load");
  // A graph of 1,000 assets (the polled assetNodes answer is about 1 MB) with a daily-partitioned group to backfill.
  const location = await storeSyntheticLocation(ctx, db, "under_load", { assets: 1_000, partitioned: true });
  const daily = location.assetKeys.find((key) => key.startsWith("group_000/asset_"));
  if (!daily) throw new Error("The bench location has no daily-partitioned asset.");

  buildConsoleIfStale(process.cwd(), (line) => console.log(`  ${line}`));
  const port = await freePort();
  const web = startConsole(process.cwd(), port, { DATABASE_URL: url, PORT: String(port) });
  const base = `http://localhost:${port}`;
  const daemon = await startProcess(ctx, url, ["daemon"], /Daemon running/);
  try {
    await waitForServer(`${base}/api/graphql?query=%7B__typename%7D`, web);
    await withWorkers(url, ctx, 1, async () => {
      const quiet = await backfillRate(db, daily, new Date(Date.UTC(2000, 0, 1)));
      report.record(
        `backfill of ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op partitions, nobody watching`,
        "runs/s",
        [quiet.rate],
      );
      const polling = startPolling(base, quiet.runId);
      const loaded = await backfillRate(db, daily, new Date(Date.UTC(2000, 0, 1) + BACKFILL_PARTITIONS * DAY_MS));
      const polls = await polling.stop();
      const all = [...polls.latencies.values()].flat();
      report.record(
        `${CLIENTS} clients polling graph, runs and logs during the backfill: p99`,
        "ms",
        [percentile(all, 0.99)],
        { target: "< 250 ms" },
      );
      report.record(`${CLIENTS} clients polling: p50`, "ms", [percentile(all, 0.5)]);
      for (const [name, latencies] of polls.latencies)
        console.log(
          `    ${name}: ${latencies.length} answers, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms`,
        );
      report.record(`${CLIENTS} clients polling: failed requests`, "count", [polls.failures.length], { target: "0" });
      for (const failure of [...new Set(polls.failures)].slice(0, 5)) console.log(`    failed: ${failure}`);
      report.record(
        `backfill of ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op partitions, while polled`,
        "runs/s",
        [loaded.rate],
        {
          baseline: `backfill of ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op partitions, nobody watching`,
          target: "within 20 % of nobody watching",
        },
      );
    });
  } finally {
    await stopProcess(daemon);
    await stopProcess(web);
    await db.$disconnect();
  }
}
