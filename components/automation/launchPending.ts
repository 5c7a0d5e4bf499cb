// The daemon records an automation request before it launches the run, then adds the run (or why it could not). A page
// that read the evaluation in between would show "Requested" without its run until reloaded, since the run ends before
// the page's runs-in-progress poll could see it; so the page looks again while a fresh request waits for its launch.

/** How often a page looks again while a request waits for its run. */
export const LAUNCH_PENDING_POLL_MS = 1_000;
/** A request still without a run or an error after this long is not being launched any more: the page stops looking. */
export const LAUNCH_PENDING_FOR_MS = 60_000;

interface EvaluationLaunch {
  evaluatedAt: string;
  requested: boolean;
  runId: string | null;
  error: string | null;
}

/** Whether any of these evaluations requested a run in the last minute that has neither its run nor an error yet. */
export function awaitsLaunch(evaluations: readonly EvaluationLaunch[], now: number): boolean {
  return evaluations.some(
    (evaluation) =>
      evaluation.requested &&
      evaluation.runId === null &&
      evaluation.error === null &&
      now - Date.parse(evaluation.evaluatedAt) < LAUNCH_PENDING_FOR_MS,
  );
}
