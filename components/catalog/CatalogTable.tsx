"use client";
// The virtualized asset table: fixed-height rows in a scroll container with a sticky, sortable header, a check box per
// row (shift-click for ranges) and the columns the viewer chose.
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { type ReactNode, useEffect, useRef } from "react";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { assetPageHref } from "../assets/assetLinks";
import { KindBadges } from "../assets/KindBadges";
import type { ChecksSummary } from "../checks/checkStatus";
import { FreshnessBadge } from "../freshness/FreshnessBadge";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import type { PartitionStats } from "../partitions/usePartitions";
import { cx } from "../ui/cx";
import { ArrowDownIcon, ArrowUpIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { CatalogChecksCell, CatalogStatusCell } from "./CatalogStatusCells";
import { type CatalogColumnId, catalogGrid } from "./catalogColumns";
import type { CatalogRow, CatalogSort, CatalogSortColumn } from "./catalogRows";

const ROW_HEIGHT = 44;
const NONE = <span className="text-neutral-500">—</span>;

export function CatalogTable({
  rows,
  sort,
  onSort,
  hidden,
  checked,
  headerState,
  onToggleRow,
  onToggleAll,
  partitionStats,
  checks,
  checkCounts,
  runs,
  externalRuns,
}: {
  rows: readonly CatalogRow[];
  sort: CatalogSort;
  onSort: (column: CatalogSortColumn) => void;
  hidden: ReadonlySet<CatalogColumnId>;
  checked: ReadonlySet<string>;
  headerState: "all" | "some" | "none";
  onToggleRow: (key: string, shift: boolean) => void;
  onToggleAll: () => void;
  /** Partition counts by asset key string; unpartitioned assets are absent. */
  partitionStats: ReadonlyMap<string, PartitionStats>;
  /** Latest check results by asset key string; assets whose checks never ran are absent. */
  checks: ReadonlyMap<string, ChecksSummary>;
  /** How many checks each asset defines, by asset key string. */
  checkCounts: ReadonlyMap<string, number>;
  /** A queued or running Strata run writing each asset, by asset key string. */
  runs: ReadonlyMap<string, string>;
  /** The external job writing each asset now, by asset key string. */
  externalRuns: ReadonlyMap<string, string>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const grid = catalogGrid(hidden);
  const shown = (id: CatalogColumnId) => grid.shown.has(id);
  const gridStyle = { gridTemplateColumns: grid.template };

  return (
    <div ref={scrollRef} className="min-h-0 overflow-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <div role="table" aria-label="Assets" aria-rowcount={rows.length + 1} style={{ minWidth: grid.minWidth }}>
        <div
          role="rowgroup"
          className="sticky top-0 z-10 border-b border-neutral-200 bg-neutral-50/95 backdrop-blur-sm"
        >
          <div
            role="row"
            aria-rowindex={1}
            style={gridStyle}
            className="grid h-9 items-center gap-3 px-4 text-[11px] font-semibold tracking-wide whitespace-nowrap text-neutral-600 uppercase"
          >
            <div role="columnheader" className="flex items-center">
              <span className="sr-only">Selected</span>
              <SelectAllBox state={headerState} onToggle={onToggleAll} disabled={rows.length === 0} />
            </div>
            <SortableHeader label="Asset key" column="key" sort={sort} onSort={onSort} />
            {shown("group") && <SortableHeader label="Group" column="group" sort={sort} onSort={onSort} />}
            {shown("owners") && <Header>Owners</Header>}
            {shown("kinds") && <Header>Kinds</Header>}
            {shown("partitions") && <Header>Partitions</Header>}
            {shown("checks") && <Header>Checks</Header>}
            {shown("freshness") && <Header>Freshness</Header>}
            {shown("lastMaterialized") && (
              <SortableHeader label="Last materialized" column="lastMaterialized" sort={sort} onSort={onSort} />
            )}
            {shown("status") && <Header>Status</Header>}
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const { asset } = row;
            const lastMaterialized = asset.assetLatestInfo.lastMaterializationTimestamp;
            const stats = partitionStats.get(row.key);
            const isChecked = checked.has(row.key);
            return (
              <div
                key={row.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={cx(
                  "absolute inset-x-0 top-0 grid items-center gap-3 border-b border-neutral-100 px-4 text-[13px]",
                  isChecked ? "bg-accent-50/60 hover:bg-accent-50" : "hover:bg-neutral-50",
                )}
                style={{ ...gridStyle, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className="flex items-center">
                  <input
                    type="checkbox"
                    checked={isChecked}
                    aria-label={`Select ${row.key}`}
                    // A check box's change comes from its click, whose event says whether shift was held.
                    onChange={(e) => onToggleRow(row.key, shiftHeld(e.nativeEvent))}
                    className="size-4 cursor-pointer accent-accent-600"
                  />
                </div>
                <div role="cell" className="flex min-w-0">
                  <Link
                    href={assetPageHref(asset.assetKey.path)}
                    className="flex min-w-0 text-neutral-900 hover:text-accent-700 hover:underline hover:decoration-accent-300 hover:underline-offset-2"
                  >
                    <AssetKeyLabel path={asset.assetKey.path} />
                  </Link>
                </div>
                {shown("group") && (
                  <div role="cell" className="truncate text-neutral-700">
                    {asset.groupName}
                  </div>
                )}
                {shown("owners") && (
                  <div role="cell" className="truncate text-neutral-600" title={asset.owners.join(", ")}>
                    {asset.owners.length > 0 ? asset.owners.join(", ") : NONE}
                  </div>
                )}
                {shown("kinds") && (
                  <div role="cell" className="min-w-0 overflow-hidden">
                    {asset.kinds.length > 0 ? <KindBadges kinds={asset.kinds} max={2} className="flex-nowrap" /> : NONE}
                  </div>
                )}
                {shown("partitions") && (
                  <div role="cell" className="min-w-0">
                    {stats ? (
                      <Link
                        href={assetPageHref(asset.assetKey.path, "partitions")}
                        className="inline-flex rounded-sm hover:opacity-80"
                      >
                        <PartitionStatsBar stats={stats} compact />
                      </Link>
                    ) : (
                      NONE
                    )}
                  </div>
                )}
                {shown("checks") && (
                  <div role="cell" className="min-w-0">
                    <Link
                      href={assetPageHref(asset.assetKey.path, "checks")}
                      className="inline-flex max-w-full rounded-sm hover:opacity-80"
                    >
                      <CatalogChecksCell summary={checks.get(row.key)} count={checkCounts.get(row.key) ?? 0} />
                    </Link>
                  </div>
                )}
                {shown("freshness") && (
                  <div role="cell" className="min-w-0 overflow-hidden">
                    {asset.freshnessInfo ? <FreshnessBadge info={asset.freshnessInfo} /> : NONE}
                  </div>
                )}
                {shown("lastMaterialized") && (
                  <div role="cell" className="truncate text-neutral-600">
                    {lastMaterialized ? <RelativeTime timestamp={lastMaterialized} /> : NONE}
                  </div>
                )}
                {shown("status") && (
                  <div role="cell" className="min-w-0">
                    <CatalogStatusCell
                      asset={asset}
                      runId={runs.get(row.key)}
                      externalJob={externalRuns.get(row.key)}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function shiftHeld(event: Event): boolean {
  return event instanceof MouseEvent && event.shiftKey;
}

function Header({ children }: { children: ReactNode }) {
  return (
    <div role="columnheader" className="min-w-0 truncate">
      {children}
    </div>
  );
}

function SelectAllBox({
  state,
  onToggle,
  disabled,
}: {
  state: "all" | "some" | "none";
  onToggle: () => void;
  disabled: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // Indeterminate is a DOM property only.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === "some";
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all filtered assets"
      checked={state === "all"}
      disabled={disabled}
      onChange={onToggle}
      className="size-4 cursor-pointer accent-accent-600"
    />
  );
}

function SortableHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: CatalogSortColumn;
  sort: CatalogSort;
  onSort: (c: CatalogSortColumn) => void;
}) {
  const active = sort.column === column;
  return (
    <div
      role="columnheader"
      className="min-w-0"
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className={cx(
          "-mx-1 inline-flex max-w-full items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-neutral-200/70 hover:text-neutral-800",
          active && "text-neutral-800",
        )}
      >
        <span className="truncate">{label}</span>
        {active ? (
          sort.direction === "asc" ? (
            <ArrowUpIcon size={12} className="shrink-0" />
          ) : (
            <ArrowDownIcon size={12} className="shrink-0" />
          )
        ) : (
          <ArrowUpIcon size={12} className="shrink-0 opacity-0" />
        )}
      </button>
    </div>
  );
}
