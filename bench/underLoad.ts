// The console and the executor under load, as a team's morning looks: a 2,000-partition backfill running while 20
// browsers poll the asset graph, the runs list and a run's logs at the console's own cadence. Prints the latency of
// those requests (p50, p99), the failed ones, and the backfill's rate next to the same backfill with nobody watching.
import { fork } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AssetNodesQueryDocument } from "../components/assets/useAssetNodes";
import { buildConsoleIfStale, startConsole } from "../lib/cli/nextServer";
import type { Database } from "../lib/store/database";
import { freePort } from "../lib/store/embeddedPostgres";
import { waitForServer } from "./consoleInBrowser";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { BACKFILL_WARM_UP, DAY_MS, startProcess, stopProcess, timeBackfill, withWorkers } from "./executor";
import type { LoadClientsOptions, LoadClientsResult, PolledRequest } from "./loadClients";
import { percentile } from "./report";

const CLIENTS = 20;
const BACKFILL_PARTITIONS = 2_000;
/** How often an open page asks again: the graph's live statuses, the runs list and a live run's logs all poll at 2 s. */
const POLL_MS = 2_000;
/** The p99 target: answers slower than this are counted by the second they were asked in. */
const SLOW_MS = 250;

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

/** The pages' processes: a parse of one page's 1 MB graph answer does not hold up every other page's timing. */
const CLIENT_PROCESSES = 4;

interface Polls {
  latencies: Map<string, number[]>;
  bytes: Map<string, number>;
  failures: string[];
  slowAskedAt: number[];
  cpuMs: number;
}

/** What an open console polls: the asset graph's nodes, the runs list and one run's logs. */
function polledRequests(logsRunId: string): PolledRequest[] {
  return [
    { name: "graph", query: AssetNodesQueryDocument.toString(), variables: { selection: null } },
    { name: "runs", query: RUNS_QUERY, variables: { limit: 30 } },
    { name: "logs", query: LOGS_QUERY, variables: { runId: logsRunId, limit: 1_000 } },
  ];
}

/**
 * `CLIENTS` pages polling until stopped, their starts spread over one poll interval as real visitors' are. Their
 * processes are loaded before the first poll: on these two cores, four Node processes starting at once would hold up the
 * console and the pages' own clocks for a second, a cost of the bench and not of the console. Returns when the first
 * poll was sent.
 */
async function startPolling(
  base: string,
  requests: PolledRequest[],
): Promise<{ since: number; stop: () => Promise<Polls> }> {
  const processes = await Promise.all(
    Array.from({ length: CLIENT_PROCESSES }, async (_, part) => {
      const child = fork(path.resolve("bench/loadClients.ts"), { execArgv: ["--import", "tsx"], stdio: "inherit" });
      await new Promise<void>((resolve, reject) => {
        child.once("message", () => resolve());
        child.once("exit", (code) => reject(new Error(`A polling process exited with code ${code} as it started.`)));
      });
      return { child, part };
    }),
  );
  const since = Date.now();
  for (const { child, part } of processes) {
    const options: LoadClientsOptions = {
      base,
      requests,
      clientIndexes: Array.from({ length: CLIENTS }, (_, index) => index).filter((i) => i % CLIENT_PROCESSES === part),
      clientCount: CLIENTS,
      pollMs: POLL_MS,
      slowMs: SLOW_MS,
    };
    child.send(options);
  }
  return {
    since,
    stop: async () => {
      const polls: Polls = { latencies: new Map(), bytes: new Map(), failures: [], slowAskedAt: [], cpuMs: 0 };
      for (const { child } of processes) {
        const result = await new Promise<LoadClientsResult>((resolve, reject) => {
          child.once("message", (message) => resolve(message as LoadClientsResult));
          child.once("exit", (code) => reject(new Error(`A polling process exited with code ${code}.`)));
          child.send("stop");
        });
        for (const [name, latencies] of result.latencies)
          polls.latencies.set(name, [...(polls.latencies.get(name) ?? []), ...latencies]);
        for (const [name, size] of result.bytes) polls.bytes.set(name, size);
        polls.failures.push(...result.failures);
        polls.slowAskedAt.push(...result.slowAskedAt);
        polls.cpuMs += result.cpuMs;
      }
      return polls;
    },
  };
}

