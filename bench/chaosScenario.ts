// The chaos suite's scenario: a partitioned backfill of waiting no-op runs on a fresh embedded Postgres, worker and
// daemon processes SIGKILLed (and Postgres restarted) at random moments while it runs, failed partitions retried once
// the first pass ends, then the verdict. Every loop and wait is bounded by the scenario's deadline.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { createPartitionBackfill, retryBackfill } from "../lib/orchestration/backfills/backfills";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { connectDatabase, type Database } from "../lib/store/database";
import { type EmbeddedPostgresServer, freePort, startEmbeddedPostgres } from "../lib/store/embeddedPostgres";
import { applyPendingMigrations } from "../lib/store/migrations";
import { CHAOS_ASSET_KEY, CHAOS_LOCATION, writeChaosLocation } from "./chaosLocation";
import {
  killStrataProcess,
  type StrataProcess,
  type StrataProcessEnv,
  startStrataProcess,
  stopStrataProcess,
} from "./chaosProcesses";
import { type ChaosVerdict, readChaosVerdict } from "./chaosVerdict";

export type ChaosKind = "worker" | "daemon" | "postgres";

export interface ChaosOptions {
  partitions: number;
  /** Worker processes running at once (each executes two runs at a time). */
  workers: number;
  workerKills: number;
  daemonKills: number;
  postgresRestarts: number;
  computeMs: number;
  chunkSize: number;
  maxQueuedRuns: number;
  /** From the backfill's launch to the verdict, retries included; past it the scenario stops waiting and judges. */
  deadlineMs: number;
  /** Backfills of the failed partitions launched after the first pass, at most. */
  retryRounds: number;
  seed: number;
  log?: (line: string) => void;
  /** Also print every line the worker and daemon processes write. */
  verbose?: boolean;
}

export interface ChaosKill {
  kind: ChaosKind;
  /** Seconds after the backfill's launch. */
  atS: number;
  /** Runs of the first backfill submitted when it happened (a daemon killed mid-submission has fewer than all). */
  submittedRuns: number;
  /** From the kill to the next run that succeeded after it; null if none did. */
  recoveryMs: number | null;
  /**
   * What the kill itself left to heal: for a worker, from the kill until the last of the runs it was executing ended
   * (the run monitor fails them once their heartbeat is stale); for the daemon, until the next run was submitted.
   */
  healedMs: number | null;
  /** The runs a killed worker was executing. */
  runsInterrupted: number;
}

export interface ChaosReport {
  options: ChaosOptions;
  kills: ChaosKill[];
  /** Planned kills that never happened because the first pass ended first. */
  skipped: ChaosKind[];
  retryBackfills: number;
  /** Partitions without a success after the retries (with their runs), backfilled once more explicitly. */
  notRetried: string[];
  verdict: ChaosVerdict;
  /** Whether every backfill reached a final status before the deadline. */
  finishedInTime: boolean;
  durationS: number;
}

const POLL_MS = 250;
const FINAL_BACKFILL = ["COMPLETED", "COMPLETED_WITH_FAILURES", "FAILED", "CANCELED"];

/** The same random moments for the same seed, so a failing run can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A query that may meet Postgres restarting: null instead of an error, and the caller polls again. */
async function tolerant<T>(query: () => Promise<T>): Promise<T | null> {
  try {
    return await query();
  } catch {
    return null;
  }
}

interface PlannedKill {
  kind: ChaosKind;
  /** Fires once this share of the partitions has finished (for the daemon: has been submitted). */
  atProgress: number;
}

