// The run monitor: a run whose worker stopped heartbeating (killed, machine lost) is failed with a
// message saying so, and its steps are closed, so nothing stays "running" forever; a queued run whose job a dead
// worker took is queued again, so nothing stays "queued" forever either.

import type { Database } from "../store/database";
import { HEARTBEAT_STALE_MS, liveQueueWorkerIds } from "../store/instanceHeartbeats";
import { findRunsWithStaleHeartbeat, finishRun } from "../store/runs";
import { requeueStuckRuns } from "../store/stuckQueuedRuns";

/** Workers heartbeat every 5 s; a run silent for this long has lost its worker. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;

export async function failRunsWithLostWorkers(
  db: Database,
  now = new Date(),
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const stale = await findRunsWithStaleHeartbeat(db, new Date(now.getTime() - HEARTBEAT_TIMEOUT_MS));
  const failed: string[] = [];
  for (const run of stale) {
    const last = run.heartbeatAt ? run.heartbeatAt.toISOString() : "never";
    const ended = await finishRun(
      db,
      run.id,
      run.status === "CANCELING" ? "CANCELED" : "FAILURE",
      `Worker ${run.workerId ?? "(unknown)"} stopped heartbeating (last heartbeat: ${last}); it was probably killed. Re-execute the run to try again.`,
    );
    if (ended) {
      failed.push(run.id);
      log(
        `Run ${run.id} lost its worker ${run.workerId ?? ""}; marked ${run.status === "CANCELING" ? "CANCELED" : "FAILURE"}.`,
      );
    }
  }
  return failed;
}

/**
 * Every queued run has a job some live worker can take: jobs locked by workers silent for HEARTBEAT_STALE_MS are
 * unlocked and made runnable again, and a run that keeps losing its workers is failed, saying why.
 */
export async function requeueRunsWithLostJobs(
  db: Database,
  now = new Date(),
  log: (line: string) => void = () => {},
): Promise<{ requeued: string[]; failed: string[] }> {
  const since = new Date(now.getTime() - HEARTBEAT_STALE_MS);
  const outcome = await requeueStuckRuns(db, {
    liveQueueWorkerIds: await liveQueueWorkerIds(db, since),
    lockedBefore: since,
  });
  if (outcome.unlockedWorkers.length > 0)
    log(`Unlocked the queue jobs of stopped workers ${outcome.unlockedWorkers.join(", ")}.`);
  for (const runId of outcome.requeued)
    log(`Run ${runId} was queued again: its queue job had been taken by a worker that stopped.`);
  const failed: string[] = [];
  for (const { runId, reason } of outcome.unrecoverable) {
    if (await finishRun(db, runId, "FAILURE", reason)) {
      failed.push(runId);
      log(`Run ${runId} failed: ${reason}`);
    }
  }
  return { requeued: outcome.requeued, failed };
}

/** One tick of the run monitor: runs in progress that lost their worker, then queued runs that lost their job. */
export async function tickRunMonitor(
  db: Database,
  now = new Date(),
  log: (line: string) => void = () => {},
): Promise<void> {
  await failRunsWithLostWorkers(db, now, log);
  await requeueRunsWithLostJobs(db, now, log);
}
