// The class names of one grid cell: its state's fill, then selection and focus on top. Selection is styled from the
// cell's aria-selected (see selectionMarks.ts), so selecting never re-renders a cell.
import { cx } from "../ui/cx";
import { PartitionState, partitionStateFill } from "./partitionStatus";

export function partitionCellClass(state: PartitionState, focused: boolean): string {
  return cx(
    "shrink-0 rounded-[3px]",
    partitionStateFill[state],
    state === PartitionState.IN_PROGRESS && "animate-pulse",
    "aria-selected:shadow-[inset_0_0_0_2px_var(--color-accent-800)]",
    "not-aria-selected:hover:shadow-[inset_0_0_0_2px_rgba(0,0,0,0.25)]",
    focused && "outline-2 outline-offset-1 outline-accent-500",
  );
}
