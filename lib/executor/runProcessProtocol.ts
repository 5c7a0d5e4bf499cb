// The messages between a worker and its run processes, over the child-process IPC channel.

/** Worker → run process. */
export type RunProcessRequest = { type: "run"; runId: string } | { type: "cancel"; runId: string };

/** Run process → worker: loaded and waiting for runs; and one run ended (its status is in Postgres). */
export type RunProcessReport = { type: "ready" } | { type: "finished"; runId: string };

export function isRunProcessRequest(message: unknown): message is RunProcessRequest {
  const m = message as { type?: unknown; runId?: unknown } | null;
  return !!m && (m.type === "run" || m.type === "cancel") && typeof m.runId === "string";
}

export function isRunProcessReport(message: unknown): message is RunProcessReport {
  const m = message as { type?: unknown; runId?: unknown } | null;
  return !!m && (m.type === "ready" || (m.type === "finished" && typeof m.runId === "string"));
}
