"use client";
// The multi-asset partition grid (/partitions?asset=a&asset=b/c): one row per asset over the partitions they share,
// selectable across rows like the asset grids, and one backfill of the selected assets × partitions. Assets
// partitioned differently are listed apart with the reason; unknown keys and over-long lists are refused by name.
import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useId, useMemo, useState } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { queryKeys } from "../../graphql/client/queryKeys";
import { type IndexRange, keyListOfArray, rangesCount } from "../../lib/core/partitions";
import { assetPageHref } from "../assets/assetLinks";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import type { BackfillTarget } from "../backfills/backfillTarget";
import { LaunchBackfillDialog } from "../backfills/LaunchBackfillDialog";
import { PageHeader } from "../shell/PageHeader";
import { Button } from "../ui/Button";
import { ErrorState } from "../ui/ErrorState";
import { CalendarIcon, PlayIcon } from "../ui/icons";
import { Skeleton } from "../ui/Skeleton";
import { clientDimensions, clientKeySpace, keysOf } from "./clientKeySpace";
import { MatrixPartitionGrid } from "./MatrixPartitionGrid";
import {
  gridColumns,
  gridLaunch,
  launchSelectionText,
  notSharingReason,
  parseGridAssets,
  rowStates,
} from "./multiAssetGrid";
import { PartitionStateLegend } from "./PartitionHealthBar";
import { matrixGridLayout } from "./partitionGridLayout";
import { countStates, partitionStates } from "./partitionStatus";
import type { RevealRequest } from "./useGridInteraction";
import { type AssetPartitionsNode, AssetPartitionsQueryDocument, type PartitionDimension } from "./usePartitions";

export function MultiAssetPartitionsPage({ assetKeys }: { assetKeys: readonly string[] }) {
  const parsed = useMemo(() => parseGridAssets(assetKeys), [assetKeys]);
  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader
        title="Partitions"
        subtitle={
          parsed.ok
            ? `${parsed.keys.length} asset${parsed.keys.length === 1 ? "" : "s"}, one row each over the partitions they share`
            : "One row per asset over the partitions they share"
        }
      />
      <div className="mt-4">
        {parsed.ok ? <LoadedGrid keys={parsed.keys} /> : <ErrorState title={parsed.title} message={parsed.message} />}
      </div>
    </div>
  );
}

function LoadedGrid({ keys }: { keys: readonly string[] }) {
  const queries = useQueries({
    queries: keys.map((key) => {
      const path = key.split("/");
      return {
        queryKey: queryKeys.assetPartitions(path),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          fetchGraphQL(AssetPartitionsQueryDocument, { assetKey: { path } }, { signal }).then(
            (d) => d.assetNodeOrError,
          ),
        staleTime: 5_000,
      };
    }),
  });
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState title="Could not load partitions" message={String(failed.error)} />;
  if (queries.some((q) => q.isPending)) return <GridSkeleton />;
  const unknown = keys.filter((_, i) => queries[i]?.data?.__typename !== "AssetNode");
  if (unknown.length > 0)
    return (
      <ErrorState
        title={unknown.length === 1 ? "Unknown asset" : "Unknown assets"}
        message={`asset: no asset with key ${unknown.map((k) => `"${k}"`).join(", ")} is defined in any loaded code location.`}
      />
    );
  const nodes = queries.map((q) => q.data as AssetPartitionsNode);
  return <SharedGrid nodes={nodes} />;
}

