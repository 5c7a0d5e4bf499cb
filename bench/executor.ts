// The executor end to end, against `strata worker` and `strata daemon` processes as a deployment runs them: launch
// latency, the overhead of no-op runs next to a raw Postgres round trip, backfill throughput with one and two workers,
// and the peak memory of the worker, its run processes and the daemon.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Logger, makeWorkerUtils, run as runQueue } from "graphile-worker";
import pg from "pg";
import { createPartitionBackfill } from "../lib/orchestration/backfills/backfills";
import { launchRun } from "../lib/orchestration/runs/launchRun";
import type { Database } from "../lib/store/database";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { percentile } from "./report";

const FINISHED = ["SUCCESS", "FAILURE", "CANCELED"];
const LAUNCHES = 20;
const BACKFILL_PARTITIONS = 2_000;
/** Backfills of one worker (and queue floors) measured, whose median is printed. */
const BACKFILL_REPEATS = 3;
/** Partitions backfilled before the measured backfills of a freshly started worker. */
export const BACKFILL_WARM_UP = 500;

/** Polls every `pollMs`: short for single runs (their timing comes from event timestamps), long for backfills (so polling adds no load). */
export async function waitForRuns(
  db: Database,
  where: { id?: { in: string[] }; backfillId?: string },
  count: number,
  timeoutMs: number,
  pollMs = 10,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await db.run.count({ where: { ...where, status: { in: FINISHED as never } } })) < count) {
    if (Date.now() > deadline) throw new Error(`Runs did not finish within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export const DAY_MS = 86_400_000;

/** Backfills `partitions` days of a daily-partitioned asset from `first` and waits for every run to end. */
export async function timeBackfill(
  db: Database,
  assetKey: string,
  first: Date,
  partitions: number,
  pollMs = 100,
): Promise<{ rate: number; backfillId: string }> {
  const day = (offset: number) => new Date(first.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
  const started = performance.now();
  const created = await createPartitionBackfill(db, {
    assetKeys: [assetKey.split("/")],
    partitionSelection: `${day(0)}...${day(partitions - 1)}`,
    launchedBy: "bench",
  });
  if (created.kind !== "success") throw new Error(`Could not create the bench backfill: ${created.message}`);
  await waitForRuns(db, { backfillId: created.backfill.id }, partitions, 900_000, pollMs);
  return { rate: partitions / ((performance.now() - started) / 1000), backfillId: created.backfill.id };
}

/** Launches a run and waits for it to end; returns launch → first step start and launch → end, in ms. */
export async function launchAndWait(
  db: Database,
  selection: string,
  codeLocationName: string,
): Promise<{ runId: string; firstStep: number; total: number }> {
  const launchedAt = Date.now();
  const started = performance.now();
  const launched = await launchRun(db, {
    selection,
    launchedBy: "bench",
    tags: [{ key: "bench", value: codeLocationName }],
  });
  if (launched.kind !== "success") throw new Error(`launchRun failed: ${launched.message}`);
  await waitForRuns(db, { id: { in: [launched.run.id] } }, 1, 120_000);
  const total = performance.now() - started;
  const run = await db.run.findUniqueOrThrow({ where: { id: launched.run.id }, select: { status: true } });
  if (run.status !== "SUCCESS") throw new Error(`Bench run ${launched.run.id} ended with ${run.status}.`);
  const firstStep = await db.event.findFirst({
    where: { runId: launched.run.id, eventType: "STEP_START" },
    orderBy: { id: "asc" },
    select: { timestamp: true },
  });
  return { runId: launched.run.id, firstStep: (firstStep?.timestamp.getTime() ?? NaN) - launchedAt, total };
}

/** The run processes of these workers (their children that run the run process entry). */
function runProcessPids(workerPids: readonly number[]): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return (
          workerPids.includes(Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])) &&
          cmdline.includes("runProcessEntry")
        );
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}

function peakRssMb(pid: number): number {
  // VmHWM: the resident set's high-water mark since the process started.
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Starts `strata <command>` as its own process, as a deployment runs it, and waits until it says it is ready. */
export async function startProcess(
  ctx: BenchContext,
  url: string,
  args: string[],
  ready: RegExp,
  readyCount = 1,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: url, STRATA_HOME: path.join(ctx.workDir, "home") },
  });
  let output = "";
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      seen += [...chunk.toString().matchAll(new RegExp(ready, "g"))].length;
      if (seen < readyCount) return;
      // Ready: what it prints from now on (a worker's line per run) is drained unread, or the bench would spend the
      // CPU it measures on reading it.
      for (const stream of [child.stdout, child.stderr]) {
        stream?.off("data", onData);
        stream?.resume();
      }
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`strata ${args.join(" ")} exited with code ${code}: ${output}`)));
  });
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Runs `fn` while `count` worker processes (2 runs at once each) take runs from `url`; returns what it returns. */
export async function withWorkers<T>(
  url: string,
  ctx: BenchContext,
  count: number,
  fn: (workerPids: number[]) => Promise<T>,
): Promise<T> {
  // Ready once both its run processes have loaded the location, as a deployed worker is before a backfill starts.
  const workers = await Promise.all(
    Array.from({ length: count }, () => startProcess(ctx, url, ["worker", "--concurrency", "2"], /\] ready: /, 2)),
  );
  try {
    return await fn(workers.map((w) => w.pid ?? -1));
  } finally {
    await Promise.all(workers.map(stopProcess));
  }
}

/**
 * The floor a worker's run throughput is read against: graphile-worker alone, taking no-op jobs from the same Postgres
 * with the concurrency the bench's workers have. Every Strata run is at least one such job.
 */
async function queueFloor(ctx: BenchContext, concurrency: number, attempt: number): Promise<number> {
  const { url } = await createBenchDatabase(ctx, `bench_executor_queue_floor_${attempt}`);
  const utils = await makeWorkerUtils({ connectionString: url, logger: new Logger(() => () => {}) });
  await utils.migrate();
  await utils.addJobs(Array.from({ length: BACKFILL_PARTITIONS }, (_, i) => ({ identifier: "noop", payload: { i } })));
  await utils.release();
  let done = 0;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  const started = performance.now();
  const runner = await runQueue({
    connectionString: url,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    // Quiet, like the worker's: a line printed per job would be part of what is measured.
    logger: new Logger(() => () => {}),
    taskList: {
      noop: async () => {
        if (++done === BACKFILL_PARTITIONS) allDone();
      },
    },
  });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  return BACKFILL_PARTITIONS / seconds;
}

export async function benchExecutor(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  // One database per scenario: the synthetic locations share asset keys, and no scenario's rows slow another's.
  let { url, db } = await createBenchDatabase(ctx, "bench_executor");
  const single = await storeSyntheticLocation(ctx, db, "one_asset", { assets: 1, chainDepth: 1 });
  const chainDb = await createBenchDatabase(ctx, "bench_executor_chain");
  const chain = await storeSyntheticLocation(ctx, chainDb.db, "chain_10", { assets: 10, chainDepth: 10 });

  // The floor every run pays many times over: one round trip to the same Postgres.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await report.time("raw Postgres round trip (SELECT 1)", 200, () => client.query("SELECT 1"));
  await client.end();

  await withWorkers(url, ctx, 1, async () => {
    // Warm-up: the first run of a location starts its run process.
    await launchAndWait(db, single.chainTip!, "one_asset");
    const latencies: number[] = [];
    for (let i = 0; i < LAUNCHES; i++)
      latencies.push((await launchAndWait(db, single.chainTip!, "one_asset")).firstStep);
    report.record("launch → first step start (p50)", "ms", latencies, { target: "< 300 ms" });
    console.log(`    p95 ${percentile(latencies, 0.95).toFixed(0)} ms`);
    report.record("launch → first step start (p95)", "ms", [percentile(latencies, 0.95)]);
  });
  await withWorkers(chainDb.url, ctx, 1, async () => {
    await launchAndWait(chainDb.db, `+${chain.chainTip!}`, "chain_10");
    const chainTimes: number[] = [];
    for (let i = 0; i < 5; i++)
      chainTimes.push((await launchAndWait(chainDb.db, `+${chain.chainTip!}`, "chain_10")).total);
    report.record("10-step no-op chain, launch → success", "ms", chainTimes, {
      baseline: "raw Postgres round trip (SELECT 1)",
      target: "< 1 s",
    });
  });
  await chainDb.db.$disconnect();

  const thousandDb = await createBenchDatabase(ctx, "bench_executor_1000");
  await storeSyntheticLocation(ctx, thousandDb.db, "assets_1000", { assets: 1_000 });
  await withWorkers(thousandDb.url, ctx, 1, async () => {
    const everything = "code_location:assets_1000";
    await launchAndWait(thousandDb.db, everything, "assets_1000");
    const times: number[] = [];
    for (let i = 0; i < 2; i++) times.push((await launchAndWait(thousandDb.db, everything, "assets_1000")).total);
    report.record("1,000-asset no-op run, launch → success", "ms", times, {
      baseline: "raw Postgres round trip (SELECT 1)",
      target: "< 1 s",
    });
  });
  await thousandDb.db.$disconnect();

  await db.$disconnect();

  ({ url, db } = await createBenchDatabase(ctx, "bench_executor_backfill"));
  const partitioned = await storeSyntheticLocation(ctx, db, "partitioned", { assets: 21, partitioned: true });
  const daily = partitioned.assetKeys.find((key) => key.startsWith("group_000/asset_"))!;
  const floor = `graphile-worker alone: ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op jobs, concurrency 2`;
  const floors: number[] = [];
  for (let i = 0; i < BACKFILL_REPEATS; i++) floors.push(await queueFloor(ctx, 2, i));
  report.record(floor, "runs/s", floors);
  const daemon = await startProcess(ctx, url, ["daemon"], /Daemon running/);
  // Each backfill takes the next days of the daily partitions since 2000 (4 × 2,000 and two warm-ups fit before today).
  let nextDay = 0;
  const backfillRate = async (partitions: number): Promise<number> => {
    const first = new Date(Date.UTC(2000, 0, 1) + nextDay * DAY_MS);
    nextDay += partitions;
    return (await timeBackfill(db, daily, first, partitions)).rate;
  };
  try {
    for (const workerCount of [1, 2]) {
      await withWorkers(url, ctx, workerCount, async (workerPids) => {
        // Warm-up, not measured: a fresh worker's first runs compile the code every run takes (its processes', its
        // run processes' and the daemon's statements), as a worker that has run for a while did long ago.
        await backfillRate(BACKFILL_WARM_UP);
        // One worker's rate is the target's: the median of a few backfills, as a shared machine runs one at its own
        // pace.
        const rates: number[] = [];
        for (let i = 0; i < (workerCount === 1 ? BACKFILL_REPEATS : 1); i++)
          rates.push(await backfillRate(BACKFILL_PARTITIONS));
        report.record(
          `backfill of ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op partitions, ${workerCount} worker(s)`,
          "runs/s",
          rates,
          { baseline: floor, target: workerCount === 1 ? ">= 200 runs/s" : ">= 20 runs/s" },
        );
        if (workerCount === 2) {
          report.record("worker process peak RSS", "MB", workerPids.map(peakRssMb));
          report.record("run process peak RSS", "MB", runProcessPids(workerPids).map(peakRssMb));
        }
      });
    }
    report.record("daemon process peak RSS", "MB", [peakRssMb(daemon.pid ?? -1)]);
  } finally {
    await stopProcess(daemon);
  }
  await db.$disconnect();
}