/** CPU time (user + system, ms) a process has used so far; 0 once it has ended. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime, fields 14 and 15 of stat (12 and 13 after the command), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The processes of the loaded phase whose CPU time is printed beside the latencies, with their children. */
function processTree(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** Backfills `BACKFILL_PARTITIONS` days of `assetKey` from `first`; returns its rate in runs/s and its first run. */
async function backfillRate(db: Database, assetKey: string, first: Date): Promise<{ rate: number; runId: string }> {
  const { rate, backfillId } = await timeBackfill(db, assetKey, first, BACKFILL_PARTITIONS, 250);
  const failed = await db.run.count({ where: { backfillId, status: { not: "SUCCESS" } } });
  if (failed > 0) throw new Error(`${failed} runs of the bench backfill did not succeed.`);
  const run = await db.run.findFirstOrThrow({ where: { backfillId }, select: { id: true } });
  return { rate, runId: run.id };
}

/** A run of the backfill created last, once it has one. */
async function firstRunOfLatestBackfill(db: Database): Promise<string> {
  for (;;) {
    const run = await db.run.findFirst({
      where: { backfillId: { not: null } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (run) return run.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The embedded Postgres the bench started, with its backends. */
function postgresPids(): number[] {
  return processTree(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
    } catch {
      return false;
    }
  });
}

interface LoopWindow {
  at: number;
  p99: number;
  max: number;
}

/** The console's event-loop delay, one window a second, from `since` on (see eventLoopProbe.mjs). */
function loopWindows(file: string, since: number): LoopWindow[] {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoopWindow)
    .filter((window) => window.at >= since);
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
  const loopFile = path.join(ctx.workDir, "console-event-loop.jsonl");
  const probe = `--import=${path.resolve("bench/eventLoopProbe.mjs")}`;
  const web = startConsole(process.cwd(), port, {
    DATABASE_URL: url,
    PORT: String(port),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, probe].filter(Boolean).join(" "),
    STRATA_LOOP_DELAY_FILE: loopFile,
  });
  const base = `http://localhost:${port}`;
  const daemon = await startProcess(ctx, url, ["daemon"], /Daemon running/);
  try {
    await waitForServer(`${base}/api/graphql?query=%7B__typename%7D`, web);
    await withWorkers(url, ctx, 1, async (workerPids) => {
      // A console that pages already watch: each read answered before the clock starts, since the first answer of each
      // also compiles its query and loads the workspace, and every page waits for that one. Once while runs are in
      // progress too (the warm-up backfill, not measured, so neither measured one is a fresh worker's either): the
      // console's first answers with runs in progress loaded code of their own, and held up the first polled second.
      const answerOnce = async (requests: PolledRequest[]) => {
        for (const { query, variables } of requests) {
          const response = await fetch(`${base}/api/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ query, variables }),
          });
          if (!response.ok) throw new Error(`The console answered a polled read with HTTP ${response.status}.`);
          await response.text();
        }
      };
      const warmUp = timeBackfill(
        db,
        daily,
        new Date(Date.UTC(2000, 0, 1) + 2 * BACKFILL_PARTITIONS * DAY_MS),
        BACKFILL_WARM_UP,
      );
      const inProgress = await firstRunOfLatestBackfill(db);
      await answerOnce(polledRequests(inProgress));
      await warmUp;
      const quiet = await backfillRate(db, daily, new Date(Date.UTC(2000, 0, 1)));
      report.record(
        `backfill of ${BACKFILL_PARTITIONS.toLocaleString("en")} no-op partitions, nobody watching`,
        "runs/s",
        [quiet.rate],
      );
      const requests = polledRequests(quiet.runId);
      await answerOnce(requests);
      // Each part's processes as they are now; a run process started later counts from zero.
      const parts: [string, () => number[]][] = [
        ["console", () => processTree(web.pid)],
        ["daemon", () => processTree(daemon.pid)],
        ["worker and its run processes", () => workerPids.flatMap(processTree)],
        ["postgres", () => postgresPids()],
        ["bench", () => [process.pid]],
      ];
      const polling = await startPolling(base, requests);
      const cpuBefore = new Map(parts.flatMap(([, pids]) => pids().map((pid) => [pid, cpuMs(pid)] as const)));
      const pollingSince = polling.since;
      const loaded = await backfillRate(db, daily, new Date(Date.UTC(2000, 0, 1) + BACKFILL_PARTITIONS * DAY_MS));
      const polls = await polling.stop();
      const seconds = (Date.now() - pollingSince) / 1_000;
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
          `    ${name}: ${latencies.length} answers of ${((polls.bytes.get(name) ?? 0) / 1024).toFixed(0)} KB, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
        );
      if (polls.slowAskedAt.length > 0) {
        const seconds = [...new Set(polls.slowAskedAt.map((at) => Math.floor((at - pollingSince) / 1_000)))];
        console.log(
          `    answers over ${SLOW_MS} ms: ${polls.slowAskedAt.length}, asked in second ${seconds.sort((a, b) => a - b).join(", ")} of the backfill`,
        );
      }
      const windows = loopWindows(loopFile, pollingSince);
      if (windows.length > 0) {
        const maxes = windows.map((window) => window.max);
        console.log(
          `    console event loop while polled: delay p99 of the median second ${percentile(
            windows.map((window) => window.p99),
            0.5,
          ).toFixed(0)} ms, longest stall ${Math.max(...maxes).toFixed(0)} ms, seconds with a stall over 100 ms: ${
            maxes.filter((max) => max > 100).length
          } of ${windows.length}`,
        );
      }
      const cpuLines = parts.map(([name, pids]) => {
        const used = pids().reduce((sum, pid) => sum + cpuMs(pid) - (cpuBefore.get(pid) ?? 0), 0);
        return `${name} ${(used / 1_000 / seconds).toFixed(2)}`;
      });
      cpuLines.push(`the ${CLIENTS} polling pages ${(polls.cpuMs / 1_000 / seconds).toFixed(2)}`);
      console.log(`    CPU cores busy while polled: ${cpuLines.join(", ")}`);
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
