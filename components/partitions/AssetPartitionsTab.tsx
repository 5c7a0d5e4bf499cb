"use client";
// The Partitions tab of an asset page: health over all partitions, the selectable grid with its range text and quick
// selections, the focused partition's history, and "Materialize N partitions…" into the launch backfill dialog.
import { useCallback, useMemo, useState } from "react";
import {
  formatPartitionSelection,
  type IndexRange,
  PARTITION_RANGE_SEPARATOR as RANGE,
  rangesCount,
} from "../../lib/core/partitions";
import { LaunchBackfillDialog } from "../backfills/LaunchBackfillDialog";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { CalendarIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { Skeleton } from "../ui/Skeleton";
import { clientDimensions, clientKeySpace, explainSelectionProblem } from "./clientKeySpace";
import { PartitionDetailPanel } from "./PartitionDetailPanel";
import { PartitionGrid } from "./PartitionGrid";
import { PartitionHealthBar } from "./PartitionHealthBar";
import { PartitionJumpControls } from "./PartitionJumpControls";
import { PartitionSelectionBar } from "./PartitionSelectionBar";
import { countStates, PartitionState, partitionStates, rangesInStates } from "./partitionStatus";
import type { RevealRequest } from "./useGridInteraction";
import { usePartitionSelection } from "./usePartitionSelection";
import type { AssetPartitionsNode, PartitionDimension } from "./usePartitions";
import { useAssetPartitions } from "./usePartitions";

export function AssetPartitionsTab({ path }: { path: readonly string[] }) {
  const query = useAssetPartitions(path);
  return (
    <QueryState
      query={query}
      skeleton={<PartitionsSkeleton />}
      errorTitle="Could not load partitions"
      notFound={(error) => <ErrorState title="Asset not found" message={error.message} />}
    >
      {(node) =>
        node.assetPartitions && node.partitionsDefinition ? (
          <PartitionsView node={node} partitions={node.assetPartitions} definition={node.partitionsDefinition} />
        ) : (
          <NotPartitioned />
        )
      }
    </QueryState>
  );
}

function PartitionsView({
  node,
  partitions,
  definition,
}: {
  node: AssetPartitionsNode;
  partitions: NonNullable<AssetPartitionsNode["assetPartitions"]>;
  definition: NonNullable<AssetPartitionsNode["partitionsDefinition"]>;
}) {
  const dimensions = useMemo(() => clientDimensions(partitions.dimensions), [partitions.dimensions]);
  const space = useMemo(() => clientKeySpace(dimensions), [dimensions]);
  const states = useMemo(() => partitionStates(partitions), [partitions]);
  const counts = useMemo(() => countStates(states), [states]);
  const explain = useCallback((message: string) => explainSelectionProblem(dimensions, message), [dimensions]);
  const selection = usePartitionSelection(space, explain);
  const [focus, setFocus] = useState<number | null>(null);
  // The dialog's starting text: the selection, or one partition from the side panel.
  const [launching, setLaunching] = useState<string | null>(null);
  const focusedKey = focus !== null && focus < space.size ? space.keyAt(focus) : null;
  const name = node.assetKey.path.join("/");
  const is2d = dimensions.length === 2;
  const dimensionNames = useMemo(() => dimensions.map((d) => d.name), [dimensions]);
  // The grid opens at the latest partition: recent days, and their failures, matter most.
  const [reveal, setReveal] = useState<RevealRequest | null>(() =>
    space.size > 0 ? { index: space.size - 1, seq: 0 } : null,
  );
  const revealIndex = useCallback((index: number) => setReveal((r) => ({ index, seq: (r?.seq ?? 0) + 1 })), []);
  // Quick selections and the health bar select, then scroll the grid to the latest of what they selected.
  const selectRanges = selection.select;
  const selectAndReveal = useCallback(
    (ranges: readonly IndexRange[]) => {
      selectRanges(ranges);
      const last = ranges[ranges.length - 1];
      if (last) revealIndex(last[1]);
    },
    [revealIndex, selectRanges],
  );
  const missingOrFailed = useMemo(
    () => rangesInStates(states, [PartitionState.MISSING, PartitionState.FAILED]),
    [states],
  );
  const missingOrFailedCount = rangesCount(missingOrFailed);

  return (
    <div className="flex flex-col gap-5">
      <section aria-label="Partition health" className="rounded-lg border border-neutral-200 bg-white px-4 py-3.5">
        <div className="mb-2.5 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-[13px] font-semibold text-neutral-800">
            {partitions.numPartitions.toLocaleString()} partition{partitions.numPartitions === 1 ? "" : "s"}
          </h2>
          <span className="flex items-center gap-1.5 text-[13px] text-neutral-500">
            <CalendarIcon size={13} className="text-neutral-400" />
            {definition.description}
          </span>
        </div>
        <PartitionHealthBar states={states} counts={counts} onSelect={selectAndReveal} />
        {!node.isSource && missingOrFailedCount > 0 && (
          <button
            type="button"
            onClick={() => setLaunching(formatPartitionSelection(space, missingOrFailed))}
            className="mt-3 inline-flex h-7 items-center rounded-md bg-white px-2.5 text-xs font-medium text-neutral-700 ring-1 ring-neutral-300 ring-inset hover:bg-neutral-50"
          >
            Backfill missing and failed ({missingOrFailedCount.toLocaleString()})…
          </button>
        )}
      </section>

      <section aria-label="Partitions" className="overflow-hidden rounded-lg border border-neutral-200 bg-white">
        <PartitionSelectionBar
          states={states}
          selection={selection}
          placeholder={placeholderFor(dimensions)}
          canMaterialize={!node.isSource}
          onMaterialize={() => setLaunching(selection.text)}
          onQuickSelect={selectAndReveal}
        />
        {partitions.numPartitions === 0 ? (
          <EmptyState icon={<CalendarIcon size={20} />} title="No partitions yet" className="py-12">
            {definition.kind === "DYNAMIC"
              ? `Add keys to the dynamic partitions "${definition.dynamicName ?? ""}" and they appear here.`
              : "A time window partition appears once its window has ended."}
          </EmptyState>
        ) : (
          <div className="flex min-h-[320px] flex-col lg:flex-row">
            <div className="min-w-0 flex-1 px-4 py-3">
              <PartitionJumpControls
                states={states}
                onJump={(index) => {
                  setFocus(index);
                  revealIndex(index);
                }}
              />
              <PartitionGrid
                dimensions={dimensions}
                label={`Partitions of ${name}`}
                space={space}
                states={states}
                ranges={selection.ranges}
                onSelect={selection.select}
                focus={focus}
                onFocus={setFocus}
                reveal={reveal}
              />
              <p className="mt-2 text-xs text-neutral-500">
                Click, shift-click or drag to select{is2d ? " a rectangle" : " a range"}; ⌘/Ctrl-click toggles one.
                Arrow keys move, Enter selects, shift+arrows extend, space toggles, Esc clears.
              </p>
            </div>
            <aside
              aria-label="Partition details"
              className="w-full shrink-0 border-t border-neutral-200 lg:w-80 lg:border-t-0 lg:border-l"
            >
              <PartitionDetailPanel
                assetPath={node.assetKey.path}
                partitionKey={focusedKey}
                state={focus !== null ? ((states[focus] ?? 0) as PartitionState) : null}
                dimensionNames={dimensionNames}
                canMaterialize={!node.isSource}
                onMaterialize={setLaunching}
              />
            </aside>
          </div>
        )}
      </section>

      {launching !== null && (
        <LaunchBackfillDialog
          targets={[
            {
              assetKey: node.assetKey,
              partitionsDefinition: definition,
              acceptsPartitionRange: node.acceptsPartitionRange,
            },
          ]}
          partitionSelection={launching}
          onClose={() => setLaunching(null)}
        />
      )}
    </div>
  );
}

/** An example in the asset's own keys: a week of days, or for two dimensions a rectangle across every column. */
function placeholderFor(dimensions: readonly PartitionDimension[]): string {
  const [rows, columns] = dimensions;
  const first = rows?.keys.at(0);
  if (!rows || first === undefined) return "Select partitions";
  const keys = rows.keys;
  const later = keys.at(Math.min(keys.length - 1, 6)) ?? first;
  if (!columns)
    return keys.length > 8 ? `e.g. ${first}${RANGE}${later}, ${keys.at(8) ?? later}` : `e.g. ${first}${RANGE}${later}`;
  const c0 = columns.keys.at(0) ?? "";
  const c1 = columns.keys.at(columns.keys.length - 1) ?? c0;
  return `e.g. ${first}|${c0}${RANGE}${later}|${c1}`;
}

function NotPartitioned() {
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
      <EmptyState icon={<CalendarIcon size={22} />} title="This asset is not partitioned">
        Each materialization replaces the whole asset. To materialize it in slices — a day, a region — give it
        partitions, e.g.{" "}
        <code className="rounded bg-neutral-100 px-1 font-mono text-[12px] text-neutral-800">
          partitions: dailyPartitions({"{"} start: &quot;2026-01-01&quot; {"}"})
        </code>
        .
      </EmptyState>
    </div>
  );
}

function PartitionsSkeleton() {
  return (
    <div role="status" aria-label="Loading partitions" className="flex flex-col gap-5">
      <div className="rounded-lg border border-neutral-200 bg-white p-4">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="mt-3 h-4 w-full" />
        <Skeleton className="mt-3 h-3 w-80" />
      </div>
      <div className="rounded-lg border border-neutral-200 bg-white p-4">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="mt-4 h-64 w-full" />
      </div>
    </div>
  );
}
