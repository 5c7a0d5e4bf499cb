// What schedules and sensors share in client documents: their on/off status, the fields of a tick, and the size of
// a page of tick history.
import type { RunStatus } from "./runs";

export type InstigatorStatus = "RUNNING" | "STOPPED";
export type TickStatus = "STARTED" | "SUCCESS" | "SKIPPED" | "FAILURE";

export const TICKS_PAGE_SIZE = 25;

export const TICK_FIELDS = /* GraphQL */ `
  fragment TickFields on Tick {
    id
    tickTime
    evaluatedAt
    status
    runIds
    runs { runId status partitionKey }
    skipReason
    error
    cursor
  }
`;

export interface Tick {
  id: string;
  /** The cron time a schedule's tick is for; when a sensor was evaluated. */
  tickTime: string;
  evaluatedAt: string;
  status: TickStatus;
  runIds: string[];
  /** The runs it launched that still exist. */
  runs: { runId: string; status: RunStatus; partitionKey: string | null }[];
  skipReason: string | null;
  error: string | null;
  /** A sensor's cursor after the evaluation; null for schedules. */
  cursor: string | null;
}
