// Turns the engine's execution events into event-log rows with a readable message.
import type { EventInput } from "../store/runEvents";
import type { ExecutionEvent } from "./engine";

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export function toEventInput(event: ExecutionEvent, partitionKey: string | null): EventInput {
  const base = { stepKey: event.stepKey, assetKey: "assetKey" in event ? event.assetKey : null, timestamp: new Date(event.timestamp), partitionKey };
  switch (event.type) {
    case "STEP_START":
      return { ...base, eventType: event.type, attempt: event.attempt, message: event.attempt > 1 ? `Started attempt ${event.attempt}.` : "Started." };
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
      return { ...base, eventType: event.type, level: "WARN", attempt: event.attempt, extra: { delayMs: event.delayMs }, message: `Retrying in ${seconds(event.delayMs)} (attempt ${event.attempt}).` };
    case "STEP_SKIPPED":
      return { ...base, eventType: event.type, message: `Skipped: ${event.reason}` };
    case "STEP_CANCELED":
      return { ...base, eventType: event.type, level: "WARN", message: "Canceled." };
    case "ASSET_MATERIALIZATION":
      return { ...base, partitionKey: event.partitionKey, eventType: event.type, metadata: event.metadata, message: `Materialized ${event.assetKey.join("/")}${event.partitionKey ? ` for partition ${event.partitionKey}` : ""}.` };
    case "ASSET_OBSERVATION":
      return { ...base, partitionKey: event.partitionKey, eventType: event.type, metadata: event.metadata, extra: { dataVersion: event.dataVersion }, message: `Observed ${event.assetKey.join("/")}${event.dataVersion ? ` (data version ${event.dataVersion})` : ""}.` };
    case "LOG":
      return { ...base, eventType: event.type, level: event.level, message: event.message };
  }
}
