// A Strata worker: takes runs from the Postgres-backed queue (graphile-worker) and executes each in a
// warm run process of its own (lib/executor/runProcessPool), heartbeating and relaying cancellation, and
// failing the run if the process dies. Any number of workers may share one database; a run is claimed by exactly one.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import os from "node:os";
import { Logger, run as runQueue, type WorkerEvents } from "graphile-worker";
import type { RunConcurrencyLimits } from "../core/runConcurrency";
import { closeDatabase, connectDatabase } from "../store/database";
import { createOutageLog, surviveConnectionRejections } from "../store/databaseOutage";
import { HEARTBEAT_INTERVAL_MS, processIdentity, recordHeartbeat, recordStopped } from "../store/instanceHeartbeats";
import { EXECUTE_RUN_TASK, listCurrentRunTargets } from "../store/runs";
import { createQueuePool, endingPoolWithRunner } from "./queuePool";
import { superviseQueueRunner } from "./queueRunner";
import { RunProcessPool } from "./runProcessPool";
import { executeRunInChildProcess } from "./runSupervisor";

const HELD_RUN_RETRY_MS = 1_000;
/** A free slot whose queue worker has not asked for a job in this long (30 polls) is stuck, not idle. */
const QUEUE_STALL_MS = 30_000;
const STALL_CHECK_MS = 5_000;
// A process start costs about 2 s of CPU here, and the run that waits for it waits that long: retiring every 100 runs
// took a sixth of a backfill's CPU, every 1,000 runs still held a slot of a long backfill for seconds. The memory
// ceiling, not the count, is what retires a process that leaks.
const DEFAULT_RUNS_PER_PROCESS = 10_000;
const DEFAULT_RUN_PROCESS_MAX_RSS_MB = 1_024;

export interface WorkerOptions {
  databaseUrl: string;
  /** How many runs this worker executes at once. */
  concurrency?: number;
  /** Directory for the filesystem IO manager's files. */
  storageDir: string;
  /** Run concurrency limits this worker enforces when it claims runs. */
  limits?: RunConcurrencyLimits;
  log?: (line: string) => void;
  /** Runs a warm run process executes before it is replaced (STRATA_RUNS_PER_PROCESS); 1 for a fresh process per run. */
  runsPerProcess?: number;
  /** Resident megabytes after which a run process is replaced (STRATA_RUN_PROCESS_MAX_RSS_MB). */
  runProcessMaxRssMb?: number;
  /** How long a free slot's queue may go without looking for jobs before its runner counts as stalled (30 s). */
  queueStallMs?: number;
}

