// The shapes a partition backfill is planned in: what it targets and the runs it asks for.
import type { AssetNodeSnapshot } from "../definitionsSnapshot";
import type { RunPartitionSelection } from "../partitions/runPartitions";
import type { IndexRange, PartitionKeySpace } from "../partitions/types";

/** One run per partition key, or (for assets whose backfill policy is single_run) one run per contiguous range. */
export type BackfillStrategy = "ONE_RUN_PER_PARTITION" | "SINGLE_RUN";

export const BACKFILL_STRATEGIES: readonly BackfillStrategy[] = ["ONE_RUN_PER_PARTITION", "SINGLE_RUN"];

/** An asset's own policy: "single_run" lets a backfill materialize a range of partitions in one run; "multi_run", one run a partition. */
export type BackfillPolicy = "single_run" | "multi_run";

export const BACKFILL_POLICIES: readonly BackfillPolicy[] = ["single_run", "multi_run"];

/** An asset the backfill materializes, with the partitions it targets. */
export interface BackfillTarget {
  /** Key string, e.g. "analytics/daily_events". */
  assetKey: string;
  codeLocationName: string;
  node: AssetNodeSnapshot;
  /** The asset's key space at planning time; null for an unpartitioned asset. */
  space: PartitionKeySpace | null;
  /** Targeted positions in `space`; ignored (and [] by convention) for an unpartitioned asset. */
  ranges: readonly IndexRange[];
}

/** One run the backfill will submit. */
export interface BackfillRunRequest {
  /**
   * Stable and readable: `<group>:<partition key>`, `<group>:<first>...<last>` for a range, or `<group>` for
   * unpartitioned assets, where the group is the first asset key of the run. Asset keys never contain ":",
   * so keys cannot collide; the daemon relies on them to never submit a request twice.
   */
  requestKey: string;
  codeLocationName: string;
  /** Asset key strings in dependency order. */
  assetKeys: string[];
  /** The run's partitions as it will be stored: a key, a range (assets that accept one), or null when unpartitioned. */
  partitions: RunPartitionSelection | null;
  /** Requests holding partitions this one reads; they must succeed before this one is submitted. */
  upstreamRequestKeys: string[];
}
