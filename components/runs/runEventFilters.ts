// Filtering a run's event log by step, level, event type and text. Until the whole log is in the browser the server
// answers a filter (see useRunLogs); once it is, the loaded events are filtered here, with the same rules, at once.
import type { EventLevel, RunEventFieldsFragment as RunEvent } from "../../graphql/client/generated/graphql";

export const EVENT_LEVELS: readonly EventLevel[] = ["DEBUG", "INFO", "WARN", "ERROR"];

export interface RunEventFilter {
  /** Step keys to show; empty shows every step and the run-level events. */
  steps: ReadonlySet<string>;
  levels: ReadonlySet<EventLevel>;
  /** One event type, or null for all. */
  eventType: string | null;
  text: string;
}

export const NO_RUN_EVENT_FILTER: RunEventFilter = { steps: new Set(), levels: new Set(), eventType: null, text: "" };

export function isEmptyRunEventFilter(filter: RunEventFilter): boolean {
  return filter.steps.size === 0 && filter.levels.size === 0 && filter.eventType === null && filter.text.trim() === "";
}

/** The events the filter lets through: what `logsForRun` answers for the same filter. */
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

export function hasDetails(event: RunEvent): boolean {
  return event.metadataEntries.length > 0 || event.error !== null;
}
