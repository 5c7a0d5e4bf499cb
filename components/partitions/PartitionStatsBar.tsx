// A compact partitions summary from counts alone (no key order): a thin stacked bar and "30/45", for tables, headers
// and graph nodes where the full health bar would be too much.

import { cx } from "../ui/cx";
import type { PartitionStats } from "./usePartitions";

export function PartitionStatsBar({
  stats,
  className,
  compact = false,
}: {
  stats: PartitionStats;
  className?: string;
  compact?: boolean;
}) {
  const total = Math.max(1, stats.numPartitions);
  const parts = [
    { n: stats.numMaterialized, fill: "bg-emerald-500" },
    { n: stats.numFailed, fill: "bg-red-500" },
    { n: stats.numInProgress, fill: "bg-sky-400" },
  ];
  const title = `${stats.numMaterialized} of ${stats.numPartitions} partitions materialized, ${stats.numFailed} failed, ${stats.numInProgress} in progress, ${stats.numMissing} missing`;
  return (
    <span className={cx("inline-flex min-w-0 items-center gap-2", className)} title={title}>
      <span
        aria-hidden="true"
        className={cx("flex h-1.5 shrink-0 overflow-hidden rounded-full bg-neutral-200", compact ? "w-8" : "w-16")}
      >
        {parts.map((p, i) =>
          p.n > 0 ? <span key={i} className={p.fill} style={{ width: `${(100 * p.n) / total}%` }} /> : null,
        )}
      </span>
      <span className={cx("whitespace-nowrap tabular-nums text-neutral-600", compact ? "text-[11px]" : "text-xs")}>
        <span className="sr-only">{title}</span>
        <span aria-hidden="true">
          {stats.numMaterialized.toLocaleString()}/{stats.numPartitions.toLocaleString()}
          {!compact && stats.numFailed > 0 && (
            <span className="ml-1.5 text-red-700">{stats.numFailed.toLocaleString()} failed</span>
          )}
        </span>
      </span>
    </span>
  );
}
