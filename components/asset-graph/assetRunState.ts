// An asset's part in the runs in progress, as the graph shows it: queued (its run waits, or has not reached its step)
// or running (its step runs). Pure, so it is tested on its own.
import type { RunStatus, StepStatus } from "../../graphql/client/generated/graphql";

export interface AssetRunState {
  state: "QUEUED" | "RUNNING";
  runId: string;
}

export interface RunInProgress {
  runId: string;
  status: RunStatus;
  assetKeys: readonly string[];
  steps: readonly { assetKey: string; status: StepStatus }[];
}

const STARTED: ReadonlySet<RunStatus> = new Set(["STARTING", "STARTED", "CANCELING"]);

/**
 * By asset key: running where a started run's step for it runs (or, before steps are known, where the run has
 * started), queued where its run waits or its step has not started yet. Running wins over queued across runs.
 */
export function assetRunStates(runs: readonly RunInProgress[]): Map<string, AssetRunState> {
  const states = new Map<string, AssetRunState>();
  for (const run of runs) {
    if (run.status !== "QUEUED" && !STARTED.has(run.status)) continue;
    const stepStatus = new Map(run.steps.map((s) => [s.assetKey, s.status]));
    for (const key of run.assetKeys) {
      const step = stepStatus.get(key);
      let state: AssetRunState["state"] | null;
      if (!STARTED.has(run.status)) state = "QUEUED";
      else if (step === undefined) state = run.steps.length === 0 ? "RUNNING" : "QUEUED";
      else state = step === "RUNNING" ? "RUNNING" : step === "PENDING" ? "QUEUED" : null;
      if (!state) continue;
      const before = states.get(key);
      if (!before || (before.state === "QUEUED" && state === "RUNNING")) states.set(key, { state, runId: run.runId });
    }
  }
  return states;
}
