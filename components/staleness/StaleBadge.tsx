// "Unsynced": the asset's latest materialization (or some of its partitions) no longer reflects its code or its
// upstream data; the first cause on hover, every cause on the asset page. (The word is Dagster's, and keeps "stale"
// for freshness.)
import { Badge } from "../ui/Badge";
import { RefreshIcon } from "../ui/icons";
import { type StaleStatusFields, staleCauseText, unsyncedPartitionsText } from "./staleFields";

/** "Unsynced", or for a partitioned asset "20 unsynced" ("20 of 337 unsynced" where the total is given). */
export function StaleBadge({
  asset,
  partitionCount = null,
  className,
}: {
  asset: StaleStatusFields;
  /** Every partition of the asset, where the badge is not beside a partition count already. */
  partitionCount?: number | null;
  className?: string;
}) {
  const unsynced = asset.unsyncedPartitionCount;
  const partitions = unsyncedPartitionsText(unsynced, partitionCount);
  const label =
    unsynced === null
      ? "Unsynced"
      : `${unsynced.toLocaleString("en")}${partitionCount === null ? "" : ` of ${partitionCount.toLocaleString("en")}`} unsynced`;
  const [first] = asset.staleCauses;
  const cause = first ? staleCauseText(first) : "";
  return (
    <Badge tone="amber" className={className} title={`${partitions ?? "Unsynced"}: ${cause}`}>
      <RefreshIcon size={11} />
      <span aria-hidden={partitions !== null || undefined}>{label}</span>
      <span className="sr-only">
        {partitions !== null && ` (${partitions})`}: {cause}
      </span>
    </Badge>
  );
}
