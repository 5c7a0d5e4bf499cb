// The class names of one grid cell: its state's fill, then selection and focus on top.
import { cx } from "../ui/cx";
import { PartitionState, partitionStateFill } from "./partitionStatus";

export function partitionCellClass(state: PartitionState, selected: boolean, focused: boolean): string {
  return cx(
    "shrink-0 rounded-[3px] transition-[box-shadow]",
    partitionStateFill[state],
    state === PartitionState.IN_PROGRESS && "animate-pulse",
    selected ? "shadow-[inset_0_0_0_2px_var(--color-accent-800)]" : "hover:shadow-[inset_0_0_0_2px_rgba(0,0,0,0.25)]",
    focused && "outline-2 outline-offset-1 outline-accent-500",
  );
}
