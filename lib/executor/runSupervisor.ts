// Supervises one run in a run process from the worker's pool: claims the run, heartbeats, relays cancel, and makes
// sure the run ends with a status even when the process crashes or is killed.
import { hasRunConcurrencyLimits, type RunConcurrencyLimits } from "../core/runConcurrency";
import type { Database } from "../store/database";
import { readRunStatus } from "../store/runQueries";
import {
  claimRun,
  claimRunOnTarget,
  type ExecutableRun,
  FINISHED_STATUSES,
  findRunTarget,
  finishRun,
  heartbeatRun,
  type RunTarget,
  recordRunCodeHash,
} from "../store/runs";
import type { RunProcess, RunProcessKey, RunProcessOutcome, RunProcessPool } from "./runProcessPool";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** After a cancel, how long the run process may take to stop its steps before it is killed. */
export const CANCEL_KILL_AFTER_MS = 15_000;

export interface SuperviseOptions {
  db: Database;
  pool: RunProcessPool;
  runId: string;
  workerId: string;
  limits: RunConcurrencyLimits;
  log: (line: string) => void;
}

type ClaimedOnProcess =
  | {
      kind: "claimed";
      run: ExecutableRun;
      child: RunProcess;
      key: RunProcessKey;
      warm: { codeHash: string | null } | null;
    }
  | { kind: "done" | "held" };

/**
 * Claims the run for a run process of this worker's pool. The process is taken before the claim, so the run goes from
 * QUEUED to STARTED in one statement that records the process and returns everything it needs. Without concurrency
 * limits the warm process of the last run is offered first, on the bet that this run executes the same code (a
 * backfill's runs all do), and the claim reads the run's target itself; a run of other code reads its target and
 * takes a process for it. A warm process also gives the hash of the code it loaded; a process still starting records
 * it once ready, while the run already shows STARTED.
 */
async function claimOnProcess({ db, pool, runId, workerId, limits }: SuperviseOptions): Promise<ClaimedOnProcess> {
  let target: RunTarget | null = null;
  const last = hasRunConcurrencyLimits(limits) ? null : pool.acquireLastWarm();
  if (last?.loadedCode) {
    const { codeHash } = last.loadedCode;
    const outcome = await claimRunOnTarget(db, runId, workerId, last.target, { pid: last.pid, codeHash });
    if (outcome.kind === "claimed")
      return { kind: "claimed", run: outcome.run, child: last, key: last.target, warm: { codeHash } };
    pool.release(last, last.target, true);
    if (outcome.kind === "gone") return { kind: "done" }; // canceled, or another worker has it
    target = outcome.target;
  }
  target ??= await findRunTarget(db, runId);
  if (target === null) return { kind: "done" }; // deleted while queued
  const key =
    target.modulePath !== null
      ? { modulePath: target.modulePath, codeVersion: target.codeVersion, codeHash: target.codeHash }
      : null;
  const child = key ? pool.acquire(key) : null;
  const warm = child?.loadedCode ?? null;
  const claim = await claimRun(
    db,
    runId,
    workerId,
    limits,
    child ? { pid: child.pid, codeHash: warm?.codeHash ?? null } : undefined,
  );
  if (claim.kind !== "claimed") {
    if (child && key) pool.release(child, key, true);
    return { kind: claim.kind === "held" ? "held" : "done" }; // "gone": canceled, or another worker has it
  }
  if (!child || !key) {
    await finishRun(db, runId, "FAILURE", `Code location "${target.codeLocationName}" no longer exists.`);
    return { kind: "done" };
  }
  return { kind: "claimed", run: claim.run, child, key, warm };
}

/** Returns "held" when a concurrency limit keeps the run queued; the caller retries it later. */
export async function executeRunInChildProcess(options: SuperviseOptions): Promise<"done" | "held"> {
  const { db, pool, runId, log } = options;
  const claimed = await claimOnProcess(options);
  if (claimed.kind !== "claimed") return claimed.kind;
  const { run, child, key, warm } = claimed;
  // One line per run, at its end: a backfill's runs at a few hundred a second would otherwise print twice that, and
  // a run still going shows on the Deployment page (the worker's heartbeat names its runs).
  const prefix = `[run ${runId.slice(0, 8)}]`;
  const startedAt = Date.now();

  // Each second: relay a cancel request; every few seconds: heartbeat, so the run monitor knows we live.
  let cancelSentAt: number | null = null;
  let ticks = 0;
  const timer = setInterval(() => {
    void (async () => {
      if (++ticks % (HEARTBEAT_INTERVAL_MS / 1000) === 0) await heartbeatRun(db, runId);
      if ((await readRunStatus(db, runId)) === "CANCELING" && cancelSentAt === null) {
        cancelSentAt = Date.now();
        child.cancel(runId);
      } else if (cancelSentAt !== null && Date.now() - cancelSentAt > CANCEL_KILL_AFTER_MS) {
        child.kill();
      }
    })().catch((error: unknown) => log(`${prefix} supervisor: ${String(error)}`));
  }, 1_000);

  // A process that died while loading is reported like one that died during the run.
  let outcome: RunProcessOutcome;
  try {
    const ready = warm ? null : await child.whenReady();
    if (ready?.kind === "exited") outcome = ready;
    else {
      if (ready) await recordRunCodeHash(db, runId, ready.codeHash);
      outcome = await child.execute(run);
    }
  } finally {
    clearInterval(timer);
  }
  // A canceled run may have left steps behind (user code that ignored the signal): its process is not reused.
  pool.release(child, key, outcome.kind === "finished" && cancelSentAt === null);
  // The process says how it ended the run; only when it did not (or died) is the status read back.
  const reported = outcome.kind === "finished" ? outcome.status : null;
  const ended = reported && FINISHED_STATUSES.includes(reported) ? reported : await readRunStatus(db, runId);
  if (ended && FINISHED_STATUSES.includes(ended))
    log(`${prefix} ${ended} after ${Date.now() - startedAt} ms in process ${child.pid}.`);
  else if (ended) {
    const how =
      outcome.kind === "exited"
        ? outcome.signal
          ? `signal ${outcome.signal}`
          : `exit code ${outcome.code}`
        : "it reported the run over";
    // The process died without recording an end: a crash, an out-of-memory kill, or our SIGKILL after a cancel.
    // Steps whose code had started end failed (or canceled) even when their start was not written yet.
    const computedSteps = outcome.kind === "exited" ? outcome.computedSteps : undefined;
    if (ended === "CANCELING")
      await finishRun(db, runId, "CANCELED", "Canceled; the run process was stopped.", { computedSteps });
    else
      await finishRun(db, runId, "FAILURE", `The run process exited unexpectedly (${how}) before the run finished.`, {
        computedSteps,
      });
    log(`${prefix} ended without a result (${how}); marked ${ended === "CANCELING" ? "CANCELED" : "FAILURE"}.`);
  }
  return "done";
}
