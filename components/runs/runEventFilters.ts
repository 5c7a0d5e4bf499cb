// Filtering a run's event log by step, level, event type and text: pure functions over the loaded events.
import type { EventLevel } from "../../graphql/client/generated/graphql";
import type { RunEvent } from "./useRunLogs";

export const EVENT_LEVELS: readonly EventLevel[] = ["DEBUG", "INFO", "WARN", "ERROR"];

export interface RunEventFilter {
  /** Step keys to show; empty shows every step and the run-level events. */
  steps: ReadonlySet<string>;
  levels: ReadonlySet<EventLevel>;
  /** One event type, or null for all. */
  eventType: string | null;
  text: string;
}

export function filterRunEvents(events: readonly RunEvent[], filter: RunEventFilter): RunEvent[] {
  const needle = filter.text.trim().toLowerCase();
  return events.filter((event) => {
    if (filter.steps.size > 0 && (event.stepKey === null || !filter.steps.has(event.stepKey))) return false;
    if (filter.levels.size > 0 && !filter.levels.has(event.level)) return false;
    if (filter.eventType && event.eventType !== filter.eventType) return false;
    if (!needle) return true;
    return (
      event.message.toLowerCase().includes(needle) ||
      event.eventType.toLowerCase().includes(needle) ||
      (event.stepKey?.toLowerCase().includes(needle) ?? false) ||
      (event.error?.message.toLowerCase().includes(needle) ?? false) ||
      event.metadataEntries.some(
        (m) => m.label.toLowerCase().includes(needle) || m.value.toLowerCase().includes(needle),
      )
    );
  });
}

/** Event types present in the log, in first-seen order, for the type filter. */
export function eventTypesOf(events: readonly RunEvent[]): string[] {
  return [...new Set(events.map((e) => e.eventType))];
}

export function hasDetails(event: RunEvent): boolean {
  return event.metadataEntries.length > 0 || event.error !== null;
}