function planKills(options: ChaosOptions, random: () => number): PlannedKill[] {
  const plan: PlannedKill[] = [];
  const add = (kind: ChaosKind, count: number, from: number, span: number) => {
    for (let i = 0; i < count; i++) plan.push({ kind, atProgress: from + random() * span });
  };
  // Between a tenth and two thirds of the way: after runs are flowing.
  add("worker", options.workerKills, 0.1, 0.55);
  add("postgres", options.postgresRestarts, 0.1, 0.55);
  const later = plan.sort((a, b) => a.atProgress - b.atProgress);
  // The daemon first, early in the submission (its progress is runs submitted, which run ahead of runs finished): a
  // kill queued behind a Postgres restart found every run submitted once the runs got fast enough.
  const daemon: PlannedKill[] = [];
  for (let i = 0; i < options.daemonKills; i++) daemon.push({ kind: "daemon", atProgress: 0.1 + random() * 0.2 });
  return [...daemon, ...later];
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const workDir = await mkdtemp(path.join(os.tmpdir(), "strata-chaos-"));
  await chmod(workDir, 0o755); // the embedded Postgres runs as its own user when this runs as root
  const dataDir = path.join(workDir, "postgres");
  const port = await freePort();
  let server: EmbeddedPostgresServer | null = await startEmbeddedPostgres({ dataDir, port });
  const processes: StrataProcess[] = [];
  let db: Database | null = null;
  try {
    const url = await server.createDatabase("chaos");
    await applyPendingMigrations(url);
    db = connectDatabase(url);
    const location = await writeChaosLocation(path.join(workDir, "location"), options);
    await upsertCodeLocation(db, CHAOS_LOCATION, location.modulePath);
    const loaded = await reloadCodeLocation(db, CHAOS_LOCATION);
    if (!loaded || loaded.loadError)
      throw new Error(`The chaos location did not load: ${JSON.stringify(loaded?.loadError)}`);

    const env: StrataProcessEnv = {
      databaseUrl: url,
      strataHome: path.join(workDir, "home"),
      configPath: location.configPath,
    };
    const childLog = options.verbose ? log : undefined;
    const start = async (kind: StrataProcess["kind"]) => {
      const handle = await startStrataProcess(kind, env, childLog);
      processes.push(handle);
      return handle;
    };
    const live = (kind: StrataProcess["kind"]) =>
      processes.filter((p) => p.kind === kind && p.child.exitCode === null && p.child.signalCode === null);
    await Promise.all([...Array.from({ length: options.workers }, () => start("worker")), start("daemon")]);

    const launched = await createPartitionBackfill(db, { assetKeys: [CHAOS_ASSET_KEY], launchedBy: "chaos" });
    if (launched.kind !== "success") throw new Error(`Could not launch the chaos backfill: ${launched.message}`);
    const backfillId = launched.backfill.id;
    const launchedAt = Date.now();
    const deadline = launchedAt + options.deadlineMs;
    log(`Backfill ${backfillId}: ${options.partitions} partitions, ${options.workers} workers, seed ${options.seed}.`);

    const store = db;
    const firstPass = async () =>
      tolerant(async () => {
        const [finished, submitted, backfill] = await Promise.all([
          store.run.count({ where: { backfillId, status: { in: ["SUCCESS", "FAILURE", "CANCELED"] } } }),
          store.run.count({ where: { backfillId } }),
          store.backfill.findUniqueOrThrow({ where: { id: backfillId }, select: { status: true } }),
        ]);
        return { finished, submitted, done: FINAL_BACKFILL.includes(backfill.status) };
      });

    const plan = planKills(options, random);
    const kills: (Omit<ChaosKill, "recoveryMs" | "healedMs"> & { at: Date; interrupted: string[] })[] = [];
    let lastSubmitted = 0;
    while (plan.length > 0 && Date.now() < deadline) {
      const state = await firstPass();
      if (state?.done) break;
      if (state) lastSubmitted = state.submitted;
      if (!state) {
        await sleep(POLL_MS);
        continue;
      }
      const next = plan[0]!;
      // The daemon is killed mid-submission: measured by runs submitted, not finished.
      const progress = next.kind === "daemon" ? state.submitted : state.finished;
      if (progress < next.atProgress * options.partitions) {
        await sleep(POLL_MS);
        continue;
      }
      plan.shift();
      const victim = next.kind === "worker" ? live("worker")[Math.floor(random() * live("worker").length)] : undefined;
      // Worker ids start with host:pid, so the runs the victim holds are known before it dies.
      const interrupted = victim
        ? (
            (await tolerant(() =>
              store.run.findMany({
                where: {
                  status: { in: ["STARTING", "STARTED"] },
                  workerId: { startsWith: `${os.hostname()}:${victim.child.pid}:` },
                },
                select: { id: true },
              }),
            )) ?? []
          ).map((r) => r.id)
        : [];
      const at = new Date();
      kills.push({
        kind: next.kind,
        at,
        atS: (at.getTime() - launchedAt) / 1000,
        submittedRuns: lastSubmitted,
        interrupted,
        runsInterrupted: interrupted.length,
      });
      log(
        `${((at.getTime() - launchedAt) / 1000).toFixed(1)} s: ${state.finished}/${options.partitions} finished, ${lastSubmitted} submitted; killing the ${next.kind}.`,
      );
      if (next.kind === "worker") {
        if (victim) await killStrataProcess(victim);
        await start("worker");
      } else if (next.kind === "daemon") {
        for (const daemon of live("daemon")) await killStrataProcess(daemon);
        await sleep(1_000);
        await start("daemon");
      } else {
        await server?.stop();
        server = null;
        await sleep(2_000);
        server = await startEmbeddedPostgres({ dataDir, port });
      }
    }
    const skipped = plan.map((p) => p.kind);

    const waitForBackfill = async (id: string): Promise<string | null> => {
      while (Date.now() < deadline) {
        const row = await tolerant(() => store.backfill.findUniqueOrThrow({ where: { id }, select: { status: true } }));
        if (row && FINAL_BACKFILL.includes(row.status)) return row.status;
        await sleep(POLL_MS * 4);
      }
      return null;
    };
    let status = await waitForBackfill(backfillId);
    log(
      `${((Date.now() - launchedAt) / 1000).toFixed(1)} s: the first pass ended ${status ?? "(not within the deadline)"}.`,
    );
    // Runs that were executing on a killed worker end FAILURE once the run monitor sees its heartbeat stop; the
    // requirement is one success per partition in the end, so those partitions are backfilled again.
    let retryBackfills = 0;
    let lastId = backfillId;
    while (status === "COMPLETED_WITH_FAILURES" && retryBackfills < options.retryRounds && Date.now() < deadline) {
      const retried = await retryBackfill(store, lastId, "chaos");
      // Every failure was a worker killed after its step succeeded (see below): nothing for retryBackfill to do.
      if (retried.kind !== "success" && /nothing to retry/.test(retried.message)) {
        log(`Nothing to retry in backfill ${lastId}: ${retried.message}`);
        break;
      }
      if (retried.kind !== "success") throw new Error(`Could not retry backfill ${lastId}: ${retried.message}`);
      retryBackfills++;
      lastId = retried.backfill.id;
      log(`Retrying ${retried.backfill.numPartitions} failed partitions in backfill ${lastId}.`);
      status = await waitForBackfill(lastId);
    }
    // retryBackfill retries partitions whose step failed; a worker killed after its step succeeded but before its
    // run ended leaves a FAILURE run whose partition counts as materialized, so it is not retried. Those are named
    // in the report and backfilled once more, explicitly, so the end state is still one success per partition.
    const lacking = status !== null ? await readChaosVerdict(store, CHAOS_LOCATION, location.partitionKeys) : null;
    const notRetried = lacking?.missingDetails ?? [];
    if (lacking && lacking.missingPartitions.length > 0 && Date.now() < deadline) {
      log(`Not retried by retryBackfill: ${notRetried.join(" / ")}`);
      const again = await createPartitionBackfill(store, {
        assetKeys: [CHAOS_ASSET_KEY],
        partitionSelection: lacking.missingPartitions.join(", "),
        launchedBy: "chaos",
      });
      if (again.kind !== "success")
        throw new Error(`Could not backfill ${lacking.missingPartitions.join(", ")} again: ${again.message}`);
      status = await waitForBackfill(again.backfill.id);
    }
    const finishedInTime = status !== null;

    const verdict = await readChaosVerdict(store, CHAOS_LOCATION, location.partitionKeys);
    const withRecovery: ChaosKill[] = [];
    for (const { at, interrupted, ...kill } of kills) {
      const next = await store.run.findFirst({
        where: { codeLocationName: CHAOS_LOCATION, status: "SUCCESS", endTime: { gt: at } },
        orderBy: { endTime: "asc" },
        select: { endTime: true },
      });
      const since = (time: Date | null | undefined) => (time ? time.getTime() - at.getTime() : null);
      let healedMs: number | null = null;
      if (kill.kind === "worker") {
        const ended = await store.run.findMany({ where: { id: { in: interrupted } }, select: { endTime: true } });
        healedMs = ended.every((r) => r.endTime) ? Math.max(0, ...ended.map((r) => since(r.endTime) ?? 0)) : null;
      } else if (kill.kind === "daemon") {
        healedMs = since(
          (
            await store.run.findFirst({
              where: { codeLocationName: CHAOS_LOCATION, createdAt: { gt: at } },
              orderBy: { createdAt: "asc" },
              select: { createdAt: true },
            })
          )?.createdAt,
        );
      }
      withRecovery.push({ ...kill, recoveryMs: since(next?.endTime), healedMs });
    }
    return {
      options: { ...options, log: undefined },
      kills: withRecovery,
      skipped,
      retryBackfills,
      notRetried,
      verdict,
      finishedInTime,
      durationS: (Date.now() - launchedAt) / 1000,
    };
  } finally {
    await Promise.all(processes.map(stopStrataProcess));
    await db?.$disconnect();
    await server?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}
