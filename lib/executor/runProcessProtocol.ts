// The messages between a worker and its run processes, over the child-process IPC channel.
import type { ExecutableRun, FinishedRunStatus } from "../store/runs";

/** Worker → run process: execute the run the worker claimed (as the claim returned it); stop it. */
export type RunProcessRequest = { type: "run"; run: ExecutableRun } | { type: "cancel"; runId: string };

/**
 * Run process → worker: loaded (with the hash of the code it loaded) and waiting for runs; a step's user code is about
 * to run (its start may not be written yet: if the process dies, the worker fails that step); one run ended, with the
 * status the process gave it, or null when it did not end the run itself (then the worker reads it from Postgres).
 */
export type RunProcessReport =
  | { type: "ready"; codeHash: string | null }
  | { type: "computing"; runId: string; stepKey: string }
  | { type: "finished"; runId: string; status: FinishedRunStatus | null };

export function isRunProcessRequest(message: unknown): message is RunProcessRequest {
  const m = message as { type?: unknown; runId?: unknown; run?: { id?: unknown } } | null;
  if (!m) return false;
  if (m.type === "run") return typeof m.run === "object" && m.run !== null && typeof m.run.id === "string";
  return m.type === "cancel" && typeof m.runId === "string";
}

export function isRunProcessReport(message: unknown): message is RunProcessReport {
  const m = message as { type?: unknown; runId?: unknown } | null;
  if (!m) return false;
  if (m.type === "ready") return true;
  if (m.type === "computing")
    return typeof m.runId === "string" && typeof (m as { stepKey?: unknown }).stepKey === "string";
  return m.type === "finished" && typeof m.runId === "string";
}
