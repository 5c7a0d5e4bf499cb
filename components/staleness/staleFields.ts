// What every view of an asset's staleness reads: status, the first cause and, for partitioned assets, how many
// partitions are unsynced. Every asset of the catalog and the graph carries it (unsynced carries down whole chains), so
// it stays small: the partition total sits beside it there already, and every cause, with the partitions it touches
// and the upstream it arrives through, is the asset page's alone.
import { graphql } from "../../graphql/client/generated";
import type { StaleStatusFieldsFragment } from "../../graphql/client/generated/graphql";

graphql(`
  fragment StaleStatusFields on AssetNode {
    staleStatus
    staleCauses(limit: 1) { reason }
    unsyncedPartitionCount
  }
`);

export type StaleStatusFields = StaleStatusFieldsFragment;

/** Whether there is anything to bring up to date: an unsynced unpartitioned asset, or a partition that is. */
export function isUnsynced(asset: StaleStatusFields): boolean {
  return asset.staleStatus === "STALE" && (asset.unsyncedPartitionCount ?? 1) > 0;
}

const partitions = (n: number) => `${n.toLocaleString("en")} partition${n === 1 ? "" : "s"}`;

/** "20 of 337 partitions unsynced" (without a total, "20 partitions unsynced"); null for an unpartitioned asset. */
export function unsyncedPartitionsText(unsynced: number | null, total: number | null = null): string | null {
  if (unsynced === null) return null;
  return total === null
    ? `${partitions(unsynced)} unsynced`
    : `${unsynced.toLocaleString("en")} of ${partitions(total)} unsynced`;
}

/** One cause as a line: "code version changed (1 → 3) · 20 partitions". */
export function staleCauseText(cause: { reason: string; partitionCount?: number | null }): string {
  return cause.partitionCount == null ? cause.reason : `${cause.reason} · ${partitions(cause.partitionCount)}`;
}
