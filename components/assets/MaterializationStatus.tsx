// The latest materialization state as a dot and a phrase: "Materialized 5m ago", "Failed 2h ago", "Source".
import type { AssetLatestInfo } from "../../graphql/client/types";
import { Badge, type BadgeTone } from "../ui/Badge";
import { cx } from "../ui/cx";
import { RelativeTime } from "../ui/RelativeTime";
import { statusDotClass, statusLabel, statusTextClass, statusTimestamp } from "./materializationStatus";

export function MaterializationStatus({ info, className }: { info: AssetLatestInfo; className?: string }) {
  const timestamp = statusTimestamp(info);
  return (
    <span className={cx("inline-flex min-w-0 items-center gap-1.5 text-xs", className)}>
      <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", statusDotClass[info.state])} />
      <span className={cx("truncate", statusTextClass[info.state])}>
        {statusLabel[info.state]}
        {timestamp && (
          <>
            {" "}
            <RelativeTime timestamp={timestamp} />
          </>
        )}
      </span>
    </span>
  );
}

const badgeTone: Record<AssetLatestInfo["state"], BadgeTone> = {
  MATERIALIZED: "green",
  FAILED: "red",
  NEVER_MATERIALIZED: "neutral",
  SOURCE: "blue",
};

/** The state alone, as a badge for tables. */
export function MaterializationStatusBadge({ info }: { info: AssetLatestInfo }) {
  return (
    <Badge tone={badgeTone[info.state]}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", statusDotClass[info.state])} />
      {statusLabel[info.state]}
    </Badge>
  );
}
