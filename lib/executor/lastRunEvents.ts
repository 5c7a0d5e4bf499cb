// A run's last events are written with its end, in one transaction. Once every step of the run has ended, the events
// that follow (the last step's end, a resource's teardown error) are held rather than written, and the run process
// writes them as it ends the run (appendLastRunEvents): a run's usual end costs one transaction where it took two. No
// step waits on a held event: the scheduler only waits for an end to be written before starting what is downstream,
// and nothing is downstream of the last step.
import type { ExecutionEvent } from "./engine/events";

/** Whether an event ends its step for good: a failure that will be retried does not. */
function endsStep(event: ExecutionEvent): boolean {
  switch (event.type) {
    case "STEP_SUCCESS":
    case "STEP_SKIPPED":
    case "STEP_CANCELED":
      return true;
    case "STEP_FAILURE":
      return !event.willRetry;
    default:
      return false;
  }
}

export class LastRunEvents {
  /** The run's steps (one per asset of its selection) that have not ended yet. */
  private readonly open: Set<string>;
  private held: ExecutionEvent[] | null = null;

  constructor(stepKeys: readonly string[]) {
    this.open = new Set(stepKeys);
  }

  /** Holds these events for the run's end if every step has ended with them or before; false: write them now. */
  hold(events: readonly ExecutionEvent[]): boolean {
    if (!this.held) {
      for (const event of events) if (endsStep(event) && "stepKey" in event) this.open.delete(event.stepKey);
      if (this.open.size > 0) return false;
      this.held = [];
    }
    this.held.push(...events);
    return true;
  }

  /** The events held, in order, once: the run's end writes them. */
  take(): ExecutionEvent[] {
    const held = this.held ?? [];
    this.held = [];
    return held;
  }
}
