// How fast the backfill daemon submits runs: a chunk per tick, and never more unfinished runs per backfill than the
// queue limit, because workers re-check every queued run they hold back about once a second.
export interface BackfillLimits {
  /** Runs one backfill submits per tick at most. */
  chunkSize: number;
  /** Runs of one backfill queued or in progress at once at most. */
  maxQueuedRuns: number;
}

export const DEFAULT_BACKFILL_LIMITS: BackfillLimits = { chunkSize: 50, maxQueuedRuns: 100 };
