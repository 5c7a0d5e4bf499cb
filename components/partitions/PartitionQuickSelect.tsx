"use client";
// One-click selections over the grid: all partitions, the missing ones, the failed ones, or both.
import { memo, useMemo } from "react";
import type { IndexRange } from "../../lib/core/partitions";
import { cx } from "../ui/cx";
import { PartitionState, rangesInStates } from "./partitionStatus";

const choices: ReadonlyArray<{ label: string; states: readonly PartitionState[] | "all" }> = [
  { label: "All", states: "all" },
  { label: "Missing", states: [PartitionState.MISSING] },
  { label: "Failed", states: [PartitionState.FAILED] },
  { label: "Missing and failed", states: [PartitionState.MISSING, PartitionState.FAILED] },
];

export const PartitionQuickSelect = memo(function PartitionQuickSelect({
  states,
  onSelect,
}: {
  states: Uint8Array;
  onSelect: (ranges: readonly IndexRange[]) => void;
}) {
  const options = useMemo(
    () =>
      choices.map((choice) => ({
        label: choice.label,
        ranges:
          choice.states === "all"
            ? states.length > 0
              ? [[0, states.length - 1] as const]
              : []
            : rangesInStates(states, choice.states),
      })),
    [states],
  );
  return (
    <div role="group" aria-label="Quick selection" className="flex flex-wrap items-center gap-1.5">
      <span className="mr-1 text-xs font-medium text-neutral-500">Select</span>
      {options.map(({ label, ranges }) => {
        const empty = ranges.length === 0;
        return (
          <button
            key={label}
            type="button"
            disabled={empty}
            onClick={() => onSelect(ranges)}
            className={cx(
              "inline-flex h-7 items-center rounded-full bg-white px-3 text-xs font-medium text-neutral-700 ring-1 ring-inset ring-neutral-300 transition-colors",
              "hover:bg-accent-50 hover:text-accent-800 hover:ring-accent-300 disabled:cursor-not-allowed disabled:text-neutral-300 disabled:hover:bg-white disabled:hover:ring-neutral-300",
            )}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
});
