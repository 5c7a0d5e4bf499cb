// On a partitioned asset's Overview: how it is partitioned and how many partitions are in each state, linking to the
// Partitions tab for the grid.

import { cx } from "../ui/cx";
import { CalendarIcon, ChevronRightIcon } from "../ui/icons";
import type { AssetPartitionSummary } from "./usePartitions";

export function PartitionsOverviewCard({ summary, onOpen }: { summary: AssetPartitionSummary; onOpen: () => void }) {
  const stats = summary.partitionStats;
  const definition = summary.partitionsDefinition;
  if (!stats || !definition) return null;
  const total = Math.max(1, stats.numPartitions);
  const parts = [
    { label: "Materialized", n: stats.numMaterialized, fill: "bg-emerald-500" },
    { label: "Failed", n: stats.numFailed, fill: "bg-red-500" },
    { label: "In progress", n: stats.numInProgress, fill: "bg-sky-400" },
    { label: "Missing", n: stats.numMissing, fill: "bg-neutral-200" },
  ];
  return (
    <section aria-label="Partitions summary" className="mb-5 rounded-lg border border-neutral-200 bg-white px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-[13px] font-semibold text-neutral-800">
          <CalendarIcon size={14} className="text-neutral-400" />
          {stats.numPartitions.toLocaleString()} partitions
          <span className="font-normal text-neutral-500">· {definition.description}</span>
        </h2>
        <button
          type="button"
          onClick={onOpen}
          className="inline-flex items-center gap-0.5 text-[13px] font-medium text-accent-700 hover:text-accent-900"
        >
          View partitions <ChevronRightIcon size={13} />
        </button>
      </div>
      <div aria-hidden="true" className="mt-2.5 flex h-2 overflow-hidden rounded-full bg-neutral-200">
        {parts
          .slice(0, 3)
          .map((p) =>
            p.n > 0 ? <span key={p.label} className={p.fill} style={{ width: `${(100 * p.n) / total}%` }} /> : null,
          )}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs">
        {parts.map((p) => (
          <li key={p.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cx("size-2 rounded-sm", p.fill)} />
            <span className="text-neutral-500">{p.label}</span>
            <span className="font-semibold text-neutral-800 tabular-nums">{p.n.toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
