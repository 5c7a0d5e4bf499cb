// Turns the engine's execution events into event-log rows with a readable message.
import type { EventInput } from "../store/runEvents";
import type { ExecutionEvent, StepEventPartitions } from "./engine";

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/**
 * Events of a single partition carry its key; step events of a range run carry `extra.partitionRange`, which the
 * store reads to mark the whole range in progress, failed or canceled.
 */
export function toEventInput(event: ExecutionEvent): EventInput {
  const base = { stepKey: event.stepKey, assetKey: "assetKey" in event ? event.assetKey : null, timestamp: new Date(event.timestamp), partitionKey: event.partitionKey };
  switch (event.type) {
    case "STEP_START":
      return { ...base, eventType: event.type, attempt: event.attempt, ...rangeExtra(event), message: event.attempt > 1 ? `Started attempt ${event.attempt}.` : "Started." };
    case "STEP_SUCCESS":
      return { ...base, eventType: event.type, ...rangeExtra(event), message: `Succeeded in ${seconds(event.durationMs)}.` };
    case "STEP_FAILURE":
      return {
        ...base,
        eventType: event.type,
        level: "ERROR",
        attempt: event.attempt,
        error: event.error,
        ...rangeExtra(event, { willRetry: event.willRetry }),
        message: `Attempt ${event.attempt} failed: ${event.error.message}${event.willRetry ? " (will retry)" : ""}`,
      };
    case "STEP_RETRY":
      return { ...base, eventType: event.type, level: "WARN", attempt: event.attempt, ...rangeExtra(event, { delayMs: event.delayMs }), message: `Retrying in ${seconds(event.delayMs)} (attempt ${event.attempt}).` };
    case "STEP_SKIPPED":
      return { ...base, eventType: event.type, ...rangeExtra(event), message: `Skipped: ${event.reason}` };
    case "STEP_CANCELED":
      return { ...base, eventType: event.type, level: "WARN", ...rangeExtra(event), message: "Canceled." };
    case "ASSET_MATERIALIZATION":
      return { ...base, eventType: event.type, metadata: event.metadata, message: `Materialized ${event.assetKey.join("/")}${event.partitionKey ? ` for partition ${event.partitionKey}` : ""}.` };
    case "ASSET_OBSERVATION":
      return { ...base, eventType: event.type, metadata: event.metadata, extra: { dataVersion: event.dataVersion }, message: `Observed ${event.assetKey.join("/")}${event.dataVersion ? ` (data version ${event.dataVersion})` : ""}.` };
    case "ASSET_CHECK_EVALUATION": {
      const outcome = event.status === "SUCCEEDED" ? "passed" : event.status === "FAILED" ? "failed" : "errored";
      const level = event.status === "SUCCEEDED" ? "INFO" : event.status === "FAILED" && event.severity === "WARN" ? "WARN" : "ERROR";
      return {
        ...base,
        eventType: event.type,
        level,
        metadata: event.metadata,
        extra: { checkName: event.checkName, status: event.status, severity: event.severity, blocking: event.blocking, description: event.description },
        message: `Check ${event.checkName} on ${event.assetKey.join("/")} ${outcome}${event.description ? `: ${event.description}` : "."}`,
      };
    }
    case "LOG":
      return { ...base, eventType: event.type, level: event.level, message: event.message };
  }
}

/** `extra` with the step's range added for range runs; left out when there is nothing to keep. */
function rangeExtra(event: StepEventPartitions, extra: Record<string, unknown> = {}): { extra?: Record<string, unknown> } {
  const merged = event.partitionRange ? { ...extra, partitionRange: { ...event.partitionRange } } : extra;
  return Object.keys(merged).length > 0 ? { extra: merged } : {};
}
