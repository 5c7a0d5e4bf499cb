// What appending an event takes: the executor's events, and the store's own (run lifecycle, closing steps).
import type { MetadataValue } from "../core/definitionsSnapshot";

export type EventLevel = "DEBUG" | "INFO" | "WARN" | "ERROR";

export interface EventError {
  message: string;
  stack: string | null;
}

export interface EventInput {
  eventType: string;
  stepKey?: string | null;
  assetKey?: string[] | null;
  partitionKey?: string | null;
  level?: EventLevel;
  message: string;
  metadata?: Record<string, MetadataValue>;
  error?: EventError | null;
  /** Attempt number for step events. */
  attempt?: number;
  timestamp?: Date;
  /** Extra JSON kept with the event (retry delay, data version…). */
  extra?: Record<string, unknown>;
}
