// The label over a hovered grid cell: its key and state. Positioned in the grid's content coordinates, so it scrolls
// with the cell; below the cell near the top edge, where above would be clipped.
import { cx } from "../ui/cx";
import { STEP } from "./gridMetrics";
import { type PartitionState, partitionStateFill, partitionStateLabel } from "./partitionStatus";

export function PartitionCellTooltip({
  partitionKey,
  state,
  x,
  y,
}: {
  partitionKey: string;
  state: PartitionState;
  x: number;
  y: number;
}) {
  const below = y < 40;
  return (
    <div
      aria-hidden="true"
      className={cx(
        "pointer-events-none absolute z-30 -translate-x-1/2 whitespace-nowrap rounded-md bg-neutral-900 px-2 py-1 text-[11px] text-white shadow-lg",
        below ? "mt-1" : "-translate-y-full -mt-1",
      )}
      style={{ left: x, top: below ? y + STEP : y }}
    >
      <span className="font-mono font-medium">{partitionKey}</span>
      <span className="ml-2 inline-flex items-center gap-1 text-neutral-300">
        <span className={cx("size-1.5 rounded-full", partitionStateFill[state])} />
        {partitionStateLabel[state]}
      </span>
    </div>
  );
}
