// Every partition of an asset as one bar, in key order, colored by state, with the count of each state beneath.
import { memo, useMemo } from "react";
import { cx } from "../ui/cx";
import {
  PARTITION_STATES,
  type PartitionCounts,
  partitionStateColor,
  partitionStateFill,
  partitionStateLabel,
  stateSegments,
} from "./partitionStatus";

export const PartitionHealthBar = memo(function PartitionHealthBar({
  states,
  counts,
  className,
}: {
  states: Uint8Array;
  counts: PartitionCounts;
  className?: string;
}) {
  const { segments, total } = useMemo(() => stateSegments(states), [states]);
  const summary = PARTITION_STATES.map((s) => `${counts[s]} ${partitionStateLabel[s].toLowerCase()}`).join(", ");
  return (
    <div className={className}>
      <svg
        role="img"
        aria-label={`Partition health: ${summary}`}
        viewBox={`0 0 ${Math.max(1, total)} 1`}
        preserveAspectRatio="none"
        className="block h-4 w-full overflow-hidden rounded bg-neutral-100"
        data-testid="partition-health-bar"
      >
        {segments.map((segment) => (
          <rect
            key={segment.start}
            x={segment.start}
            y={0}
            width={segment.length}
            height={1}
            fill={partitionStateColor[segment.state]}
          />
        ))}
      </svg>
      <PartitionStateLegend counts={counts} className="mt-2.5" />
    </div>
  );
});

export function PartitionStateLegend({ counts, className }: { counts: PartitionCounts; className?: string }) {
  return (
    <ul
      aria-label="Partitions by state"
      className={cx("flex flex-wrap items-center gap-x-5 gap-y-1 text-[13px]", className)}
    >
      {PARTITION_STATES.map((state) => (
        <li key={state} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cx("size-2.5 rounded-sm", partitionStateFill[state])} />
          <span className="text-neutral-600">{partitionStateLabel[state]}</span>
          <span
            className="font-semibold text-neutral-900 tabular-nums"
            data-testid={`partition-count-${partitionStateLabel[state].toLowerCase().replace(/ /g, "-")}`}
          >
            {counts[state].toLocaleString()}
          </span>
        </li>
      ))}
    </ul>
  );
}
