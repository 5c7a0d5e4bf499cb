// Which step the compute log pane opens on when none is picked: the one that failed, since that is the output a
// reader of a failed run came for; otherwise the first that started.

export interface StepForLogs {
  stepKey: string;
  status: string;
  startTime: string | null;
}

export function defaultComputeLogStep(steps: readonly StepForLogs[]): string | null {
  return (
    steps.find((s) => s.status === "FAILURE")?.stepKey ??
    steps.find((s) => s.startTime !== null)?.stepKey ??
    steps[0]?.stepKey ??
    null
  );
}
