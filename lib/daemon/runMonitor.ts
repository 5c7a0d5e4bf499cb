// The run monitor: a run whose worker stopped heartbeating (killed, machine lost) is failed with a
// message saying so, and its steps are closed, so nothing stays "running" forever.
import type { PrismaClient } from "../store/prisma";
import { findRunsWithStaleHeartbeat, finishRun } from "../store/runs";

/** Workers heartbeat every 5 s; a run silent for this long has lost its worker. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;

export async function failRunsWithLostWorkers(db: PrismaClient, now = new Date(), log: (line: string) => void = () => {}): Promise<string[]> {
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
      log(`Run ${run.id} lost its worker ${run.workerId ?? ""}; marked ${run.status === "CANCELING" ? "CANCELED" : "FAILURE"}.`);
    }
  }
  return failed;
}
