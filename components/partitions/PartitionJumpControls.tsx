"use client";
// Above the grid: jump to the latest partition, or to a failed one (the most recent first, then each earlier
// failure in turn), focusing it so the side panel shows its history.
import { useMemo, useRef } from "react";
import { cx } from "../ui/cx";
import { PartitionState, rangesInStates } from "./partitionStatus";

export function PartitionJumpControls({
  states,
  onJump,
  className,
}: {
  states: Uint8Array;
  onJump: (index: number) => void;
  className?: string;
}) {
  const failed = useMemo(() => rangesInStates(states, [PartitionState.FAILED]), [states]);
  // Which failed range the next click goes to, counted from the latest.
  const nextFailed = useRef(0);
  const size = states.length;
  const jumpToFailed = () => {
    if (failed.length === 0) return;
    const turn = nextFailed.current % failed.length;
    nextFailed.current = turn + 1;
    const range = failed[failed.length - 1 - turn];
    if (range) onJump(range[1]);
  };
  const button =
    "inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-neutral-700 ring-1 ring-neutral-300 ring-inset hover:bg-neutral-50 disabled:cursor-not-allowed disabled:text-neutral-500 disabled:hover:bg-white";
  return (
    <div role="group" aria-label="Jump in the grid" className={cx("mb-2 flex flex-wrap items-center gap-2", className)}>
      <button type="button" className={button} disabled={size === 0} onClick={() => onJump(size - 1)}>
        Jump to latest
      </button>
      <button
        type="button"
        className={button}
        disabled={failed.length === 0}
        title={failed.length === 0 ? "No failed partitions" : undefined}
        onClick={jumpToFailed}
      >
        Jump to failed
      </button>
    </div>
  );
}
