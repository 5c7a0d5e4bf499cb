// The one stored form of a run's partitions (the Run row's partitionKey, or partitionRangeStart and partitionRangeEnd),
// to and from the typed value, and the partition tags a run shows, derived from those columns rather than stored.
import {
  formatRunPartitions,
  parseRunPartitions,
  partitionKeySelection,
  partitionRangeSelection,
  type RunPartitionSelection,
} from "../core/partitions";
import type { Prisma } from "./generated/prisma/client";

/**
 * Tags a run shows for its partitions, derived from its partition columns (never stored), so the console shows them
 * and tag filters find the run as before.
 */
export const PARTITION_TAG = "strata/partition";
export const PARTITION_RANGE_TAG = "strata/partition_range";

/** The one stored form of a run's partitions: `partitionKey`, or both ends of a range; all null for neither. */
export interface RunPartitionColumns {
  partitionKey: string | null;
  partitionRangeStart: string | null;
  partitionRangeEnd: string | null;
}

export function partitionColumns(partitions: RunPartitionSelection | null | undefined): RunPartitionColumns {
  if (partitions?.kind === "key")
    return { partitionKey: partitions.key, partitionRangeStart: null, partitionRangeEnd: null };
  if (partitions?.kind === "range")
    return { partitionKey: null, partitionRangeStart: partitions.start, partitionRangeEnd: partitions.end };
  return { partitionKey: null, partitionRangeStart: null, partitionRangeEnd: null };
}

/** A stored run's partitions as the typed value (the columns' constraint keeps a key and a range apart). */
export function runPartitions(run: RunPartitionColumns): RunPartitionSelection | null {
  if (run.partitionKey !== null) return partitionKeySelection(run.partitionKey);
  if (run.partitionRangeStart !== null && run.partitionRangeEnd !== null)
    return partitionRangeSelection(run.partitionRangeStart, run.partitionRangeEnd);
  return null;
}

/** The tags a run shows: its stored tags and, from its partition columns, strata/partition or strata/partition_range. */
export function shownRunTags(run: RunPartitionColumns & { tags: unknown }): Record<string, string> {
  const tags = { ...(run.tags as Record<string, string>) };
  const partitions = runPartitions(run);
  if (partitions)
    tags[partitions.kind === "key" ? PARTITION_TAG : PARTITION_RANGE_TAG] = formatRunPartitions(partitions);
  return tags;
}

/** A filter on a partition tag, as a filter on the partition columns; null for any other tag. */
export function partitionTagFilter(key: string, value: string): Prisma.RunWhereInput | null {
  if (key === PARTITION_TAG) return { partitionKey: value };
  if (key !== PARTITION_RANGE_TAG) return null;
  const range = parseRunPartitions(value);
  // Text that is not a range is the tag of no run.
  if (!range.ok || range.selection.kind !== "range") return { id: { in: [] } };
  return { partitionRangeStart: range.selection.start, partitionRangeEnd: range.selection.end };
}
