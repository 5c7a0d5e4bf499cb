// "Unsynced": the asset's latest materialization (or some of its partitions) no longer reflects its code or its
// upstream data; the causes on hover. (The word is Dagster's, and keeps "stale" for freshness.)
import { Badge } from "../ui/Badge";
import { RefreshIcon } from "../ui/icons";
import { type StaleCause, type StaleStatusFields, staleCauseText, unsyncedPartitionsText } from "./staleFields";

/** The causes listed, and how many more there are. */
export function staleCausesText(causes: readonly StaleCause[], total = causes.length): string {
  const more = total - causes.length;
  return `${causes.map(staleCauseText).join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

/** "Unsynced", or for a partitioned asset "20 of 337 unsynced" (compact, beside a partition count: "20 unsynced"). */
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
        ? `${unsynced.toLocaleString("en")} unsynced`
        : `${unsynced.toLocaleString("en")} of ${total.toLocaleString("en")} unsynced`;
  const causes = staleCausesText(asset.staleCauses, asset.staleCauseCount);
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
