// What the launch dialog needs to know about each asset it backfills.
import type { AssetPartitionSummary } from "../partitions/usePartitions";

export type BackfillTarget = Pick<AssetPartitionSummary, "assetKey" | "partitionsDefinition" | "acceptsPartitionRange">;

/** Whether every partitioned target shares one partitions definition, so one selection text means the same to all. */
export function sharedPartitionsDefinition(targets: readonly BackfillTarget[]): BackfillTarget | null {
  const partitioned = targets.filter((t) => t.partitionsDefinition !== null);
  const [first] = partitioned;
  if (!first?.partitionsDefinition) return null;
  const same = partitioned.every(
    (t) =>
      t.partitionsDefinition?.description === first.partitionsDefinition?.description &&
      t.partitionsDefinition?.kind === first.partitionsDefinition?.kind &&
      t.partitionsDefinition?.dimensionNames.join("|") === first.partitionsDefinition?.dimensionNames.join("|"),
  );
  return same ? first : null;
}

/** "One run for the whole range" needs every partitioned asset to accept a range (backfillPolicy single_run). */
export function rangeRunBlockers(targets: readonly BackfillTarget[]): string[] {
  return targets
    .filter((t) => t.partitionsDefinition !== null && !t.acceptsPartitionRange)
    .map((t) => t.assetKey.path.join("/"));
}