function SharedGrid({ nodes }: { nodes: readonly AssetPartitionsNode[] }) {
  const reference = nodes.find((n) => n.partitionsDefinition && n.assetPartitions && !n.isSource) ?? null;
  const definition = reference?.partitionsDefinition ?? null;
  const { sharing, apart } = useMemo(() => {
    const sharing: AssetPartitionsNode[] = [];
    const apart: { node: AssetPartitionsNode; reason: string }[] = [];
    for (const node of nodes) {
      const reason = definition ? notSharingReason(definition, node.partitionsDefinition, node.isSource) : null;
      if (!definition) apart.push({ node, reason: node.isSource ? "a source asset" : "not partitioned" });
      else if (reason) apart.push({ node, reason });
      else sharing.push(node);
    }
    return { sharing, apart };
  }, [definition, nodes]);

  return (
    <div className="flex flex-col gap-5">
      {sharing.length > 0 && reference?.assetPartitions && definition ? (
        <GridSection
          nodes={sharing}
          dimensions={reference.assetPartitions.dimensions}
          description={definition.description}
        />
      ) : (
        <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-6 py-10 text-center text-[13px] text-neutral-600">
          None of these assets is partitioned, so there is no grid to show.
        </div>
      )}
      {apart.length > 0 && (
        <section aria-label="Not sharing these partitions" className="rounded-lg border border-neutral-200 bg-white">
          <h2 className="border-b border-neutral-200 px-4 py-2.5 text-[13px] font-semibold text-neutral-800">
            Not in the grid ({apart.length})
          </h2>
          <ul className="divide-y divide-neutral-100">
            {apart.map(({ node, reason }) => (
              <li key={node.assetKey.path.join("/")} className="flex flex-wrap gap-x-3 px-4 py-2 text-[13px]">
                <Link
                  href={assetPageHref(node.assetKey.path, "partitions")}
                  className="font-medium text-neutral-900 hover:text-accent-700 hover:underline"
                >
                  {node.assetKey.path.join("/")}
                </Link>
                <span className="text-neutral-600">{reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

type Dimensions = NonNullable<AssetPartitionsNode["assetPartitions"]>["dimensions"];

function GridSection({
  nodes,
  dimensions,
  description,
}: {
  nodes: readonly AssetPartitionsNode[];
  dimensions: Dimensions;
  description: string;
}) {
  const gridId = useId().replace(/:/g, "");
  const [fixedKey, setFixedKey] = useState<string | null>(null);
  const keyed = useMemo(() => clientDimensions(dimensions), [dimensions]);
  const columns = useMemo(
    () =>
      gridColumns(
        keyed.map((d) => ({ ...d, keys: keysOf(d.keys) })),
        fixedKey,
      ),
    [keyed, fixedKey],
  );
  const assetSpace = useMemo(() => clientKeySpace(keyed), [keyed]);
  const rowNames = useMemo(() => nodes.map((n) => n.assetKey.path.join("/")), [nodes]);
  // Rows are assets, columns the shared partitions: the grid's own space is asset|partition.
  const rowDimension = useMemo<PartitionDimension>(
    () => ({ name: "asset", kind: "STATIC", keys: keyListOfArray(rowNames) }),
    [rowNames],
  );
  const columnDimension = useMemo<PartitionDimension>(
    () => ({
      // A 1-D definition's only dimension is named "default"; "partition" reads better over the columns.
      name: columns?.fixed ? columns.name : "partition",
      kind: (columns?.kind ?? "STATIC") as PartitionDimension["kind"],
      keys: keyListOfArray([...(columns?.keys ?? [])]),
    }),
    [columns],
  );
  const space = useMemo(() => clientKeySpace([rowDimension, columnDimension]), [rowDimension, columnDimension]);
  const layout = useMemo(() => matrixGridLayout(rowDimension, columnDimension), [rowDimension, columnDimension]);
  const states = useMemo(() => {
    const width = columnDimension.keys.length;
    const all = new Uint8Array(nodes.length * width);
    if (!columns) return all;
    nodes.forEach((node, row) => {
      if (node.assetPartitions) all.set(rowStates(partitionStates(node.assetPartitions), columns), row * width);
    });
    return all;
  }, [columnDimension.keys.length, columns, nodes]);
  const counts = useMemo(() => countStates(states), [states]);

  const [ranges, setRanges] = useState<readonly IndexRange[]>([]);
  const [focus, setFocus] = useState<number | null>(null);
  // Opens at the latest partitions, like an asset's grid.
  const [reveal, setReveal] = useState<RevealRequest | null>(() =>
    space.size > 0 ? { index: space.size - 1, seq: 0 } : null,
  );
  const onFixedKey = useCallback(
    (key: string) => {
      setFixedKey(key);
      setRanges([]);
      setReveal((r) => ({ index: Math.max(0, space.size - 1), seq: (r?.seq ?? 0) + 1 }));
    },
    [space.size],
  );

  const launch = useMemo(() => gridLaunch(ranges, columnDimension.keys.length), [ranges, columnDimension.keys.length]);
  const numSelected = rangesCount(ranges);
  const launchText =
    columns && launch.columns.length > 0 ? launchSelectionText(assetSpace, columns, launch.columns) : "";
  const launchTargets = useMemo<BackfillTarget[]>(
    () =>
      launch.rows.flatMap((row) => {
        const node = nodes[row];
        return node
          ? [
              {
                assetKey: node.assetKey,
                partitionsDefinition: node.partitionsDefinition,
                acceptsPartitionRange: node.acceptsPartitionRange,
              },
            ]
          : [];
      }),
    [launch.rows, nodes],
  );
  const [launching, setLaunching] = useState(false);
  const { refusal } = usePermission("LAUNCH_BACKFILLS");
  const numColumns = rangesCount(launch.columns);

  return (
    <section aria-label="Shared partitions" className="overflow-hidden rounded-lg border border-neutral-200 bg-white">
      <div className="flex flex-col gap-3 border-b border-neutral-200 bg-neutral-50/60 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <span className="flex items-center gap-1.5 text-[13px] text-neutral-600">
            <CalendarIcon size={13} className="text-neutral-500" />
            {description}
          </span>
          <PartitionStateLegend counts={counts} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {columns?.fixed && (
            <label className="flex items-center gap-2 text-[13px] text-neutral-700">
              <span className="font-medium">{columns.fixed.name}</span>
              <select
                value={columns.fixed.key}
                onChange={(e) => onFixedKey(e.target.value)}
                className="h-8 rounded-md border border-neutral-300 bg-white px-2 text-[13px] text-neutral-900"
              >
                {columns.fixed.keys.map((key) => (
                  <option key={key} value={key}>
                    {key}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span
            className="text-[13px] text-neutral-600 tabular-nums"
            aria-live="polite"
            data-testid="grid-selection-summary"
          >
            {numSelected === 0
              ? "No partitions selected"
              : `${launch.rows.length} asset${launch.rows.length === 1 ? "" : "s"} × ${numColumns.toLocaleString()} partition${numColumns === 1 ? "" : "s"}`}
          </span>
          {numSelected > 0 && (
            <Button variant="ghost" className="h-7 px-2 text-xs" onClick={() => setRanges([])}>
              Clear
            </Button>
          )}
          <span className="ml-auto inline-flex" title={numSelected === 0 ? "Select partitions first" : undefined}>
            <Button
              variant="primary"
              className="h-9"
              disabled={numSelected === 0}
              onClick={refusal ? undefined : () => setLaunching(true)}
              aria-haspopup={refusal ? undefined : "dialog"}
              {...refusedControlProps(numSelected > 0 ? refusal : null)}
            >
              <PlayIcon size={13} />
              {numSelected > 0 ? `Backfill ${launch.rows.length} × ${numColumns.toLocaleString()}…` : "Backfill…"}
            </Button>
          </span>
        </div>
        {!launch.uniform && (
          <p role="note" className="text-xs text-amber-800" data-testid="grid-union-note">
            The rows selected different partitions; one backfill gives every selected asset the same partitions, so each
            gets all {numColumns.toLocaleString()} selected columns.
          </p>
        )}
      </div>
      <div className="px-4 py-3">
        <MatrixPartitionGrid
          gridId={gridId}
          label={`Partitions of ${nodes.length} asset${nodes.length === 1 ? "" : "s"}`}
          layout={layout}
          space={space}
          states={states}
          ranges={ranges}
          onSelect={setRanges}
          focus={focus}
          onFocus={setFocus}
          reveal={reveal}
          rowLabelWidth={rowLabelWidth(rowNames)}
        />
        <p className="mt-2 text-xs text-neutral-500">
          One row per asset. Click, shift-click or drag to select a rectangle across rows; ⌘/Ctrl-click toggles one.
        </p>
      </div>
      {launching && (
        <LaunchBackfillDialog
          targets={launchTargets}
          partitionSelection={launchText}
          onClose={() => setLaunching(false)}
        />
      )}
    </section>
  );
}

/** Room for the longest asset key at the labels' 11px (about 6.5px a character), within 120–280px. */
function rowLabelWidth(names: readonly string[]): number {
  const longest = names.reduce((n, name) => Math.max(n, name.length), 0);
  return Math.min(280, Math.max(120, Math.ceil(longest * 6.5) + 12));
}

function GridSkeleton() {
  return (
    <div role="status" aria-label="Loading partitions" className="rounded-lg border border-neutral-200 bg-white p-4">
      <Skeleton className="h-8 w-full" />
      <Skeleton className="mt-4 h-40 w-full" />
    </div>
  );
}
