// An asset's freshness as a badge: Fresh, Late (within its warn window) or Stale, with how late; the reason on hover.

import { describeMinutes } from "../../lib/core/freshness";
import type { FreshnessInfo } from "../assets/useAssetNodes";
import { Badge, type BadgeTone } from "../ui/Badge";
import { ClockIcon } from "../ui/icons";

const tone: Record<FreshnessInfo["status"], BadgeTone> = { FRESH: "green", WARN: "amber", STALE: "red" };
const label: Record<FreshnessInfo["status"], string> = { FRESH: "Fresh", WARN: "Late", STALE: "Stale" };

export function freshnessText(info: FreshnessInfo): string {
  return info.status !== "FRESH" && info.minutesLate >= 1
    ? `${label[info.status]} · ${describeMinutes(info.minutesLate)} late`
    : label[info.status];
}

/** `compact` shows the status word alone (graph nodes); how late stays in the tooltip and for screen readers. */
export function FreshnessBadge({
  info,
  className,
  compact = false,
}: {
  info: FreshnessInfo;
  className?: string;
  compact?: boolean;
}) {
  return (
    <Badge tone={tone[info.status]} className={className} title={`${freshnessText(info)}: ${info.reason}`}>
      <ClockIcon size={11} />
      {compact ? (
        <>
          <span aria-hidden="true">{label[info.status]}</span>
          <span className="sr-only">{freshnessText(info)}</span>
        </>
      ) : (
        freshnessText(info)
      )}
    </Badge>
  );
}