/** A positive whole number from the environment, or `fallback` when unset; anything else stops the worker, saying why. */
export function positiveSetting(
  name: string,
  fallback: number,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = environment[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

export interface StrataWorker {
  workerId: string;
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<StrataWorker> {
  // Settings first: a malformed one stops the worker before it registers or opens anything.
  const runsPerProcess = options.runsPerProcess ?? positiveSetting("STRATA_RUNS_PER_PROCESS", DEFAULT_RUNS_PER_PROCESS);
  const maxRssMb =
    options.runProcessMaxRssMb ?? positiveSetting("STRATA_RUN_PROCESS_MAX_RSS_MB", DEFAULT_RUN_PROCESS_MAX_RSS_MB);
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log = options.log ?? (() => {});
  // A Postgres restart is an outage to wait out, said once when it begins and once when it ends, never a reason to exit.
  const outage = createOutageLog((line) => log(`[worker] ${line}`));
  surviveConnectionRejections(outage);
  const db = connectDatabase(options.databaseUrl);
  const concurrency = options.concurrency ?? 2;
  const queueStallMs = options.queueStallMs ?? QUEUE_STALL_MS;
  const active = new Set<string>();
  // The queue's id for this worker's runner, which its jobs' locked_by names (graphile-worker locks a job by its pool,
  // not by the slot that runs it): the run monitor unlocks those jobs once we stop beating.
  const queueWorkerIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  // When the queue last looked for jobs: a free slot asks every poll (and a pool's local queue, if one is configured,
  // fetches every poll), so a long silence with a slot free is a stall. Jobs are not fetched ahead of free slots: a job
  // held by a worker that is then killed waits for the run monitor to free it, longer than a backfill can wait.
  let lastAskedAt = Date.now();
  const asked = () => {
    lastAskedAt = Date.now();
  };
  events.on("pool:create", ({ workerPool }) => {
    queueWorkerIds.add(workerPool.id);
    asked();
  });
  events.on("worker:getJob:start", asked);
  events.on("localQueue:getJobs:complete", asked);
  const identity = processIdentity("WORKER", `worker:${workerId}`);
  const heartbeat = () =>
    recordHeartbeat(db, identity, { concurrency, runIds: [...active], queueWorkerIds: [...queueWorkerIds] }).then(
      () => outage.succeeded(),
      (error: unknown) => {
        if (!outage.failed(error)) log(`Worker heartbeat failed: ${String(error)}`);
      },
    );
  await heartbeat();
  const pool = new RunProcessPool({
    databaseUrl: options.databaseUrl,
    storageDir: options.storageDir,
    maxIdle: concurrency,
    runsPerProcess,
    maxRssMb,
    log,
  });
  // The first runs of each location start as fast as the next ones: its share of the slots is warm.
  const keys = (await listCurrentRunTargets(db)).flatMap((target) =>
    target.modulePath
      ? [{ modulePath: target.modulePath, codeVersion: target.codeVersion, codeHash: target.codeHash }]
      : [],
  );
  for (const key of keys) pool.prewarm(key, Math.max(1, Math.floor(concurrency / keys.length)));
  const heartbeatTimer = setInterval(() => void heartbeat(), HEARTBEAT_INTERVAL_MS);
  const startRunner = async () => {
    const queuePool = createQueuePool(options.databaseUrl, (error) => {
      if (!outage.failed(error)) log(`[queue] Postgres connection closed: ${error.message}`);
    });
    const runner = await runQueue({
      pgPool: queuePool.pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      events,
      logger: new Logger(() => (level, message) => {
        // During an outage every poll fails the same way; the outage log has said so once.
        if ((level === "error" || level === "warning") && outage.unreachableSince === null && !outage.failed(message))
          log(`[queue] ${message}`);
      }),
      taskList: {
        [EXECUTE_RUN_TASK]: async (payload, helpers) => {
          const runId = (payload as { runId?: unknown }).runId;
          if (typeof runId !== "string")
            throw new Error(`Malformed ${EXECUTE_RUN_TASK} job payload: ${JSON.stringify(payload)}`);
          active.add(runId);
          const outcome = await executeRunInChildProcess({
            db,
            pool,
            runId,
            workerId,
            limits: options.limits ?? {},
            log,
          }).finally(() => active.delete(runId));
          // Held back by a concurrency limit: look again shortly, in a fresh job (this one completes).
          // Keyed by the run like its first job, so the run monitor finds it and sees a held run is not stuck.
          if (outcome === "held")
            await helpers.addJob(
              EXECUTE_RUN_TASK,
              { runId },
              { runAt: new Date(Date.now() + HELD_RUN_RETRY_MS), maxAttempts: 1, jobKey: runId },
            );
        },
      },
    }).catch(async (error: unknown) => {
      await queuePool.end();
      throw error;
    });
    return endingPoolWithRunner(runner, queuePool);
  };
  // The queue workers of a runner that ended hold no job any more; dropping their ids lets the run monitor release its jobs.
  const runner = await superviseQueueRunner({
    start: startRunner,
    outage,
    log,
    onEnded: () => queueWorkerIds.clear(),
    idle: () => active.size === 0,
    stalled: () => active.size < concurrency && Date.now() - lastAskedAt > queueStallMs,
    stallCheckMs: Math.min(STALL_CHECK_MS, queueStallMs),
  });
  await heartbeat();
  log(`Worker ${workerId} is waiting for runs.`);
  return {
    workerId,
    async stop() {
      clearInterval(heartbeatTimer);
      await runner.stop();
      pool.stop();
      await recordStopped(db, identity).catch(() => {});
      await closeDatabase(db);
    },
  };
}
