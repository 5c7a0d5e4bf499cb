"use client";
// Above the grid: quick selections, the selection as editable text, how many are selected, and the launch button.
import type { IndexRange } from "../../lib/core/partitions";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { Button } from "../ui/Button";
import { PlayIcon } from "../ui/icons";
import { PartitionQuickSelect } from "./PartitionQuickSelect";
import { PartitionRangeInput } from "./PartitionRangeInput";
import type { PartitionSelection } from "./usePartitionSelection";

export function PartitionSelectionBar({
  states,
  selection,
  placeholder,
  canMaterialize,
  onMaterialize,
  onQuickSelect,
}: {
  states: Uint8Array;
  selection: PartitionSelection;
  placeholder: string;
  canMaterialize: boolean;
  onMaterialize: () => void;
  /** A quick selection; the selection's own select when not given. */
  onQuickSelect?: (ranges: readonly IndexRange[]) => void;
}) {
  const { count } = selection;
  const ready = count > 0 && selection.textError === null;
  const { refusal } = usePermission("LAUNCH_BACKFILLS");
  return (
    <div className="flex flex-col gap-3 border-b border-neutral-200 bg-neutral-50/60 px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PartitionQuickSelect states={states} onSelect={onQuickSelect ?? selection.select} />
        <div className="flex items-center gap-3 text-[13px]">
          <span className="text-neutral-600 tabular-nums" aria-live="polite" data-testid="partition-selection-count">
            {count === 0 ? "No partitions selected" : `${count.toLocaleString()} selected`}
          </span>
          {count > 0 && (
            <Button variant="ghost" className="h-7 px-2 text-xs" onClick={() => selection.select([])}>
              Clear
            </Button>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <PartitionRangeInput
          className="min-w-72 flex-1"
          value={selection.text}
          onChange={selection.setText}
          onBlur={selection.normaliseText}
          error={selection.textError}
          placeholder={placeholder}
        />
        <span
          title={
            !canMaterialize
              ? "A source asset is observed, not materialized"
              : !ready
                ? "Select partitions first"
                : undefined
          }
          className="inline-flex"
        >
          <Button
            variant="primary"
            className="h-9"
            disabled={!ready || !canMaterialize}
            onClick={refusal ? undefined : onMaterialize}
            aria-haspopup={refusal ? undefined : "dialog"}
            {...refusedControlProps(ready && canMaterialize ? refusal : null)}
          >
            <PlayIcon size={13} />
            {count > 0
              ? `Materialize ${count.toLocaleString()} partition${count === 1 ? "" : "s"}…`
              : "Materialize partitions…"}
          </Button>
        </span>
      </div>
    </div>
  );
}
