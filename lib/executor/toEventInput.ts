// Turns the engine's execution events into event-log rows with a readable message.
import type { EventInput } from "../store/runEvents";
import type { ExecutionEvent } from "./engine";

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/**
 * Events of a single partition carry its key. Step events of a range run carry no partition: the run's range is stored
 * once, on the run, and the store reads it there to mark the whole range in progress, failed or canceled.
 */
export function toEventInput(event: ExecutionEvent): EventInput {
  const base = {
    stepKey: event.stepKey,
    assetKey: "assetKey" in event ? event.assetKey : null,
    timestamp: new Date(event.timestamp),
    partitionKey: event.partitionKey,
  };
  switch (event.type) {
    case "STEP_START":
      return {
        ...base,
        eventType: event.type,
        attempt: event.attempt,
        message: event.attempt > 1 ? `Started attempt ${event.attempt}.` : "Started.",
      };
    case "STEP_SUCCESS":
      return { ...base, eventType: event.type, message: `Succeeded in ${seconds(event.durationMs)}.` };
    case "STEP_FAILURE":
      return {
        ...base,
        eventType: event.type,
        level: "ERROR",
        attempt: event.attempt,
        error: event.error,
        extra: { willRetry: event.willRetry },
        message: `Attempt ${event.attempt} failed: ${event.error.message}${event.willRetry ? " (will retry)" : ""}`,
      };
    case "STEP_RETRY":
      return {
        ...base,
        eventType: event.type,
        level: "WARN",
        attempt: event.attempt,
        extra: { delayMs: event.delayMs },
        message: `Retrying in ${seconds(event.delayMs)} (attempt ${event.attempt}).`,
      };
    case "STEP_SKIPPED":
      return { ...base, eventType: event.type, message: `Skipped: ${event.reason}` };
    case "STEP_CANCELED":
      return { ...base, eventType: event.type, level: "WARN", message: "Canceled." };
    case "ASSET_MATERIALIZATION":
      return {
        ...base,
        eventType: event.type,
        metadata: event.metadata,
        message: `Materialized ${event.assetKey.join("/")}${event.partitionKey ? ` for partition ${event.partitionKey}` : ""}.`,
      };
    case "ASSET_OBSERVATION":
      return {
        ...base,
        eventType: event.type,
        metadata: event.metadata,
        extra: { dataVersion: event.dataVersion },
        message: `Observed ${event.assetKey.join("/")}${event.dataVersion ? ` (data version ${event.dataVersion})` : ""}.`,
      };
    case "ASSET_CHECK_EVALUATION": {
      const outcome = event.status === "SUCCEEDED" ? "passed" : event.status === "FAILED" ? "failed" : "errored";
      const level =
        event.status === "SUCCEEDED"
          ? "INFO"
          : event.status === "FAILED" && event.severity === "WARN"
            ? "WARN"
            : "ERROR";
      return {
        ...base,
        eventType: event.type,
        level,
        metadata: event.metadata,
        extra: {
          checkName: event.checkName,
          status: event.status,
          severity: event.severity,
          blocking: event.blocking,
          description: event.description,
        },
        message: `Check ${event.checkName} on ${event.assetKey.join("/")} ${outcome}${event.description ? `: ${event.description}` : "."}`,
      };
    }
    case "LOG":
      return { ...base, eventType: event.type, level: event.level, message: event.message };
  }
}
