// Every partition of an asset as one bar, in key order, colored by state, with the count of each state beneath.
// Given onSelect, a click on a segment selects its partitions and each state in the legend selects all of its own.
import { memo, useMemo } from "react";
import type { IndexRange } from "../../lib/core/partitions";
import { cx } from "../ui/cx";
import {
  PARTITION_STATES,
  type PartitionCounts,
  type PartitionState,
  partitionStateColor,
  partitionStateFill,
  partitionStateLabel,
  rangesInStates,
  segmentRanges,
  stateSegments,
} from "./partitionStatus";

export const PartitionHealthBar = memo(function PartitionHealthBar({
  states,
  counts,
  onSelect,
  className,
}: {
  states: Uint8Array;
  counts: PartitionCounts;
  /** Selects partitions in the grid (and scrolls it there). */
  onSelect?: (ranges: readonly IndexRange[]) => void;
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
        {segments.map((segment) => {
          const select = onSelect ? () => onSelect(segmentRanges(states, segment, total)) : undefined;
          const fill = (
            // The legend below offers the same selections from the keyboard.
            <rect
              key={segment.start}
              x={segment.start}
              y={segment.mark ? 1 - markHeight(segment.mark.share) : 0}
              width={segment.length}
              height={segment.mark ? markHeight(segment.mark.share) : 1}
              fill={partitionStateColor[segment.state]}
              data-state={partitionStateLabel[segment.state].toLowerCase().replace(/ /g, "-")}
              className={onSelect ? "cursor-pointer hover:opacity-75" : undefined}
              onClick={select}
            />
          );
          if (!segment.mark) return fill;
          return (
            <g key={segment.start}>
              <rect
                x={segment.start}
                y={0}
                width={segment.length}
                height={1}
                fill={partitionStateColor[segment.mark.base]}
                onClick={select}
                className={onSelect ? "cursor-pointer" : undefined}
              />
              {fill}
            </g>
          );
        })}
      </svg>
      <PartitionStateLegend
        counts={counts}
        className="mt-2.5"
        onSelectState={onSelect ? (state) => onSelect(rangesInStates(states, [state])) : undefined}
      />
    </div>
  );
});

/** A bucket's failures or runs fill at least 40 % of the bar's height, so one among hundreds still shows. */
function markHeight(share: number): number {
  return Math.min(1, Math.max(0.4, share));
}

export function PartitionStateLegend({
  counts,
  onSelectState,
  className,
}: {
  counts: PartitionCounts;
  onSelectState?: (state: PartitionState) => void;
  className?: string;
}) {
  return (
    <ul
      aria-label="Partitions by state"
      className={cx("flex flex-wrap items-center gap-x-5 gap-y-1 text-[13px]", className)}
    >
      {PARTITION_STATES.map((state) => {
        const label = partitionStateLabel[state];
        const content = (
          <>
            <span aria-hidden="true" className={cx("size-2.5 rounded-sm", partitionStateFill[state])} />
            <span className="text-neutral-600">{label}</span>
            <span
              className="font-semibold text-neutral-900 tabular-nums"
              data-testid={`partition-count-${label.toLowerCase().replace(/ /g, "-")}`}
            >
              {counts[state].toLocaleString()}
            </span>
          </>
        );
        return (
          <li key={state} className="flex items-center gap-1.5">
            {onSelectState && counts[state] > 0 ? (
              <button
                type="button"
                title={`Select the ${label.toLowerCase()} partitions`}
                onClick={() => onSelectState(state)}
                className="-mx-1 flex items-center gap-1.5 rounded px-1 hover:bg-neutral-100"
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
