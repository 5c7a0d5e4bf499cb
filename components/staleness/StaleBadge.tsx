// "Unsynced": the asset's latest materialization no longer reflects its code or its upstream data; the causes on hover.
// (The word is Dagster's, and keeps "stale" for freshness.)
import type { StaleCause } from "../assets/useAssetNodes";
import { Badge } from "../ui/Badge";
import { RefreshIcon } from "../ui/icons";

export function staleCausesText(causes: readonly StaleCause[]): string {
  return causes.map((cause) => cause.reason).join("; ");
}

export function StaleBadge({ causes, className }: { causes: readonly StaleCause[]; className?: string }) {
  return (
    <Badge tone="amber" className={className} title={`Unsynced: ${staleCausesText(causes)}`}>
      <RefreshIcon size={11} />
      Unsynced
      <span className="sr-only">: {staleCausesText(causes)}</span>
    </Badge>
  );
}
