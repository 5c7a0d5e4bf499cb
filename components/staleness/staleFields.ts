// What every view of an asset's staleness reads: status, the first cause and, for partitioned assets, the unsynced
// count. Every asset of the catalog and the graph carries it (unsynced carries down whole chains), so the full list of
// causes, with the upstream each arrives through, is the asset page's alone.
import { graphql } from "../../graphql/client/generated";
import type { StaleStatusFieldsFragment } from "../../graphql/client/generated/graphql";

graphql(`
  fragment StaleStatusFields on AssetNode {
    staleStatus
    staleCauses(limit: 1) { key { path } reason partitionCount }
    staleCauseCount
    unsyncedPartitionCount
    partitionCount
  }
`);

export type StaleStatusFields = StaleStatusFieldsFragment;
export type StaleCause = StaleStatusFields["staleCauses"][number];

/** Whether there is anything to bring up to date: an unsynced unpartitioned asset, or a partition that is. */
export function isUnsynced(asset: StaleStatusFields): boolean {
  return asset.staleStatus === "STALE" && (asset.unsyncedPartitionCount ?? 1) > 0;
}

/** "20 of 337 partitions unsynced"; null for an unpartitioned asset. */
export function unsyncedPartitionsText(asset: StaleStatusFields): string | null {
  if (asset.unsyncedPartitionCount === null || asset.partitionCount === null) return null;
  return `${asset.unsyncedPartitionCount.toLocaleString("en")} of ${asset.partitionCount.toLocaleString("en")} partition${asset.partitionCount === 1 ? "" : "s"} unsynced`;
}

/** One cause as a line: "code version changed (1 → 3) · 20 partitions". */
export function staleCauseText(cause: StaleCause): string {
  if (cause.partitionCount === null) return cause.reason;
  return `${cause.reason} · ${cause.partitionCount.toLocaleString("en")} partition${cause.partitionCount === 1 ? "" : "s"}`;
}
