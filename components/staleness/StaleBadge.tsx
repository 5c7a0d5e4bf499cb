// "Unsynced": the asset's latest materialization (or some of its partitions) no longer reflects its code or its
// upstream data; the causes on hover. (The word is Dagster's, and keeps "stale" for freshness.)
import { Badge } from "../ui/Badge";
import { RefreshIcon } from "../ui/icons";
import { type StaleCause, type StaleStatusFields, staleCauseText, unsyncedPartitionsText } from "./staleFields";

export function staleCausesText(causes: readonly StaleCause[]): string {
  return causes.map(staleCauseText).join("; ");
}

/** "Unsynced", or for a partitioned asset "20 of 337 unsynced" (compact: "20/337"). */
export function StaleBadge({
  asset,
  compact = false,
  className,
}: {
  asset: StaleStatusFields;
  compact?: boolean;
  className?: string;
}) {
  const partitions = unsyncedPartitionsText(asset);
  const { unsyncedPartitionCount: unsynced, partitionCount: total } = asset;
  const label =
    unsynced === null || total === null
      ? "Unsynced"
      : compact
        ? `${unsynced.toLocaleString("en")}/${total.toLocaleString("en")} unsynced`
        : `${unsynced.toLocaleString("en")} of ${total.toLocaleString("en")} unsynced`;
  const causes = staleCausesText(asset.staleCauses);
  return (
    <Badge tone="amber" className={className} title={`${partitions ?? "Unsynced"}: ${causes}`}>
      <RefreshIcon size={11} />
      <span aria-hidden={partitions !== null || undefined}>{label}</span>
      <span className="sr-only">
        {partitions !== null && ` (${partitions})`}: {causes}
      </span>
    </Badge>
  );
}
