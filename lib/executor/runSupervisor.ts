// Supervises one run's child process: claims the run, heartbeats, relays cancel, and makes sure
// the run ends with a status even when the process crashes or is killed.
import { spawn } from "node:child_process";
import path from "node:path";
import type { RunConcurrencyLimits } from "../core/runConcurrency";
import { findCodeLocation } from "../store/codeLocations";
import type { PrismaClient } from "../store/prisma";
import { claimRun, finishRun, heartbeatRun, markRunStarted } from "../store/runs";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** After a cancel, how long the run process may take to stop its steps before it is killed. */
export const CANCEL_KILL_AFTER_MS = 15_000;

export interface SuperviseOptions {
  db: PrismaClient;
  databaseUrl: string;
  runId: string;
  workerId: string;
  storageDir: string;
  limits: RunConcurrencyLimits;
  log: (line: string) => void;
}

function packageRoot(): string {
  return process.env.STRATA_PACKAGE_ROOT ?? process.cwd();
}

/** Returns "held" when a concurrency limit keeps the run queued; the caller retries it later. */
export async function executeRunInChildProcess({ db, databaseUrl, runId, workerId, storageDir, limits, log }: SuperviseOptions): Promise<"done" | "held"> {
  const claim = await claimRun(db, runId, workerId, limits);
  if (claim.kind === "held") return "held";
  if (claim.kind === "gone") return "done"; // canceled, or another worker has it
  const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
  const location = await findCodeLocation(db, run.codeLocationName);
  if (!location) {
    await finishRun(db, runId, "FAILURE", `Code location "${run.codeLocationName}" no longer exists.`);
    return "done";
  }
  const root = packageRoot();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/executor/runProcessEntry.ts")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, DATABASE_URL: databaseUrl, STRATA_RUN_ID: runId, STRATA_MODULE_PATH: location.modulePath, STRATA_STORAGE_DIR: storageDir },
  });
  const prefix = `[run ${runId.slice(0, 8)}]`;
  child.stdout?.on("data", (chunk: Buffer) => log(`${prefix} ${chunk.toString().trimEnd()}`));
  child.stderr?.on("data", (chunk: Buffer) => log(`${prefix} ${chunk.toString().trimEnd()}`));
  await markRunStarted(db, runId, child.pid ?? -1);
  log(`${prefix} started (process ${child.pid}).`);

  // Each second: relay a cancel request; every few seconds: heartbeat, so the run monitor knows we live.
  let cancelSentAt: number | null = null;
  let ticks = 0;
  const timer = setInterval(() => {
    void (async () => {
      if (++ticks % (HEARTBEAT_INTERVAL_MS / 1000) === 0) await heartbeatRun(db, runId);
      const current = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
      if (current?.status === "CANCELING" && cancelSentAt === null) {
        cancelSentAt = Date.now();
        child.send?.({ type: "cancel" });
      } else if (cancelSentAt !== null && Date.now() - cancelSentAt > CANCEL_KILL_AFTER_MS) {
        child.kill("SIGKILL");
      }
    })().catch((error: unknown) => log(`${prefix} supervisor: ${String(error)}`));
  }, 1_000);

  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (c, s) => resolve({ code: c, signal: s })),
  );
  clearInterval(timer);
  const ended = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (ended && !["SUCCESS", "FAILURE", "CANCELED"].includes(ended.status)) {
    // The process died without recording an end: a crash, an out-of-memory kill, or our SIGKILL after a cancel.
    if (ended.status === "CANCELING") await finishRun(db, runId, "CANCELED", "Canceled; the run process was stopped.");
    else await finishRun(db, runId, "FAILURE", `The run process exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}) before the run finished.`);
  }
  log(`${prefix} finished with ${(await db.run.findUnique({ where: { id: runId }, select: { status: true } }))?.status}.`);
  return "done";
}
